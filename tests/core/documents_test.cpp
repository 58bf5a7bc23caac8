// The documents reader layer by layer: fonts (CMaps, glyph names), reading order, what a bill
// says from its lines, and the document kinds. The whole reader against real producers' files
// is tests/documents/documents.test.mjs.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <qpdf/Pl_Buffer.hh>
#include <qpdf/Pl_Flate.hh>
#include <qpdf/QIntC.hh>
#include <qpdf/QUtil.hh>

#include "pdf_fonts.hpp"
#include "portcheck/bill.hpp"
#include "portcheck/pdf_text.hpp"

using portcheck::pdf::CMap;
using portcheck::pdf::Font;

TEST_CASE("a ToUnicode CMap maps bfchar, bfrange and the array form, with surrogates and ligatures") {
  portcheck::pdf::ReadBudget budget;
  const auto map = CMap::parse(
      "1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
      "3 beginbfchar <0001> <0041> <0002> <006600660069> <0003> <D83DDCDE> endbfchar\n"
      "2 beginbfrange <0010> <0019> <0030> <0020> <0022> [<0043> <0061> <006C>] endbfrange\n",
      budget);
  std::string text;
  SUBCASE("bfchar") { CHECK((map.lookup(1, text) && text == "A")); }
  SUBCASE("a ligature") { CHECK((map.lookup(2, text) && text == "ffi")); }
  SUBCASE("a surrogate pair") { CHECK((map.lookup(3, text) && text == "\xF0\x9F\x93\x9E")); }
  SUBCASE("a range counts up") { CHECK((map.lookup(0x15, text) && text == "5")); }
  SUBCASE("the array form") { CHECK((map.lookup(0x21, text) && text == "a")); }
  SUBCASE("unmapped") { CHECK_FALSE(map.lookup(0x40, text)); }
  SUBCASE("two-byte codes by the codespace") {
    std::uint32_t code = 0;
    CHECK(map.nextCode(std::string("\x00\x15", 2), 1, code) == 2);
    CHECK(code == 0x15);
  }
}

TEST_CASE("a CMap past its entry budget keeps what fit and says so") {
  portcheck::pdf::ReadBudget budget;
  budget.cmap_entries_left = 2;
  const auto map = CMap::parse("3 beginbfchar <01> <0041> <02> <0042> <03> <0043> endbfchar", budget);
  std::string text;
  CHECK(map.lookup(2, text));
  CHECK_FALSE(map.lookup(3, text));
  CHECK(budget.cmap_exhausted);
}

TEST_CASE("glyph names become text through Adobe's glyph list and the uni/u forms") {
  const std::vector<std::pair<const char*, const char*>> cases = {
      {"A", "A"},           {"eacute", "\xC3\xA9"}, {"uni00FC", "\xC3\xBC"}, {"u1F4DE", "\xF0\x9F\x93\x9E"},
      {"f_f_i", "ffi"},     {"a.sc", "a"},          {"uni00410042", "AB"},   {"fi", "\xEF\xAC\x81"},
      {"notaglyph", ""},    {"uniD800", ""},        {"quoteright", "\xE2\x80\x99"},
  };
  for (const auto& [name, text] : cases) {
    CAPTURE(name);
    CHECK(Font::glyphNameText(name) == text);
  }
}

TEST_CASE("every name of Adobe's glyph list (texlive-base's glyphlist.txt) gives its code points") {
  std::ifstream file(PORTCHECK_GLYPHLIST);
  REQUIRE(file);
  std::size_t names = 0;
  for (std::string line; std::getline(file, line);) {
    if (line.empty() || line[0] == '#') continue;
    const auto semicolon = line.find(';');
    REQUIRE(semicolon != std::string::npos);
    const std::string name = line.substr(0, semicolon);
    std::string expected;
    std::istringstream codes(line.substr(semicolon + 1));
    for (std::string hex; codes >> hex;) {
      const auto cp = static_cast<std::uint32_t>(std::stoul(hex, nullptr, 16));
      if (cp < 0x80) {
        expected += static_cast<char>(cp);
      } else if (cp < 0x800) {
        expected += static_cast<char>(0xC0 | (cp >> 6));
        expected += static_cast<char>(0x80 | (cp & 0x3F));
      } else {
        expected += static_cast<char>(0xE0 | (cp >> 12));
        expected += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        expected += static_cast<char>(0x80 | (cp & 0x3F));
      }
    }
    CAPTURE(name);
    CHECK(Font::glyphNameText(name) == expected);
    ++names;
  }
  CHECK(names > 4000);
}

