// Fonts of the PDF text layer: how the bytes of a shown string become characters and advances.
// One Font per font dictionary (cached by object): its code length (one byte for simple fonts,
// the codespace of a Type0 font's CMap), each code's Unicode text (ToUnicode first, then the
// encoding: base encoding, /Differences, glyph names through Adobe's glyph list) and each
// code's width (/Widths, /W, the standard-14 metrics). No drawing, no font programs: the text
// layer needs what a glyph says and how far it moves the pen. Internal to core.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <qpdf/QPDFObjectHandle.hh>

namespace portcheck::pdf {

// What every part of one reading may spend; a reading that hits one stops with that fault.
struct ReadBudget {
  std::size_t cmap_entries_left = 200'000;  // bfchar/bfrange/codespace entries over all CMaps
  bool cmap_exhausted = false;
};

// A ToUnicode (or encoding) CMap: codespace ranges, bfchar and bfrange entries, kept as ranges
// (a <0000> <FFFF> range is one entry, never expanded).
class CMap {
 public:
  // Parses CMap text; entries past the budget are dropped and the budget marked exhausted.
  static CMap parse(std::string_view text, ReadBudget& budget);

  // The Unicode text (UTF-8) of a code, or nullopt-like empty + false.
  bool lookup(std::uint32_t code, std::string& utf8) const;
  // Splits the next code off `bytes` by the codespace ranges (one to four bytes); without
  // ranges, `fallback_bytes`. Returns the code's length.
  std::size_t nextCode(std::string_view bytes, std::size_t fallback_bytes, std::uint32_t& code) const;
  bool empty() const { return chars_.empty() && ranges_.empty(); }
  bool vertical() const { return vertical_; }  // /WMode 1

 private:
  bool vertical_ = false;
  struct Codespace {
    std::uint32_t lo, hi;
    std::uint8_t bytes;
  };
  struct Char {
    std::uint32_t code;
    std::string utf8;
  };
  struct Range {
    std::uint32_t lo, hi;
    std::u16string base;             // dst of "lo hi <dst>": the last unit counts up
    std::vector<std::string> items;  // dst of "lo hi [<a> <b> …]"
  };
  std::vector<Codespace> codespace_;
  std::vector<Char> chars_;    // sorted by code after parse
  std::vector<Range> ranges_;  // sorted by lo after parse
};

struct ShownGlyph {
  std::string text;      // UTF-8; empty when the font does not say what the code means
  double advance = 0;    // in text space units (per unit of font size), horizontal or vertical
  bool word_space = false;  // the single-byte code 32, which Tw widens
};

class Font {
 public:
  // Reads a font dictionary. Never throws for a malformed font: what cannot be read is left
  // out (no text, zero widths) rather than failing the page.
  static std::shared_ptr<const Font> load(QPDFObjectHandle dict, ReadBudget& budget);

  void decode(std::string_view bytes, std::vector<ShownGlyph>& out) const;
  bool vertical() const { return vertical_; }
  // The text a glyph name stands for: Adobe's glyph list, uniXXXX[YYYY…], uXXXX[XX],
  // "f_f_i" ligatures of components, ".suffix" variants; empty when unknown.
  static std::string glyphNameText(std::string_view name);

 private:
  bool composite_ = false;
  bool vertical_ = false;
  double text_scale_ = 0.001;  // Type3: /FontMatrix's scale instead of 1/1000
  CMap to_unicode_;
  CMap encoding_cmap_;                      // Type0: the codespace of its /Encoding CMap
  std::vector<std::string> simple_text_;    // simple fonts: 256 codes' text from the encoding
  std::vector<double> simple_widths_;       // simple fonts: 256 widths, glyph space
  struct CidWidth {
    std::uint32_t lo, hi;
    double width;
  };
  std::vector<CidWidth> cid_widths_;  // Type0 /W, sorted
  double default_width_ = 1000;       // Type0 /DW
  double default_vertical_ = -1000;   // Type0 /DW2's w1
};

// Compatibility characters a text layer must read as plain letters (NFKC for the Latin
// ligatures, full-width forms and the Unicode spaces); everything else is kept as is.
void appendNormalized(std::u32string_view text, std::string& utf8);

// Where the PDF literal string opening at `open` (a '(') ends: just past its balancing ')',
// backslash escapes and nested parentheses included; the end of `s` if it never closes.
std::size_t skipLiteralString(std::string_view s, std::size_t open);

// UTF-8 helpers shared by the layers.
void appendUtf8(char32_t cp, std::string& out);
std::u32string decodeUtf8(std::string_view utf8);

}  // namespace portcheck::pdf
