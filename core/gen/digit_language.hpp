// Regular expressions over decimal digits, compiled to minimal automata over fixed-length digit
// strings. Build-time only: the NANP prefix table generator uses it to find every prefix that
// libphonenumber's metadata patterns tell apart.
//
// The syntax is the subset the metadata uses — literals 0-9, \d, classes such as [2-46-9],
// (?:…) and (…) groups, |, ?, *, {n} and {n,m} — and anything else is refused with the
// position, so a metadata update that uses more syntax fails the build instead of producing a
// wrong table.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace portcheck::gen {

// A set of digit strings of one length L, shared by many languages: node ids refer into one
// DigitForest. Two ids are fixed whatever the depth: kNone (no continuation matches) and kAll
// (every continuation matches). Any other node has one child per next digit. Nodes are
// hash-consed, so equal sets of continuations have equal ids.
class DigitForest {
 public:
  using Id = std::uint32_t;
  static constexpr Id kNone = 0;
  static constexpr Id kAll = 1;

  DigitForest();

  // The strings of exactly `length` digits that `pattern` matches in full (FullMatch).
  // Throws std::invalid_argument for syntax outside the subset.
  Id compile(std::string_view pattern, int length);

  Id child(Id node, int digit) const { return node <= kAll ? node : nodes_[node][digit]; }
  std::size_t size() const { return nodes_.size(); }

 private:
  Id intern(const std::array<Id, 10>& children);

  std::vector<std::array<Id, 10>> nodes_;
  std::map<std::array<Id, 10>, Id> index_;
};

}  // namespace portcheck::gen
