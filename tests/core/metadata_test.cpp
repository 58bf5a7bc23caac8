// The trimmed metadata (core/gen/metadata_trim.cpp) answers as the full metadata does: for
// every example number of every region and type, and the same one digit short and one digit
// long, libphonenumber's parse, possibility and region are those the full metadata gave at
// build time, and so are validity and type wherever a region keeps its number types. The same
// questions, asked by the same function (core/gen/metadata_answers.hpp).
#include <doctest/doctest.h>

#include <fstream>
#include <string>

#include "metadata_answers.hpp"

TEST_CASE("the trimmed metadata answers as the full one for every region's example numbers") {
  std::ifstream in(PORTCHECK_METADATA_EXAMPLES);
  REQUIRE(in);
  std::string full;
  int lines = 0, still_valid = 0, now_possible = 0;
  while (std::getline(in, full)) {
    ++lines;
    const std::string expected = portcheck::gen::trimmedAnswers(full);
    still_valid += expected.find(" valid ") != std::string::npos ? 1 : 0;
    now_possible += expected != full ? 1 : 0;
    const std::string actual = portcheck::gen::metadataAnswers(full.substr(0, full.find(' ')));
    if (actual != expected) CHECK(actual == expected);
  }
  CHECK(lines > 3000);
  CHECK(still_valid > 300);   // the NANP and the regions sharing a calling code
  CHECK(now_possible > 500);  // the rest: named by the calling code
}

TEST_CASE("regions that share a calling code are still told apart") {
  using portcheck::gen::metadataAnswers;
  CHECK(metadataAnswers("+447400123456") == "+447400123456 valid GB 1");
  CHECK(metadataAnswers("+441534456789") == "+441534456789 valid JE 0");
  CHECK(metadataAnswers("+77123456789") == "+77123456789 valid KZ 0");
  CHECK(metadataAnswers("+18765230123") == "+18765230123 valid JM 2");
  // A calling code of its own: the country is named, the type no longer looked up.
  CHECK(metadataAnswers("+4930123456") == "+4930123456 possible DE 11");
  CHECK(metadataAnswers("+33612345678") == "+33612345678 possible FR 11");
}
