// Number eligibility: the shared case table, plus what the table cannot express.
#include <doctest/doctest.h>

#include <phonenumbers/phonenumberutil.h>

#include <set>
#include <utility>
#include <string>

#include "cases.hpp"
#include "portcheck/json.hpp"
#include "portcheck/numbers.hpp"

using portcheck::classifyNumber;
using portcheck::NumberCode;

TEST_CASE("every shared number case gets exactly its expected verdict") {
  const auto table = portcheck::test::loadCases("numbers.json");
  REQUIRE(table.at("cases").size() >= 60);
  for (const auto& c : table.at("cases")) {
    const std::string input = c.at("input");
    const std::string note = c.at("note");
    CAPTURE(input);
    CAPTURE(note);
    auto expected = c;
    expected.erase("note");
    const auto actual = nlohmann::ordered_json::parse(
        portcheck::numberVerdictJson(classifyNumber(input)));
    CHECK(actual.dump() == expected.dump());
  }
}

TEST_CASE("the shared cases cover every verdict code") {
  const auto table = portcheck::test::loadCases("numbers.json");
  for (const auto code : {"ok", "unverified", "canadian", "international", "toll_free",
                          "premium_rate", "non_geographic", "fictional", "invalid"}) {
    CAPTURE(code);
    bool seen = false;
    for (const auto& c : table.at("cases")) seen = seen || c.at("code") == code;
    CHECK(seen);
  }
}

TEST_CASE("only US and territory numbers are eligible, unverified ones included") {
  CHECK(portcheck::isEligible(NumberCode::Ok));
  CHECK(portcheck::isEligible(NumberCode::Unverified));
  for (const auto code : {NumberCode::Canadian, NumberCode::International, NumberCode::TollFree,
                          NumberCode::PremiumRate, NumberCode::NonGeographic,
                          NumberCode::Fictional, NumberCode::Invalid}) {
    CHECK_FALSE(portcheck::isEligible(code));
  }
  for (const auto region : {"US", "PR", "VI", "GU", "MP", "AS"}) CHECK(portcheck::isUsOrTerritory(region));
  for (const auto region : {"CA", "JM", "GB", "", "us", "ZZ"}) CHECK_FALSE(portcheck::isUsOrTerritory(region));
}

TEST_CASE("a typed extension is kept apart from the number") {
  struct Case {
    const char* typed;
    const char* extension;
  };
  for (const auto& c : {Case{"(217) 544-0111 x123", "123"}, Case{"(217) 544-0111 ext. 5", "5"},
                        Case{"217-544-0111 extension 77", "77"}, Case{"(217) 544-0111", ""}}) {
    CAPTURE(c.typed);
    const auto v = classifyNumber(c.typed);
    CHECK(v.extension == c.extension);
    CHECK(v.e164 == "+12175440111");
    CHECK(v.code == NumberCode::Ok);
  }
}

TEST_CASE("text that is not well-formed UTF-8 is an invalid number, not an error") {
  for (const std::string& bad : {std::string("\xff\xfe"), std::string("217\xc3"),
                                std::string("(217) 544-0111\xed\xa0\x80"),
                                std::string("217\0 544 0111", 13)}) {
    const auto v = classifyNumber(bad);
    CHECK(v.code == NumberCode::Invalid);
    CHECK(v.input == bad);
    // Rendering replaces the ill-formed bytes instead of throwing.
    CHECK_NOTHROW(portcheck::numberVerdictJson(v));
  }
}

TEST_CASE("very long input is invalid and answered quickly") {
  CHECK(classifyNumber(std::string(100000, '2')).code == NumberCode::Invalid);
  CHECK(classifyNumber(std::string(100000, 'x')).code == NumberCode::Invalid);
}

TEST_CASE("a pasted list splits on newlines, commas, semicolons and tabs, never on spaces") {
  using V = std::vector<std::string>;
  CHECK(portcheck::splitNumberList("") == V{});
  CHECK(portcheck::splitNumberList(" \n\n ,; \t") == V{});
  CHECK(portcheck::splitNumberList("(217) 544-0111") == V{"(217) 544-0111"});
  CHECK(portcheck::splitNumberList("217 544 0111\r\n217 544 0112\n") == V{"217 544 0111", "217 544 0112"});
  CHECK(portcheck::splitNumberList("a,b;c\td\re") == V{"a", "b", "c", "d", "e"});
  CHECK(portcheck::splitNumberList("  a  ,,  b  ") == V{"a", "b"});
}

TEST_CASE("verdict JSON has the six fields of SPEC §6 in order, nulls when unknown") {
  CHECK(portcheck::numberVerdictJson(classifyNumber("(787) 724-2000")) ==
        R"({"input":"(787) 724-2000","e164":"+17877242000","region":"PR","type":"fixed_line_or_mobile","eligible":true,"code":"ok"})");
  CHECK(portcheck::numberVerdictJson(classifyNumber("nope")) ==
        R"({"input":"nope","e164":null,"region":null,"type":null,"eligible":false,"code":"invalid"})");
  CHECK(portcheck::numberVerdictsJson({}) == "[]");
}

TEST_CASE("a foreign number's message names its country, for every region libphonenumber knows") {
  std::set<std::string> regions;
  i18n::phonenumbers::PhoneNumberUtil::GetInstance()->GetSupportedRegions(&regions);
  regions.insert("001");  // numbers of global services (+800, +808, +870, …)
  CHECK(regions.size() > 240);
  for (const auto& region : regions) {
    INFO("region " << region);
    const std::string_view name = portcheck::countryName(region);
    CHECK(name != region);
    CHECK(name.size() > 3);
  }
  CHECK(portcheck::countryName("GB") == "United Kingdom");
  CHECK(portcheck::countryName("KR") == "South Korea");  // ISO's common name
  CHECK(portcheck::countryName("JM") == "Jamaica");
  CHECK(portcheck::countryName("ZZ") == "ZZ");
  CHECK(portcheck::describeVerdict(classifyNumber("+44 20 7946 0000")) ==
        "Number from outside the US (United Kingdom): Outreach can port numbers from the US and its territories only.");
  CHECK(portcheck::describeVerdict(classifyNumber("+800 1234 5678")) ==
        "Number from outside the US (a global service): Outreach can port numbers from the US and its territories only.");
}

TEST_CASE("an eligible number's message names its place as customers know it") {
  const std::pair<const char*, const char*> cases[] = {
      {"(217) 544-0111", "US"},
      {"(787) 724-2000", "Puerto Rico"},
      {"(340) 774-1234", "U.S. Virgin Islands"},  // ISO words it "Virgin Islands, U.S."
      {"(671) 300-1234", "Guam"},
      {"(670) 234-1234", "Northern Mariana Islands"},
      {"(684) 633-1234", "American Samoa"}};
  for (const auto& [typed, place] : cases) {
    INFO(typed);
    CHECK(portcheck::describeVerdict(classifyNumber(typed)) == std::string(place) + " number: eligible to port.");
  }
}
