#include "json_writer.hpp"

#include <nlohmann/json.hpp>

#include "text.hpp"

namespace portcheck::detail {

void JsonWriter::newline(std::size_t level) {
  if (indent_ < 0) return;
  out_.push_back('\n');
  out_.append(level * static_cast<std::size_t>(indent_), ' ');
}

void JsonWriter::beforeValue() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (empty_.empty()) return;  // the top-level value
  if (!empty_.back()) out_.push_back(',');
  empty_.back() = false;
  newline(empty_.size());
}

JsonWriter& JsonWriter::open(char bracket) {
  beforeValue();
  out_.push_back(bracket);
  empty_.push_back(true);
  return *this;
}

JsonWriter& JsonWriter::close(char bracket) {
  const bool was_empty = empty_.back();
  empty_.pop_back();
  if (!was_empty) newline(empty_.size());
  out_.push_back(bracket);
  return *this;
}

JsonWriter& JsonWriter::key(std::string_view name) {
  beforeValue();
  string(name);
  out_.append(indent_ < 0 ? ":" : ": ");
  after_key_ = true;
  return *this;
}

JsonWriter& JsonWriter::value(std::string_view text) {
  beforeValue();
  string(text);
  return *this;
}

JsonWriter& JsonWriter::raw(std::string_view json) {
  beforeValue();
  out_.append(json);
  return *this;
}

JsonWriter& JsonWriter::value(bool flag) {
  beforeValue();
  out_.append(flag ? "true" : "false");
  return *this;
}

JsonWriter& JsonWriter::value(std::uint64_t number) {
  beforeValue();
  out_.append(std::to_string(number));
  return *this;
}

JsonWriter& JsonWriter::null() {
  beforeValue();
  out_.append("null");
  return *this;
}

namespace {

// Bytes that are copied as they are: printable ASCII other than the quote and the backslash.
bool plain(unsigned char byte) { return byte >= 0x20 && byte < 0x80 && byte != '"' && byte != '\\'; }

}  // namespace

void JsonWriter::string(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size() && plain(static_cast<unsigned char>(text[i]))) ++i;
  if (i == text.size()) {  // the common case: a code, a date, an E.164 number, an ASCII message
    out_.push_back('"');
    out_.append(text);
    out_.push_back('"');
    return;
  }
  if (!isValidUtf8(text)) {
    // Rare (a CLI argument in another encoding): nlohmann's own replacement rules decide.
    out_.append(nlohmann::json(std::string(text)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    return;
  }
  static constexpr char kHex[] = "0123456789abcdef";
  out_.push_back('"');
  out_.append(text.substr(0, i));
  while (i < text.size()) {
    const std::size_t run = i;
    while (i < text.size() && (plain(static_cast<unsigned char>(text[i])) || static_cast<unsigned char>(text[i]) >= 0x80)) ++i;
    out_.append(text.substr(run, i - run));  // UTF-8 is valid here, so it is copied as it is
    if (i == text.size()) break;
    const char c = text[i++];
    switch (c) {
      case '"': out_.append("\\\""); continue;
      case '\\': out_.append("\\\\"); continue;
      case '\b': out_.append("\\b"); continue;
      case '\f': out_.append("\\f"); continue;
      case '\n': out_.append("\\n"); continue;
      case '\r': out_.append("\\r"); continue;
      case '\t': out_.append("\\t"); continue;
      default: break;
    }
    const auto byte = static_cast<unsigned char>(c);
    out_.append("\\u00");
    out_.push_back(kHex[byte >> 4]);
    out_.push_back(kHex[byte & 0xF]);
  }
  out_.push_back('"');
}

}  // namespace portcheck::detail
