// The trimmed metadata (core/gen/metadata_trim.cpp) answers as the full metadata does: for
// every example number of every region and type, and the same one digit short and one digit
// long, libphonenumber's parse, validity, region and type are those the full metadata gave at
// build time.
#include <doctest/doctest.h>

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <fstream>
#include <string>

namespace pn = i18n::phonenumbers;

namespace {

// The same line as the trimming tool writes, from the metadata linked here (the trimmed one).
std::string answers(const std::string& typed) {
  const auto& util = *pn::PhoneNumberUtil::GetInstance();
  pn::PhoneNumber number;
  if (util.Parse(typed, "ZZ", &number) != pn::PhoneNumberUtil::NO_PARSING_ERROR) return typed + " unparsed - -";
  std::string region;
  util.GetRegionCodeForNumber(number, &region);
  return typed + (util.IsValidNumber(number) ? " valid " : (util.IsPossibleNumber(number) ? " possible " : " impossible ")) +
         region + " " + std::to_string(static_cast<int>(util.GetNumberType(number)));
}

}  // namespace

TEST_CASE("the trimmed metadata answers as the full one for every region's example numbers") {
  std::ifstream in(PORTCHECK_METADATA_EXAMPLES);
  REQUIRE(in);
  std::string expected;
  int lines = 0, valid = 0;
  while (std::getline(in, expected)) {
    ++lines;
    valid += expected.find(" valid ") != std::string::npos ? 1 : 0;
    const std::string actual = answers(expected.substr(0, expected.find(' ')));
    if (actual != expected) CHECK(actual == expected);
  }
  CHECK(lines > 3000);
  CHECK(valid > 1000);
}
