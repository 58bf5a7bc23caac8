// Pattern → Thompson NFA over digits → fixed-length automaton, by subset construction per
// depth. The patterns are small (a few kilobytes at most) and the length is ten, so clarity
// wins over speed here.
#include "digit_language.hpp"

#include <algorithm>
#include <functional>
#include <memory>
#include <stdexcept>
#include <utility>

namespace portcheck::gen {
namespace {

using Mask = std::uint16_t;  // bit d set: the digit d matches
constexpr Mask kAnyDigit = 0x3FF;

struct Node {  // the syntax tree
  enum class Kind { Digits, Concat, Alternate, Repeat };
  explicit Node(Kind k) : kind(k) {}
  Kind kind;
  Mask mask = 0;                       // Digits
  std::vector<std::unique_ptr<Node>> parts;  // Concat, Alternate; Repeat: one part
  int min = 0, max = 0;                // Repeat; max < 0: unbounded
};

class Parser {
 public:
  explicit Parser(std::string_view text) : text_(text) {}

  std::unique_ptr<Node> parse() {
    auto node = alternation();
    if (pos_ != text_.size()) fail("unexpected character");
    return node;
  }

 private:
  [[noreturn]] void fail(const std::string& why) const {
    throw std::invalid_argument(why + " at offset " + std::to_string(pos_) + " of pattern " +
                                std::string(text_));
  }
  bool peek(char c) const { return pos_ < text_.size() && text_[pos_] == c; }
  bool eat(char c) {
    if (!peek(c)) return false;
    ++pos_;
    return true;
  }

  std::unique_ptr<Node> alternation() {
    auto node = std::make_unique<Node>(Node::Kind::Alternate);
    node->parts.push_back(concatenation());
    while (eat('|')) node->parts.push_back(concatenation());
    return node->parts.size() == 1 ? std::move(node->parts.front()) : std::move(node);
  }

  std::unique_ptr<Node> concatenation() {
    auto node = std::make_unique<Node>(Node::Kind::Concat);
    while (pos_ < text_.size() && !peek('|') && !peek(')')) node->parts.push_back(repetition());
    return node;
  }

  int number() {
    if (pos_ >= text_.size() || text_[pos_] < '0' || text_[pos_] > '9') fail("expected a count");
    int value = 0;
    while (pos_ < text_.size() && text_[pos_] >= '0' && text_[pos_] <= '9') {
      value = value * 10 + (text_[pos_++] - '0');
      if (value > 100) fail("count too large");
    }
    return value;
  }

  std::unique_ptr<Node> repetition() {
    auto node = atom();
    for (;;) {
      int min = 0, max = 0;
      if (eat('?')) {
        min = 0, max = 1;
      } else if (eat('*')) {
        min = 0, max = -1;
      } else if (eat('{')) {
        min = max = number();
        if (eat(',')) max = number();
        if (!eat('}') || max < min) fail("bad repetition");
      } else {
        return node;
      }
      auto repeat = std::make_unique<Node>(Node::Kind::Repeat);
      repeat->min = min, repeat->max = max;
      repeat->parts.push_back(std::move(node));
      node = std::move(repeat);
    }
  }

  std::unique_ptr<Node> atom() {
    if (eat('(')) {
      if (eat('?') && !eat(':')) fail("only (?: groups are supported");
      auto inner = alternation();
      if (!eat(')')) fail("unclosed group");
      return inner;
    }
    if (eat('[')) return digits(characterClass());
    if (eat('\\')) {
      if (!eat('d')) fail("only \\d escapes are supported");
      return digits(kAnyDigit);
    }
    if (pos_ < text_.size() && text_[pos_] >= '0' && text_[pos_] <= '9') {
      return digits(Mask(1u << (text_[pos_++] - '0')));
    }
    fail("unsupported syntax");
  }

  Mask characterClass() {
    const bool negated = eat('^');
    Mask mask = 0;
    while (!eat(']')) {
      if (pos_ >= text_.size()) fail("unclosed class");
      if (eat('\\')) {
        if (!eat('d')) fail("only \\d escapes are supported");
        mask |= kAnyDigit;
        continue;
      }
      const char low = text_[pos_++];
      char high = low;
      if (peek('-') && pos_ + 1 < text_.size() && text_[pos_ + 1] != ']') {
        ++pos_;
        high = text_[pos_++];
      }
      if (low < '0' || high > '9' || high < low) fail("class with non-digits");
      for (char c = low; c <= high; ++c) mask |= Mask(1u << (c - '0'));
    }
    return negated ? Mask(~mask & kAnyDigit) : mask;
  }