namespace {
portcheck::TextGlyph glyph(const std::string& text, double x, double y, double size = 10) {
  return {text, x, y, size * 0.5 * static_cast<double>(text.size()), size, 0};
}
std::vector<std::string> lineTexts(const portcheck::PageGlyphs& page) {
  std::vector<std::string> out;
  for (const auto& line : portcheck::readingOrderLines(page)) out.push_back(line.text);
  return out;
}
void word(portcheck::PageGlyphs& page, const std::string& text, double x, double y, double size = 10) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    page.glyphs.push_back(glyph(std::string(1, text[i]), x + static_cast<double>(i) * size * 0.5, y, size));
  }
}
}  // namespace

TEST_CASE("a right-hand account box is read after the left column, not into its lines") {
  portcheck::PageGlyphs page;
  word(page, "ACME", 54, 700);
  word(page, "LLC", 80, 700);
  word(page, "Springfield", 54, 686);
  word(page, "Account", 360, 700);
  word(page, "8351", 400, 700);
  word(page, "Statement", 360, 686);
  CHECK(lineTexts(page) == std::vector<std::string>{"ACME LLC", "Springfield", "Account 8351", "Statement"});
}

TEST_CASE("glyphs far off any page are read without overflowing the reading-order grid") {
  // fuzz_bill found a glyph at x = -2.7e179 (finite): its grid cell overflowed int64 (UBSan).
  portcheck::PageGlyphs page;
  word(page, "far", -2.7e179, 700);
  word(page, "near", 72, 700);
  word(page, "huge", 72, 1e300, 1e300);
  const auto lines = lineTexts(page);
  CHECK(std::find(lines.begin(), lines.end(), "near") != lines.end());
  CHECK(std::find(lines.begin(), lines.end(), "far") != lines.end());
}

TEST_CASE("a font's integers may be any number in the file: codes, CIDs, flags and first codes are clamped") {
  // 1e300 where /FirstChar, /Flags, a /Differences code or a /W CID belongs.
  const std::string content = "BT /F1 12 Tf 72 700 Td (AB) Tj ET";
  std::string pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                    "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                    "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R /F2 6 0 R >> >> "
                    "/Contents 5 0 R >> endobj\n"
                    "4 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica /FirstChar 1e300 /Widths [500] "
                    "/Encoding << /Differences [1e300 /A -1e300 /B 66 /C] >> /FontDescriptor << /Flags 1e300 >> >> endobj\n"
                    "6 0 obj << /Type /Font /Subtype /Type0 /Encoding /Identity-H /DescendantFonts [<< /Subtype /CIDFontType2 "
                    "/W [1e300 [500] -1e300 1e300 600] >>] >> endobj\n"
                    "5 0 obj << /Length " + std::to_string(content.size()) + " >> stream\n" + content +
                    "\nendstream endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";
  const auto r = portcheck::readBill(pdf);
  REQUIRE(r.usable);
  CHECK(r.text == std::vector<std::vector<std::string>>{{"AC"}});
}

TEST_CASE("fake bold, a glyph drawn twice a hair apart, is read once") {
  portcheck::PageGlyphs page;
  word(page, "Total", 72, 700);
  word(page, "Total", 72.4, 700.1);
  CHECK(lineTexts(page) == std::vector<std::string>{"Total"});
}

