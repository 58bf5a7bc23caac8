#include "json_writer.hpp"

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

// Ill-formed UTF-8 with U+FFFD in place of each ill-formed part, where nlohmann::json::dump
// (error_handler_t::replace) puts it: a sequence is read while each byte is one the Unicode
// standard allows next (Table 3-7, the ranges nlohmann's decoder encodes); a byte that cannot
// begin or continue one is replaced, and, if it broke a sequence off, read again as the start
// of the next; a sequence the text ends inside is replaced too.
std::string withReplacements(std::string_view text) {
  static constexpr char kReplacement[] = "\xEF\xBF\xBD";
  std::string out;
  out.reserve(text.size() + 8);
  std::size_t start = 0, need = 0;  // the sequence being read: where it began, bytes to come
  unsigned char lo = 0x80, hi = 0xBF;  // what its next byte may be
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto b = static_cast<unsigned char>(text[i]);
    if (need > 0) {
      if (b >= lo && b <= hi) {
        lo = 0x80, hi = 0xBF;  // only a sequence's second byte has narrower ranges
        if (--need == 0) out.append(text.substr(start, i + 1 - start));
      } else {
        out += kReplacement;
        need = 0;
        --i;  // read again: it may begin the next sequence
      }
      continue;
    }
    start = i;
    lo = 0x80, hi = 0xBF;
    if (b < 0x80) {
      out.push_back(static_cast<char>(b));
    } else if (b >= 0xC2 && b <= 0xDF) {
      need = 1;
    } else if (b >= 0xE0 && b <= 0xEF) {
      need = 2;
      if (b == 0xE0) lo = 0xA0;
      if (b == 0xED) hi = 0x9F;
    } else if (b >= 0xF0 && b <= 0xF4) {
      need = 3;
      if (b == 0xF0) lo = 0x90;
      if (b == 0xF4) hi = 0x8F;
    } else {
      out += kReplacement;  // 0x80–0xC1, 0xF5–0xFF: never the start of a sequence
    }
  }
  if (need > 0) out += kReplacement;
  return out;
}

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
    // Rare (a CLI argument in another encoding): each ill-formed part becomes U+FFFD as
    // nlohmann's dump replaces it (json_writer_test compares the two over every 2-byte string
    // and many more), then the text is written as any other.
    string(withReplacements(text));
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
