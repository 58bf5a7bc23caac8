// A streaming JSON writer for the core's large outputs (reports, number batches): the same
// bytes nlohmann::json::dump would give (same indentation, same escaping, U+FFFD for
// ill-formed UTF-8), written straight into one string instead of building a document first.
// A 1,000-number report is ~330 KB; building it as a DOM cost more than checking the draft.
// Internal to core; tests/core/json_writer_test.cpp compares it with nlohmann byte for byte,
// ill-formed UTF-8 included (every 2-byte string, 3-byte strings around each boundary), so
// nlohmann's serializer is not linked for it (the page's first stage and the bill reader).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace portcheck::detail {

class JsonWriter {
 public:
  // indent < 0: one line, no spaces (dump(-1)); otherwise that many spaces per level (dump(n)).
  explicit JsonWriter(int indent = -1) : indent_(indent) {}

  JsonWriter& beginObject() { return open('{'); }
  JsonWriter& endObject() { return close('}'); }
  JsonWriter& beginArray() { return open('['); }
  JsonWriter& endArray() { return close(']'); }
  JsonWriter& key(std::string_view name);

  JsonWriter& value(std::string_view text);
  JsonWriter& value(const char* text) { return value(std::string_view(text)); }
  JsonWriter& value(const std::string& text) { return value(std::string_view(text)); }
  JsonWriter& value(const std::optional<std::string>& text) { return text ? value(*text) : null(); }
  JsonWriter& value(bool flag);
  JsonWriter& value(std::uint64_t number);
  JsonWriter& null();
  // A value already written as JSON (compact, well formed: the caller's guarantee), as is.
  JsonWriter& raw(std::string_view json);

  // A final line break, as files and the CLI's output end with one.
  void newlineAtEnd() { out_.push_back('\n'); }

  // The JSON written so far; the writer is empty afterwards.
  std::string take() { return std::move(out_); }
  void reserve(std::size_t bytes) { out_.reserve(bytes); }

 private:
  JsonWriter& open(char bracket);
  JsonWriter& close(char bracket);
  void beforeValue();
  void newline(std::size_t level);
  void string(std::string_view text);

  int indent_;
  std::string out_;
  std::vector<bool> empty_;  // per open container: nothing written in it yet
  bool after_key_ = false;
};

}  // namespace portcheck::detail
