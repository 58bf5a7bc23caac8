// Fonts of the PDF text layer (pdf_fonts.hpp): CMaps, encodings, glyph names and widths.
// The tables (Adobe's glyph list, the standard-14 metrics, the Standard encoding) are generated
// from Debian's files by cmake/PdfTables.cmake; WinAnsi, MacRoman and PDFDoc come from qpdf.
#include "pdf_fonts.hpp"

#include <qpdf/QUtil.hh>

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <string_view>
#include <vector>

namespace portcheck::pdf {
namespace {

struct GlyphUnicode {
  const char* name;
  const char* utf8;
};
struct UnicodeWidth {
  std::uint16_t unicode;
  std::uint16_t width;
};
struct StandardFont {
  const char* name;
  const UnicodeWidth* widths;
  std::size_t count;
  const std::uint16_t* builtin;  // width by the font's own code
};

#include "pdf_tables.inc"

}  // namespace

void appendUtf8(char32_t cp, std::string& out) {
  if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

std::u32string decodeUtf8(std::string_view s) {
  std::u32string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    std::size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (n == 0 || i + n > s.size()) {
      out.push_back(0xFFFD);
      ++i;
      continue;
    }
    char32_t cp = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
    bool ok = true;
    for (std::size_t k = 1; k < n; ++k) {
      const auto d = static_cast<unsigned char>(s[i + k]);
      if ((d >> 6) != 2) ok = false;
      cp = (cp << 6) | (d & 0x3F);
    }
    out.push_back(ok ? cp : 0xFFFD);
    i += ok ? n : 1;
  }
  return out;
}

// NFKC of the characters text layers meet in bills: the Latin ligatures (U+FB00–FB06), the
// full-width ASCII forms, and the Unicode spaces (no-break, en, em, thin, ideographic …) as a
// plain space. Other compatibility characters (™, ½, superscripts) are kept: a carrier's
// name is printed with its ™, and no field is read through them.
void appendNormalized(std::u32string_view text, std::string& out) {
  static constexpr std::array<const char*, 7> kLigatures = {"ff", "fi", "fl", "ffi", "ffl", "st", "st"};
  for (char32_t c : text) {
    if (c >= 0xFB00 && c <= 0xFB06) {
      out += kLigatures[c - 0xFB00];
    } else if (c >= 0xFF01 && c <= 0xFF5E) {
      out.push_back(static_cast<char>(c - 0xFF01 + 0x21));
    } else if (c == 0x00A0 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F || c == 0x3000) {
      out.push_back(' ');
    } else {
      appendUtf8(c, out);
    }
  }
}

std::size_t skipLiteralString(std::string_view s, std::size_t open) {
  int depth = 0;
  std::size_t i = open;
  while (i < s.size()) {
    const char d = s[i++];
    if (d == '\\') {
      ++i;
    } else if (d == '(') {
      ++depth;
    } else if (d == ')' && --depth == 0) {
      return i;
    }
  }
  return s.size();
}

namespace {

// ---- CMap tokens -------------------------------------------------------------------------

struct Token {
  enum Kind { Hex, Int, Name, Keyword, ArrayOpen, ArrayClose, Other, End } kind = End;
  std::string text;  // hex: the bytes; others: as written
};

class CMapLexer {
 public:
  explicit CMapLexer(std::string_view s) : s_(s) {}