TEST_CASE("words are split by their gaps and by space glyphs") {
  portcheck::PageGlyphs page;
  word(page, "Bill", 72, 700);
  word(page, "date", 72 + 4 * 5 + 3, 700);  // a 0.3 em gap
  page.glyphs.push_back(glyph(" ", 72 + 8 * 5 + 3, 700));
  word(page, "Oct", 72 + 9 * 5 + 3, 700);
  CHECK(lineTexts(page) == std::vector<std::string>{"Bill date Oct"});
}

namespace {
portcheck::BillReading fieldsOf(std::vector<std::string> lines) {
  portcheck::BillReading reading;
  reading.text.push_back(std::move(lines));
  portcheck::readBillFields(reading);
  return reading;
}
}  // namespace

TEST_CASE("statement dates are read in every printed form") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"Statement date: Oct 3, 2026", "2026-10-03"},   {"Bill date October 3, 2026", "2026-10-03"},
      {"Invoice date 10/03/2026", "2026-10-03"},      {"Billing date: 10/3/26", "2026-10-03"},
      {"Statement date 2026-10-03", "2026-10-03"},    {"Bill Date: Sept. 30, 2026", "2026-09-30"},
      {"STATEMENT DATE: NOV 2, 2026 PAGE 1", "2026-11-02"},
      {"Invoice Date: 02-Nov-2026", "2026-11-02"},      {"Issue date 2 November 2026", "2026-11-02"},
      {"Bill close date: 03-Oct-26", "2026-10-03"},     {"Closing Date 10/31/2026", "2026-10-31"},
  };
  for (const auto& [line, iso] : cases) {
    CAPTURE(line);
    const auto r = fieldsOf({line});
    REQUIRE(r.statement_date);
    CHECK(r.statement_date->value == iso);
  }
  SUBCASE("no real calendar date, no statement date") { CHECK_FALSE(fieldsOf({"Bill date: 02/30/2026"}).statement_date); }
  SUBCASE("a label printed above its date") {
    const auto r = fieldsOf({"Statement date", "Oct 3, 2026"});
    REQUIRE(r.statement_date);
    CHECK(r.statement_date->at.line == 2);
  }
}

TEST_CASE("billing periods: the first date's year comes from the second's") {
  const std::vector<std::tuple<std::string, std::string, std::string>> cases = {
      {"Billing period: Sep 4 - Oct 3, 2026", "2026-09-04", "2026-10-03"},
      {"Bill period Dec 16 to Jan 15, 2027", "2026-12-16", "2027-01-15"},
      {"Service period 10/03/2026 \xE2\x80\x93 11/02/2026", "2026-10-03", "2026-11-02"},
      {"Billing cycle: October 3, 2026 through November 2, 2026", "2026-10-03", "2026-11-02"},
  };
  for (const auto& [line, from, to] : cases) {
    CAPTURE(line);
    const auto r = fieldsOf({line});
    REQUIRE(r.billing_period);
    CHECK(r.billing_period->from == from);
    CHECK(r.billing_period->to == to);
  }
}

TEST_CASE("account numbers are read by their labels, as printed") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"Account number: 8351 0427 9916", "8351 0427 9916"}, {"Account # 123456789-00001", "123456789-00001"},
      {"Acct No. 958 221 407 Page 1", "958 221 407"},       {"Billing account number 8499 05 012 3456789", "8499 05 012 3456789"},
      {"BAN 8245100012345678", "8245100012345678"},         {"Account: A1B2-99871", "A1B2-99871"},
      {"Acct#: 1234 5678", "1234 5678"},                    {"Customer account number: 55512345", "55512345"},
      {"ACCOUNT NO 1234-5678-90", "1234-5678-90"},
  };
  for (const auto& [line, value] : cases) {
    CAPTURE(line);
    const auto r = fieldsOf({line});
    REQUIRE(r.account_numbers.size() == 1);
    CHECK(r.account_numbers[0].value == value);
  }
  SUBCASE("words after the label are not an account number") {
    CHECK(fieldsOf({"Please include your account number with any payment", "Lines on this account", "2175550100"})
              .account_numbers.empty());
  }
  SUBCASE("an amount or a date after the label is not one") {
    CHECK(fieldsOf({"Account balance 45.00", "Account 10/03/2026"}).account_numbers.empty());
  }
}

