// The trimmed metadata (core/gen/metadata_trim.cpp) answers as the full metadata does: for
// every example number of every region and type, and the same one digit short and one digit
// long, libphonenumber's parse, validity, region and type are those the full metadata gave at
// build time. The same questions, asked by the same function (core/gen/metadata_answers.hpp).
#include <doctest/doctest.h>

#include <fstream>
#include <string>

#include "metadata_answers.hpp"

TEST_CASE("the trimmed metadata answers as the full one for every region's example numbers") {
  std::ifstream in(PORTCHECK_METADATA_EXAMPLES);
  REQUIRE(in);
  std::string expected;
  int lines = 0, valid = 0;
  while (std::getline(in, expected)) {
    ++lines;
    valid += expected.find(" valid ") != std::string::npos ? 1 : 0;
    const std::string actual = portcheck::gen::metadataAnswers(expected.substr(0, expected.find(' ')));
    if (actual != expected) CHECK(actual == expected);
  }
  CHECK(lines > 3000);
  CHECK(valid > 1000);
}