  Token next() {
    while (pos_ < s_.size()) {
      const char c = s_[pos_];
      if (c == '%') {
        while (pos_ < s_.size() && s_[pos_] != '\n' && s_[pos_] != '\r') ++pos_;
      } else if (std::isspace(static_cast<unsigned char>(c)) || c == '\0') {
        ++pos_;
      } else {
        break;
      }
    }
    if (pos_ >= s_.size()) return {};
    const char c = s_[pos_];
    if (c == '<') {
      if (pos_ + 1 < s_.size() && s_[pos_ + 1] == '<') {
        pos_ += 2;
        return {Token::Other, "<<"};
      }
      ++pos_;
      std::string bytes;
      int nibble = -1;
      while (pos_ < s_.size() && s_[pos_] != '>') {
        const int v = hexValue(s_[pos_++]);
        if (v < 0) continue;
        if (nibble < 0) {
          nibble = v;
        } else {
          bytes.push_back(static_cast<char>(nibble * 16 + v));
          nibble = -1;
        }
      }
      if (nibble >= 0) bytes.push_back(static_cast<char>(nibble * 16));
      ++pos_;
      return {Token::Hex, std::move(bytes)};
    }
    if (c == '[') return ++pos_, Token{Token::ArrayOpen, "["};
    if (c == ']') return ++pos_, Token{Token::ArrayClose, "]"};
    if (c == '(') {  // a literal string: skipped
      pos_ = skipLiteralString(s_, pos_);
      return {Token::Other, "()"};
    }
    const std::size_t start = pos_;
    if (c == '/') ++pos_;
    while (pos_ < s_.size() && !isDelimiter(s_[pos_])) ++pos_;
    if (pos_ == start) ++pos_;  // a lone delimiter such as '>' or '{'
    std::string word(s_.substr(start, pos_ - start));
    if (word[0] == '/') return {Token::Name, std::move(word)};
    const bool integer = !word.empty() && std::all_of(word.begin(), word.end(), [](char d) {
      return std::isdigit(static_cast<unsigned char>(d)) || d == '-' || d == '+';
    });
    return {integer ? Token::Int : Token::Keyword, std::move(word)};
  }

