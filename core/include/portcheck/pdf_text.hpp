// The text layer of a document, in two layers with one entry each:
//   bytes -> pages of positioned glyphs (readDocumentGlyphs: qpdf below, no rules);
//   glyphs -> lines in reading order (readingOrderLines).
// What the lines say (dates, account numbers, phone numbers) is bill.hpp's; nothing here
// knows about porting.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace portcheck {

// What one reading may spend. A file over max_input_bytes is refused before it is parsed;
// max_pages and max_operators_per_page cut the reading short (and say so); max_decoded_bytes
// (all decoded stream data together) and max_milliseconds stop it.
struct DocumentLimits {
  std::size_t max_input_bytes = 10u * 1024 * 1024;
  int max_pages = 100;
  std::size_t max_decoded_bytes = 64u * 1024 * 1024;
  std::size_t max_operators_per_page = 1'000'000;
  std::size_t max_glyphs = 2'000'000;  // over all pages read
  std::size_t max_objects = 500'000;  // the file's own objects qpdf builds (about 110 bytes each)
  std::size_t max_object_items = 100'000;  // in one array or dictionary
  int max_form_depth = 12;             // form XObjects inside form XObjects
  int max_graphics_depth = 256;        // q without Q
  long max_milliseconds = 10'000;
};

// A glyph drawn with text, in its writing direction's upright frame: x grows along the
// baseline, y upward, in points. `direction` is the quarter turn the text is rotated by on
// the page as displayed (0 upright, 1 rotated to read upward, 2 upside down, 3 downward).
struct TextGlyph {
  std::string text;  // UTF-8, normalized (ligatures as letters); " " for a space glyph
  double x = 0, y = 0;
  double width = 0;  // advance along the baseline
  double size = 0;   // font size as drawn
  int direction = 0;
};

struct PageGlyphs {
  std::vector<TextGlyph> glyphs;
};

enum class DocumentKind { Pdf, Image, Unusable };

struct DocumentGlyphs {
  DocumentKind kind = DocumentKind::Unusable;
  std::string fault;          // when Unusable: one line for a person ("… needs a password")
  std::string fault_code;     // stable: document.not_pdf, document.password, document.damaged, …
  std::string media_type;     // application/pdf, image/jpeg, image/png, …
  int pages_in_file = 0;
  std::vector<PageGlyphs> pages;  // the pages read, in order
  std::vector<std::string> limits;  // what was not read, and why ("only the first 100 of 20,000 pages")
};

DocumentGlyphs readDocumentGlyphs(std::string_view bytes, const DocumentLimits& limits = {});

// A line of text in reading order, with where it sits (for finding a value beside a label).
struct TextLine {
  std::string text;
  double x0 = 0, x1 = 0, y = 0, size = 0;
  int direction = 0;
};

// Words split by their gaps, lines from glyphs sharing a baseline, blocks of lines stacked in a
// column, blocks ordered top to bottom with a left column before a right one beside it; fake
// bold (a glyph drawn twice, a hair apart) read once.
std::vector<TextLine> readingOrderLines(const PageGlyphs& page);

}  // namespace portcheck