TEST_CASE("every phone number on the bill, in E.164, through the core's number parser") {
  const auto r = fieldsOf({"(217) 544-0111 Business", "217-544-0112, 217.544.0113 and 217 544 0114",
                           "+1 512 555 0190 / 1-800-331-0500", "2175440115", "Account 217-544-0116-001", "Ref 12175440117890"});
  std::vector<std::string> numbers;
  for (const auto& n : r.phone_numbers) numbers.push_back(n.value);
  CHECK(numbers == std::vector<std::string>{"+12175440111", "+12175440112", "+12175440113", "+12175440114", "+15125550190",
                                            "+18003310500", "+12175440115"});
}

TEST_CASE("the carrier is the one the bill names most, from the carrier table") {
  CHECK(fieldsOf({"AT&T", "Thank you for choosing AT&T"}).carrier->value == "AT&T");
  CHECK(fieldsOf({"T-Mobile for Business", "Monthly charges"}).carrier->value == "T-Mobile");
  SUBCASE("an ordinary word once is not a carrier") { CHECK_FALSE(fieldsOf({"1200 Metro Center Blvd"}).carrier); }
}

TEST_CASE("documents that are not PDFs are told apart") {
  CHECK(portcheck::readDocumentGlyphs("").fault_code == "document.empty");
  CHECK(portcheck::readDocumentGlyphs("hello").fault_code == "document.not_pdf");
  CHECK(portcheck::readDocumentGlyphs("\xFF\xD8\xFF\xE0rest").kind == portcheck::DocumentKind::Image);
  CHECK(portcheck::readDocumentGlyphs("\x89PNG\r\n\x1A\nrest").media_type == "image/png");
  CHECK(portcheck::readDocumentGlyphs("%PDF-1.7\ngarbage").fault_code == "document.damaged");
  portcheck::DocumentLimits small;
  small.max_input_bytes = 4;
  CHECK(portcheck::readDocumentGlyphs("%PDF-1.7", small).fault_code == "document.too_large");
  const auto bill = portcheck::readBill("%PDF-1.7\ngarbage");
  CHECK_FALSE(bill.usable);
  CHECK(portcheck::billJson(bill).find("\"document.damaged\"") != std::string::npos);
}

namespace {
// A one-page PDF around a content stream, without a cross-reference table (qpdf rebuilds it).
std::string onePagePdf(const std::string& content) {
  return "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
         "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
         "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> "
         "/Contents 5 0 R >> endobj\n"
         "4 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj\n"
         "5 0 obj << /Length " +
         std::to_string(content.size()) + " >> stream\n" + content +
         "\nendstream endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";
}
bool saysLimit(const portcheck::BillReading& r, const std::string& words) {
  for (const auto& l : r.limits) {
    if (l.find(words) != std::string::npos) return true;
  }
  return false;
}
std::string repeated(const std::string& piece, int times) {
  std::string out;
  for (int i = 0; i < times; ++i) out += piece;
  return out;
}
}  // namespace

TEST_CASE("a bill's own text is read and its fields found") {
  const auto r = portcheck::readBill(onePagePdf("BT /F1 12 Tf 72 700 Td (Statement date: Oct 3, 2026) Tj ET"));
  REQUIRE(r.usable);
  CHECK(r.text_layer);
  REQUIRE(r.statement_date);
  CHECK(r.statement_date->value == "2026-10-03");
  CHECK(r.limits.empty());
}