 private:
  static int hexValue(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  }
  static bool isDelimiter(char c) {
    return std::isspace(static_cast<unsigned char>(c)) || c == '\0' || std::strchr("()<>[]{}/%", c) != nullptr;
  }
  std::string_view s_;
  std::size_t pos_ = 0;
};

std::uint32_t codeOf(const std::string& bytes) {
  std::uint32_t code = 0;
  for (std::size_t i = 0; i < bytes.size() && i < 4; ++i) code = (code << 8) | static_cast<unsigned char>(bytes[i]);
  return code;
}

std::u16string utf16Units(const std::string& bytes) {
  std::u16string units;
  for (std::size_t i = 0; i + 1 < bytes.size(); i += 2) {
    units.push_back(static_cast<char16_t>((static_cast<unsigned char>(bytes[i]) << 8) | static_cast<unsigned char>(bytes[i + 1])));
  }
  if (bytes.size() == 1) units.push_back(static_cast<unsigned char>(bytes[0]));
  return units;
}

std::string utf16ToUtf8(const std::u16string& units) {
  std::string out;
  for (std::size_t i = 0; i < units.size(); ++i) {
    char32_t cp = units[i];
    if (cp >= 0xD800 && cp <= 0xDBFF && i + 1 < units.size() && units[i + 1] >= 0xDC00 && units[i + 1] <= 0xDFFF) {
      cp = 0x10000 + ((cp - 0xD800) << 10) + (units[i + 1] - 0xDC00);
      ++i;
    }
    if (cp == 0) continue;
    appendUtf8(cp, out);
  }
  return out;
}

}  // namespace

CMap CMap::parse(std::string_view text, ReadBudget& budget) {
  CMap map;
  CMapLexer lexer(text);
  enum class Section { None, Codespace, BfChar, BfRange } section = Section::None;
  std::vector<Token> pending;
  Token previous;
  auto spend = [&]() {
    if (budget.cmap_entries_left == 0) {
      budget.cmap_exhausted = true;
      return false;
    }
    --budget.cmap_entries_left;
    return true;
  };
  for (Token t = lexer.next(); t.kind != Token::End; t = lexer.next()) {
    if (t.kind == Token::Keyword) {
      if (t.text == "begincodespacerange") section = Section::Codespace;
      else if (t.text == "beginbfchar") section = Section::BfChar;
      else if (t.text == "beginbfrange") section = Section::BfRange;
      else if (t.text.rfind("end", 0) == 0) section = Section::None;
      pending.clear();
      previous = t;
      continue;
    }
    if (previous.kind == Token::Name && previous.text == "/WMode" && t.kind == Token::Int) map.vertical_ = t.text == "1";
    previous = t;
    if (section == Section::None) continue;
    if (section == Section::BfRange && t.kind == Token::ArrayOpen && pending.size() == 2) {
      // lo hi [<dst> <dst> …]: one string per code of the range.
      Range range{codeOf(pending[0].text), codeOf(pending[1].text), {}, {}};
      for (Token item = lexer.next(); item.kind != Token::End && item.kind != Token::ArrayClose; item = lexer.next()) {
        if (item.kind == Token::Hex && range.items.size() <= range.hi - range.lo && spend()) {
          range.items.push_back(utf16ToUtf8(utf16Units(item.text)));
        }
      }
      if (range.lo <= range.hi && spend()) map.ranges_.push_back(std::move(range));
      pending.clear();
      continue;
    }
    if (t.kind != Token::Hex && t.kind != Token::Name) {
      pending.clear();
      continue;
    }
    pending.push_back(std::move(t));
    if (section == Section::Codespace && pending.size() == 2) {
      if (pending[0].kind == Token::Hex && pending[1].kind == Token::Hex && !pending[0].text.empty() &&
          pending[0].text.size() <= 4 && spend()) {
        map.codespace_.push_back({codeOf(pending[0].text), codeOf(pending[1].text),
                                  static_cast<std::uint8_t>(pending[0].text.size())});
      }
      pending.clear();
    } else if (section == Section::BfChar && pending.size() == 2) {
      if (pending[0].kind == Token::Hex && spend()) {
        std::string utf8;
        if (pending[1].kind == Token::Hex) {
          utf8 = utf16ToUtf8(utf16Units(pending[1].text));
        } else {  // a glyph name, allowed by the CMap format
          utf8 = Font::glyphNameText(std::string_view(pending[1].text).substr(1));
        }
        map.chars_.push_back({codeOf(pending[0].text), std::move(utf8)});
      }
      pending.clear();
    } else if (section == Section::BfRange && pending.size() == 3) {
      if (pending[0].kind == Token::Hex && pending[1].kind == Token::Hex && pending[2].kind == Token::Hex && spend()) {
        Range range{codeOf(pending[0].text), codeOf(pending[1].text), utf16Units(pending[2].text), {}};
        if (range.lo <= range.hi && !range.base.empty()) map.ranges_.push_back(std::move(range));
      }
      pending.clear();
    }
  }
  // Later entries win over earlier ones for the same code, as in a PostScript dictionary.
  std::stable_sort(map.chars_.begin(), map.chars_.end(), [](const Char& a, const Char& b) { return a.code < b.code; });
  std::stable_sort(map.ranges_.begin(), map.ranges_.end(), [](const Range& a, const Range& b) { return a.lo < b.lo; });
  return map;
}

bool CMap::lookup(std::uint32_t code, std::string& utf8) const {
  auto c = std::upper_bound(chars_.begin(), chars_.end(), code, [](std::uint32_t v, const Char& ch) { return v < ch.code; });
  if (c != chars_.begin() && std::prev(c)->code == code) {
    utf8 = std::prev(c)->utf8;
    return true;
  }
  // Ranges may overlap; the last one starting at or before the code that covers it answers.
  auto r = std::upper_bound(ranges_.begin(), ranges_.end(), code, [](std::uint32_t v, const Range& rg) { return v < rg.lo; });
  for (int steps = 0; r != ranges_.begin() && steps < 64; ++steps) {
    --r;
    if (code > r->hi) continue;
    const std::uint32_t offset = code - r->lo;
    if (!r->items.empty()) {
      if (offset >= r->items.size()) return false;
      utf8 = r->items[offset];
      return true;
    }
    std::u16string units = r->base;
    units.back() = static_cast<char16_t>(units.back() + offset);
    utf8 = utf16ToUtf8(units);
    return true;
  }
  return false;
}

std::size_t CMap::nextCode(std::string_view bytes, std::size_t fallback_bytes, std::uint32_t& code) const {
  if (!codespace_.empty()) {
    std::uint32_t value = 0;
    for (std::size_t n = 1; n <= 4 && n <= bytes.size(); ++n) {
      value = (value << 8) | static_cast<unsigned char>(bytes[n - 1]);
      for (const auto& range : codespace_) {
        if (range.bytes == n && value >= range.lo && value <= range.hi) {
          code = value;
          return n;
        }
      }
    }
  }
  const std::size_t n = std::min(std::max<std::size_t>(fallback_bytes, 1), bytes.size());
  code = 0;
  for (std::size_t i = 0; i < n; ++i) code = (code << 8) | static_cast<unsigned char>(bytes[i]);
  return n;
}

// ---- glyph names --------------------------------------------------------------------------

namespace {

struct GlyphEntry {
  std::string_view name;
  char32_t unicode;
};

// kGlyphList ("name[ delta]\n" in code-point order, pdf_tables.inc) indexed by name, once.
const std::vector<GlyphEntry>& glyphIndex() {
  static const std::vector<GlyphEntry> index = [] {
    std::vector<GlyphEntry> entries;
    entries.reserve(kGlyphCount);
    std::string_view list(kGlyphList, std::size(kGlyphList) - 1);
    char32_t unicode = 0;
    while (!list.empty()) {
      const auto end = list.find('\n');
      std::string_view line = list.substr(0, end);
      list.remove_prefix(end == std::string_view::npos ? list.size() : end + 1);
      char32_t step = 1;
      if (const auto space = line.find(' '); space != std::string_view::npos) {
        step = 0;
        for (char c : line.substr(space + 1)) step = step * 16 + static_cast<char32_t>(c <= '9' ? c - '0' : c - 'a' + 10);
        line = line.substr(0, space);
      }
      unicode += step;
      entries.push_back({line, unicode});
    }
    std::sort(entries.begin(), entries.end(), [](const GlyphEntry& a, const GlyphEntry& b) { return a.name < b.name; });
    return entries;
  }();
  return index;
}

}  // namespace

std::string Font::glyphNameText(std::string_view name) {
  // "a.sc", "one.oldstyle": the part before the first period names the glyph.
  if (const auto dot = name.find('.'); dot != std::string_view::npos && dot > 0) name = name.substr(0, dot);
  if (name.empty()) return {};
  // "f_f_i": a ligature of its components.
  if (name.find('_') != std::string_view::npos) {
    std::string out;
    std::size_t start = 0;
    while (start <= name.size()) {
      const auto end = std::min(name.find('_', start), name.size());
      out += glyphNameText(name.substr(start, end - start));
      start = end + 1;
    }
    return out;
  }
  const auto& index = glyphIndex();
  const auto hit = std::lower_bound(index.begin(), index.end(), name,
                                    [](const GlyphEntry& e, std::string_view n) { return e.name < n; });
  if (hit != index.end() && hit->name == name) {
    std::string out;
    appendUtf8(hit->unicode, out);
    return out;
  }
  for (const auto& sequence : kGlyphSequences) {
    if (name == sequence.name) return sequence.utf8;
  }
  auto hex = [](std::string_view digits, char32_t& cp) {
    cp = 0;
    for (char c : digits) {
      const int v = std::isdigit(static_cast<unsigned char>(c)) ? c - '0'
                    : (c >= 'A' && c <= 'F')                    ? c - 'A' + 10
                                                                : -1;  // the names use upper case
      if (v < 0) return false;
      cp = cp * 16 + static_cast<char32_t>(v);
    }
    return true;
  };
  std::string out;
  char32_t cp = 0;
  if (name.size() >= 7 && name.substr(0, 3) == "uni" && (name.size() - 3) % 4 == 0) {  // uniXXXX[YYYY…]
    for (std::size_t i = 3; i < name.size(); i += 4) {
      if (!hex(name.substr(i, 4), cp) || (cp >= 0xD800 && cp <= 0xDFFF)) return {};
      appendUtf8(cp, out);
    }
    return out;
  }
  if (name.size() >= 5 && name.size() <= 7 && name[0] == 'u' && hex(name.substr(1), cp) && cp <= 0x10FFFF &&
      !(cp >= 0xD800 && cp <= 0xDFFF)) {  // uXXXX to uXXXXXX
    appendUtf8(cp, out);
  }
  return out;
}

// ---- fonts --------------------------------------------------------------------------------

namespace {

double number(QPDFObjectHandle h, double fallback = 0) { return h.isNumber() ? h.getNumericValue() : fallback; }

// A number where an integer belongs (a code, a CID, flags), clamped to [lo, hi]: a damaged or
// hostile file may hold 1e300 there, and converting that to an integer is undefined.
long long integer(QPDFObjectHandle h, long long lo, long long hi, long long fallback = 0) {
  if (!h.isNumber()) return fallback;
  const double v = h.getNumericValue();
  if (std::isnan(v)) return fallback;
  return static_cast<long long>(std::clamp(v, static_cast<double>(lo), static_cast<double>(hi)));
}

std::string streamText(QPDFObjectHandle stream) {
  if (!stream.isStream()) return {};
  try {
    const auto buffer = stream.getStreamData(qpdf_dl_generalized);
    return std::string(reinterpret_cast<const char*>(buffer->getBuffer()), buffer->getSize());
  } catch (const std::exception&) {
    return {};
  }
}

// An embedded Type1 font's own encoding, from the clear-text part of its program (before
// "eexec"): "/Encoding StandardEncoding def", or "dup 12 /fi put" lines. TeX's fonts (OT1:
// ligatures at 11-15, quotes at 34 and 92) are drawn this way, without an /Encoding in the PDF.
// Returns false when the program says nothing usable.
bool type1BuiltinEncoding(QPDFObjectHandle font_file, std::array<std::string, 256>& table) {
  std::string program = streamText(font_file);
  if (const auto eexec = program.find("eexec"); eexec != std::string::npos) program.resize(eexec);
  const auto encoding = program.find("/Encoding");
  if (encoding == std::string::npos) return false;
  if (program.compare(encoding, 29, "/Encoding StandardEncoding def") == 0 ||
      program.compare(encoding, 30, "/Encoding StandardEncoding def") == 0) {
    return false;  // the Standard encoding, which is the default anyway
  }
  bool any = false;
  for (std::size_t at = program.find("dup ", encoding); at != std::string::npos; at = program.find("dup ", at + 4)) {
    std::size_t i = at + 4;
    int code = 0, digits = 0;
    while (i < program.size() && std::isdigit(static_cast<unsigned char>(program[i])) && digits < 4) {
      code = code * 10 + (program[i++] - '0');
      ++digits;
    }
    if (digits == 0 || code > 255 || i + 1 >= program.size() || program[i] != ' ' || program[i + 1] != '/') continue;
    const std::size_t name_start = i + 2;
    std::size_t name_end = name_start;
    while (name_end < program.size() && !std::isspace(static_cast<unsigned char>(program[name_end])) &&
           program[name_end] != '/') {
      ++name_end;
    }
    table[static_cast<std::size_t>(code)] = Font::glyphNameText(std::string_view(program).substr(name_start, name_end - name_start));
    any = true;
  }
  return any;
}

// The base encodings, code -> text, built once from qpdf's own tables.
const std::array<std::string, 256>& baseEncoding(std::string_view name) {
  static const auto build = [](std::string (*convert)(std::string const&)) {
    std::array<std::string, 256> table;
    for (int c = 32; c < 256; ++c) table[static_cast<std::size_t>(c)] = convert(std::string(1, static_cast<char>(c)));
    return table;
  };
  static const auto win = build(&QUtil::win_ansi_to_utf8);
  static const auto mac = build(&QUtil::mac_roman_to_utf8);
  static const auto pdfdoc = build(&QUtil::pdf_doc_to_utf8);
  static const auto standard = [] {
    std::array<std::string, 256> table;
    for (std::size_t c = 0; c < 256; ++c) {
      if (kStandardEncoding[c] != 0) appendUtf8(kStandardEncoding[c], table[c]);
    }
    return table;
  }();
  static const auto symbol = [] {
    std::array<std::string, 256> table;
    for (std::size_t c = 0; c < 256; ++c) {
      if (kSymbolBuiltinUnicode[c] != 0) appendUtf8(kSymbolBuiltinUnicode[c], table[c]);
    }
    return table;
  }();
  if (name == "WinAnsiEncoding") return win;
  if (name == "MacRomanEncoding") return mac;
  if (name == "PDFDocEncoding") return pdfdoc;
  if (name == "Symbol") return symbol;
  return standard;
}

// The standard-14 font a base font name stands for (including common aliases such as Arial and
// TimesNewRoman, whose metrics are the same), for fonts that carry no widths.
const StandardFont* standardFontFor(std::string name) {
  if (const auto plus = name.find('+'); plus == 6) name = name.substr(7);  // subset tag "ABCDEF+"
  std::string folded;
  for (char c : name) {
    if (std::isalnum(static_cast<unsigned char>(c))) folded.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  }
  auto has = [&](const char* word) { return folded.find(word) != std::string::npos; };
  std::string family;
  if (has("courier")) family = "Courier";
  else if (has("times")) family = "Times";
  else if (has("helvetica") || has("arial")) family = "Helvetica";
  else if (has("zapfdingbats") || has("dingbats")) family = "ZapfDingbats";
  else if (has("symbol")) family = "Symbol";
  else return nullptr;
  const bool bold = has("bold") || has("black") || has("heavy");
  const bool italic = has("italic") || has("oblique");
  std::string standard = family;
  if (family == "Times") {
    standard += bold && italic ? "-BoldItalic" : bold ? "-Bold" : italic ? "-Italic" : "-Roman";
  } else if (family == "Courier" || family == "Helvetica") {
    standard += bold && italic ? "-BoldOblique" : bold ? "-Bold" : italic ? "-Oblique" : "";
  }
  for (const auto& font : kStandardFonts) {
    if (standard == font.name) return &font;
  }
  return nullptr;
}

double standardWidth(const StandardFont& font, std::string_view text) {
  const auto cps = decodeUtf8(text);
  if (cps.empty() || cps[0] > 0xFFFF) return 0;
  const auto* end = font.widths + font.count;
  const auto* hit = std::lower_bound(font.widths, end, cps[0], [](const UnicodeWidth& w, char32_t u) { return w.unicode < u; });
  return hit != end && hit->unicode == cps[0] ? hit->width : 0;
}

bool isControlText(const std::string& text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) {
    return static_cast<unsigned char>(c) < 0x20 || c == 0x7F;
  });
}

}  // namespace