  static std::unique_ptr<Node> digits(Mask mask) {
    auto node = std::make_unique<Node>(Node::Kind::Digits);
    node->mask = mask;
    return node;
  }

  std::string_view text_;
  std::size_t pos_ = 0;
};

// Thompson construction: a state either reads one digit from its mask or moves freely.
struct Nfa {
  struct State {
    Mask mask = 0;
    int next = -1;          // after reading a digit of mask
    std::vector<int> free;  // epsilon moves
  };
  std::vector<State> states;
  int start = -1, accept = -1;

  int add() {
    states.emplace_back();
    return int(states.size()) - 1;
  }

  // Returns {entry, exit}; exit has no moves yet.
  std::pair<int, int> build(const Node& node) {
    switch (node.kind) {
      case Node::Kind::Digits: {
        const int in = add(), out = add();
        states[in].mask = node.mask, states[in].next = out;
        return {in, out};
      }
      case Node::Kind::Concat: {
        const int in = add();
        int at = in;
        for (const auto& part : node.parts) {
          const auto [a, b] = build(*part);
          states[at].free.push_back(a);
          at = b;
        }
        return {in, at};
      }
      case Node::Kind::Alternate: {
        const int in = add(), out = add();
        for (const auto& part : node.parts) {
          const auto [a, b] = build(*part);
          states[in].free.push_back(a);
          states[b].free.push_back(out);
        }
        return {in, out};
      }
      case Node::Kind::Repeat: {
        const int in = add();
        int at = in;
        for (int i = 0; i < node.min; ++i) {
          const auto [a, b] = build(*node.parts.front());
          states[at].free.push_back(a);
          at = b;
        }
        const int out = add();
        if (node.max < 0) {
          const auto [a, b] = build(*node.parts.front());
          states[at].free.push_back(a);
          states[at].free.push_back(out);
          states[b].free.push_back(a);
          states[b].free.push_back(out);
          return {in, out};
        }
        for (int i = node.min; i < node.max; ++i) {
          const auto [a, b] = build(*node.parts.front());
          states[at].free.push_back(a);
          states[at].free.push_back(out);
          at = b;
        }
        states[at].free.push_back(out);
        return {in, out};
      }
    }
    return {-1, -1};
  }

  std::vector<int> closure(std::vector<int> set) const {
    std::vector<char> seen(states.size(), 0);
    std::vector<int> stack = set, result;
    while (!stack.empty()) {
      const int s = stack.back();
      stack.pop_back();
      if (seen[s]) continue;
      seen[s] = 1;
      result.push_back(s);
      for (const int t : states[s].free) stack.push_back(t);
    }
    std::sort(result.begin(), result.end());
    return result;
  }

  std::vector<int> step(const std::vector<int>& set, int digit) const {
    std::vector<int> next;
    for (const int s : set) {
      if (states[s].mask & (1u << digit)) next.push_back(states[s].next);
    }
    return closure(std::move(next));
  }
};

}  // namespace

DigitForest::DigitForest() {
  nodes_.resize(2);  // kNone and kAll: their children are themselves
  nodes_[kNone].fill(kNone);
  nodes_[kAll].fill(kAll);
}

DigitForest::Id DigitForest::intern(const std::array<Id, 10>& children) {
  if (std::all_of(children.begin(), children.end(), [](Id c) { return c == kNone; })) return kNone;
  if (std::all_of(children.begin(), children.end(), [](Id c) { return c == kAll; })) return kAll;
  const auto [it, inserted] = index_.try_emplace(children, Id(nodes_.size()));
  if (inserted) nodes_.push_back(children);
  return it->second;
}

DigitForest::Id DigitForest::compile(std::string_view pattern, int length) {
  Nfa nfa;
  const auto tree = Parser(pattern).parse();
  const auto [in, out] = nfa.build(*tree);
  nfa.start = in, nfa.accept = out;

  std::map<std::pair<int, std::vector<int>>, Id> memo;
  std::function<Id(int, const std::vector<int>&)> walk = [&](int depth, const std::vector<int>& set) -> Id {
    if (set.empty()) return kNone;
    if (depth == length) return std::binary_search(set.begin(), set.end(), nfa.accept) ? kAll : kNone;
    const auto key = std::make_pair(depth, set);
    if (const auto it = memo.find(key); it != memo.end()) return it->second;
    std::array<Id, 10> children{};
    for (int d = 0; d < 10; ++d) children[d] = walk(depth + 1, nfa.step(set, d));
    return memo[key] = intern(children);
  };
  return walk(0, nfa.closure({nfa.start}));
}

}  // namespace portcheck::gen