TEST_CASE("the content interpreter: operands of every kind, inline images and stray tokens") {
  // A marked-content dictionary and a boolean hold their operand's place; an inline image's
  // bytes (which look like operators) are skipped to its EI; a TJ array keeps its own strings
  // and numbers, not those of an array nested in it; a stray ']' and '>>' are ignored.
  const auto r = portcheck::readBill(onePagePdf(
      "/Span << /ActualText (x) /Nested << /K [1 2] >> >> BDC true pop "
      "BT /F1 12 Tf 72 700 Td (Account) Tj ET EMC "
      "BI /W 4 /H 1 /BPC 8 /CS /G ID (Tj) Tj ] >> EI "
      "BT /F1 12 Tf 72 680 Td [(Sta) -20 (tement) [(no) (t)] 0 ( date)] TJ ET ] >> "
      "BT /F1 12 Tf 72 660 Td 1e999 Tc 99999999999999999999 Tw (due) Tj ET"));
  REQUIRE(r.usable);
  CHECK(r.text == std::vector<std::vector<std::string>>{{"Account", "Statement date", "due"}});
}

TEST_CASE("qpdf built without iostreams writes numbers as its streams did, and never compresses") {
  // cmake/patches/qpdf/0005 and 0004, on in both builds (scripts/deps-*.sh).
  CHECK(QUtil::int_to_string_base(255, 16) == "ff");
  CHECK(QUtil::int_to_string_base(8, 8, 4) == "0010");
  CHECK(QUtil::int_to_string_base(-1, 16) == "ffffffffffffffff");
  CHECK(QUtil::uint_to_string_base(255, 16, -4) == "ff  ");
  CHECK(QUtil::double_to_string(1.5, 2) == "1.5");
  CHECK(QUtil::double_to_string(2.0 / 3, 3, false) == "0.667");
  CHECK(QUtil::double_to_string(-1e20, 1) == "-100000000000000000000");
  CHECK_THROWS_WITH_AS(QIntC::to_int(5'000'000'000LL), "integer out of range converting 5000000000 from a 8-byte signed type to a 4-byte signed type", std::range_error);
  Pl_Buffer out("out");
  Pl_Flate deflate("deflate", &out, Pl_Flate::a_deflate);
  CHECK_THROWS_WITH_AS(deflate.write(reinterpret_cast<const unsigned char*>("text"), 4),
                       "deflate: deflate: Init: this build has no compressor", std::runtime_error);
}

TEST_CASE("each reading limit stops the reading where it is and says so") {
  const std::string many = "BT /F1 12 Tf 72 700 Td " + repeated("(a) Tj ", 5000) + "ET";
  SUBCASE("the clock") {
    portcheck::DocumentLimits limits;
    limits.max_milliseconds = 0;
    const auto r = portcheck::readBill(onePagePdf(many), limits);
    CHECK(saysLimit(r, "reading stopped"));
    CHECK(r.pages_read == 0);
  }
  SUBCASE("characters") {
    portcheck::DocumentLimits limits;
    limits.max_glyphs = 3;
    const auto r = portcheck::readBill(onePagePdf(many), limits);
    CHECK(saysLimit(r, "only the first 3 characters"));
    CHECK(r.text == std::vector<std::vector<std::string>>{{"aaa"}});
  }
  SUBCASE("operators per page") {
    portcheck::DocumentLimits limits;
    limits.max_operators_per_page = 10;
    CHECK(saysLimit(portcheck::readBill(onePagePdf(many), limits), "drawing operations"));
  }
  SUBCASE("an operand too large: the text before it is read") {
    const auto r = portcheck::readBill(
        onePagePdf("BT /F1 12 Tf 72 700 Td (Total due) Tj ET [" + repeated("1 ", 100'001) + "] pop BT (after) Tj ET"));
    CHECK(saysLimit(r, "values"));
    CHECK(r.text == std::vector<std::vector<std::string>>{{"Total due"}});
  }
  SUBCASE("an operand nested too deep") {
    const auto r = portcheck::readBill(onePagePdf("BT /F1 12 Tf 72 700 Td (Total due) Tj ET " + repeated("[", 70) + repeated("]", 70)));
    CHECK(saysLimit(r, "nested deeper"));
  }
}