std::shared_ptr<const Font> Font::load(QPDFObjectHandle dict, ReadBudget& budget) {
  auto font = std::make_shared<Font>();
  if (!dict.isDictionary()) return font;
  const std::string subtype = dict.getKey("/Subtype").isName() ? dict.getKey("/Subtype").getName() : "";
  if (auto tu = dict.getKey("/ToUnicode"); tu.isStream()) font->to_unicode_ = CMap::parse(streamText(tu), budget);

  if (subtype == "/Type0") {
    font->composite_ = true;
    auto encoding = dict.getKey("/Encoding");
    if (encoding.isName()) {
      const std::string name = encoding.getName();
      font->vertical_ = name.size() > 2 && name.compare(name.size() - 2, 2, "-V") == 0;
    } else if (encoding.isStream()) {
      font->encoding_cmap_ = CMap::parse(streamText(encoding), budget);
      font->vertical_ = font->encoding_cmap_.vertical();
    }
    auto descendants = dict.getKey("/DescendantFonts");
    auto cid_font = descendants.isArray() && descendants.getArrayNItems() > 0 ? descendants.getArrayItem(0) : descendants;
    if (cid_font.isDictionary()) {
      font->default_width_ = number(cid_font.getKey("/DW"), 1000);
      if (auto dw2 = cid_font.getKey("/DW2"); dw2.isArray() && dw2.getArrayNItems() >= 2) {
        font->default_vertical_ = number(dw2.getArrayItem(1), -1000);
      }
      // /W: c [w1 w2 …] or c_first c_last w.
      auto w = cid_font.getKey("/W");
      if (w.isArray()) {
        const int n = w.getArrayNItems();
        for (int i = 0; i < n && budget.cmap_entries_left > 0;) {
          auto first = w.getArrayItem(i);
          if (!first.isNumber() || i + 1 >= n) break;
          auto second = w.getArrayItem(i + 1);
          const auto lo = static_cast<std::uint32_t>(integer(first, 0, 0xFFFFFFFF));
          if (second.isArray()) {
            const int m = second.getArrayNItems();
            for (int k = 0; k < m && budget.cmap_entries_left > 0; ++k, --budget.cmap_entries_left) {
              font->cid_widths_.push_back({lo + static_cast<std::uint32_t>(k), lo + static_cast<std::uint32_t>(k), number(second.getArrayItem(k))});
            }
            i += 2;
          } else if (i + 2 < n) {
            const auto hi = static_cast<std::uint32_t>(integer(second, 0, 0xFFFFFFFF));
            if (hi >= lo) font->cid_widths_.push_back({lo, hi, number(w.getArrayItem(i + 2))});
            --budget.cmap_entries_left;
            i += 3;
          } else {
            break;
          }
        }
        std::stable_sort(font->cid_widths_.begin(), font->cid_widths_.end(),
                         [](const CidWidth& a, const CidWidth& b) { return a.lo < b.lo; });
      }
    }
    return font;
  }

  // Simple fonts: Type1, MMType1, TrueType, Type3: one byte per code.
  font->simple_text_.assign(256, {});
  font->simple_widths_.assign(256, 0);
  if (subtype == "/Type3") {
    auto matrix = dict.getKey("/FontMatrix");
    if (matrix.isArray() && matrix.getArrayNItems() >= 1) font->text_scale_ = number(matrix.getArrayItem(0), 0.001);
  }
  const std::string base_font = dict.getKey("/BaseFont").isName() ? dict.getKey("/BaseFont").getName().substr(1) : "";
  const StandardFont* standard = subtype == "/Type3" ? nullptr : standardFontFor(base_font);
  auto descriptor = dict.getKey("/FontDescriptor");
  const int flags = descriptor.isDictionary() ? static_cast<int>(integer(descriptor.getKey("/Flags"), INT32_MIN, INT32_MAX)) : 0;
  const bool symbolic = (flags & 4) != 0 && (flags & 32) == 0;

  // The base encoding: the one named, else the font's own (an embedded Type1 program's
  // encoding; Symbol's table for the standard Symbol font; codes as typed for a symbolic
  // TrueType font, which is how producers that mark text fonts symbolic use them; Standard
  // otherwise).
  std::string base_name;
  auto encoding = dict.getKey("/Encoding");
  QPDFObjectHandle differences;
  if (encoding.isName()) {
    base_name = encoding.getName().substr(1);
  } else if (encoding.isDictionary()) {
    if (encoding.getKey("/BaseEncoding").isName()) base_name = encoding.getKey("/BaseEncoding").getName().substr(1);
    differences = encoding.getKey("/Differences");
  }
  std::array<std::string, 256> builtin;
  if (base_name.empty() && subtype == "/Type1" && descriptor.isDictionary() &&
      type1BuiltinEncoding(descriptor.getKey("/FontFile"), builtin)) {
    base_name = "Builtin";
    std::copy(builtin.begin(), builtin.end(), font->simple_text_.begin());
  }
  if (base_name.empty()) {
    if (standard && std::string_view(standard->name) == "Symbol") base_name = "Symbol";
    else if (standard && std::string_view(standard->name) == "ZapfDingbats") base_name = "None";
    else if (subtype == "/TrueType" && symbolic) base_name = "WinAnsiEncoding";
    else base_name = "StandardEncoding";
  }
  if (base_name != "None" && base_name != "Builtin") {
    const auto& table = baseEncoding(base_name);
    std::copy(table.begin(), table.end(), font->simple_text_.begin());
  }
  if (differences.isArray()) {
    int code = -1;
    const int n = differences.getArrayNItems();
    for (int i = 0; i < n; ++i) {
      auto item = differences.getArrayItem(i);
      if (item.isNumber()) {
        code = static_cast<int>(integer(item, -1, 256));
      } else if (item.isName() && code >= 0 && code < 256) {
        font->simple_text_[static_cast<std::size_t>(code)] = glyphNameText(std::string_view(item.getName()).substr(1));
        ++code;
      }
    }
  }
  if (!font->to_unicode_.empty()) {
    for (std::uint32_t c = 0; c < 256; ++c) {
      std::string text;
      if (font->to_unicode_.lookup(c, text)) font->simple_text_[c] = std::move(text);
    }
  }
  for (auto& text : font->simple_text_) {
    if (isControlText(text)) text.clear();
  }

  // Widths: /Widths from /FirstChar, else the standard font's metrics, else /MissingWidth.
  const double missing = descriptor.isDictionary() ? number(descriptor.getKey("/MissingWidth")) : 0;
  auto widths = dict.getKey("/Widths");
  if (widths.isArray()) {
    const int first = static_cast<int>(integer(dict.getKey("/FirstChar"), -1'000'000, 1'000'000));
    std::fill(font->simple_widths_.begin(), font->simple_widths_.end(), missing);
    const int n = widths.getArrayNItems();
    for (int i = 0; i < n; ++i) {
      const int code = first + i;
      if (code >= 0 && code < 256) font->simple_widths_[static_cast<std::size_t>(code)] = number(widths.getArrayItem(i), missing);
    }
  } else if (standard) {
    const bool by_code = base_name == "Symbol" || base_name == "None";
    for (std::size_t c = 0; c < 256; ++c) {
      double w = by_code ? standard->builtin[c] : standardWidth(*standard, font->simple_text_[c]);
      font->simple_widths_[c] = w > 0 ? w : missing;
    }
  } else {
    std::fill(font->simple_widths_.begin(), font->simple_widths_.end(), missing);
  }
  return font;
}

void Font::decode(std::string_view bytes, std::vector<ShownGlyph>& out) const {
  if (!composite_) {
    for (char b : bytes) {
      const auto code = static_cast<unsigned char>(b);
      out.push_back({simple_text_[code], simple_widths_[code] * text_scale_, code == 32});
    }
    return;
  }
  while (!bytes.empty()) {
    std::uint32_t code = 0;
    const std::size_t n = encoding_cmap_.nextCode(bytes, 2, code);
    ShownGlyph glyph;
    if (to_unicode_.lookup(code, glyph.text) && isControlText(glyph.text)) glyph.text.clear();
    if (vertical_) {
      glyph.advance = default_vertical_ * 0.001;
    } else {
      double width = default_width_;
      auto hit = std::upper_bound(cid_widths_.begin(), cid_widths_.end(), code,
                                  [](std::uint32_t v, const CidWidth& w) { return v < w.lo; });
      if (hit != cid_widths_.begin() && code <= std::prev(hit)->hi) width = std::prev(hit)->width;
      glyph.advance = width * 0.001;
    }
    glyph.word_space = n == 1 && code == 32;
    out.push_back(std::move(glyph));
    bytes.remove_prefix(n);
  }
}

}  // namespace portcheck::pdf
