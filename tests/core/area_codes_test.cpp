// The NANP area-code table: pinned row by row, agreeing with the linked metadata for every
// area code and exchange, and deciding the verdict of every number the metadata does not know.
#include <doctest/doctest.h>

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "portcheck/area_codes.hpp"
#include "portcheck/numbers.hpp"

namespace pn = i18n::phonenumbers;
using portcheck::AreaCodeSource;
using portcheck::AreaCodeStatus;
using portcheck::nanpAreaCode;

namespace {

std::map<std::string, std::string> rowsByNpa(const std::string& table) {
  std::map<std::string, std::string> rows;
  std::istringstream in(table);
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.rfind("npa\t", 0) != 0) rows[line.substr(0, 3)] = line;
  }
  return rows;
}

}  // namespace

TEST_CASE("the area-code table is the one pinned in tests/cases/area-codes.tsv") {
  // A refresh of the numbering data (a new libphonenumber-js pin) fails here, naming every
  // area code whose status, owner or verdict moved; scripts/update-golden.sh rewrites the file
  // once the changes are reviewed.
  std::ifstream file(PORTCHECK_CASES_DIR "/area-codes.tsv", std::ios::binary);
  REQUIRE(file);
  std::stringstream pinned;
  pinned << file.rdbuf();
  const auto want = rowsByNpa(pinned.str()), got = rowsByNpa(portcheck::areaCodeTable());
  REQUIRE(got.size() == 800);
  std::string changed;
  for (const auto& [npa, row] : got) {
    const auto it = want.find(npa);
    const std::string before = it == want.end() ? "(absent)" : it->second;
    if (before != row) changed += "\n  was: " + before + "\n  now: " + row;
  }
  INFO("area codes whose row changed (review, then scripts/update-golden.sh):" << changed);
  CHECK(changed.empty());
  CHECK(want.size() == 800);
}

TEST_CASE("exhaustive: the table agrees with the linked metadata for every area code and exchange") {
  const auto& util = *pn::PhoneNumberUtil::GetInstance();
  std::map<std::string, std::set<std::string>> regions_of;  // NPA → regions of its valid numbers
  for (int npa = 200; npa <= 999; ++npa) {
    for (int nxx = 200; nxx <= 999; ++nxx) {
      if (nxx % 100 == 11) continue;  // N11: never an exchange
      for (const unsigned line : {1234u, 6060u}) {
        pn::PhoneNumber number;
        number.set_country_code(1);
        number.set_national_number(static_cast<uint64_t>(npa) * 10000000u + nxx * 10000u + line);
        if (!util.IsValidNumber(number)) continue;
        std::string region;
        util.GetRegionCodeForNumber(number, &region);
        regions_of[std::to_string(npa)].insert(region);
      }
    }
  }
  REQUIRE(regions_of.size() > 400);

  for (int code = 200; code <= 999; ++code) {
    const std::string npa = std::to_string(code);
    CAPTURE(npa);
    const auto area = nanpAreaCode(npa);
    const auto it = regions_of.find(npa);
    if (it == regions_of.end()) {
      // The linked metadata knows no number here: only the newer metadata or a plan rule may
      // say more than "unassigned".
      CHECK((area.source == AreaCodeSource::Newer || area.source == AreaCodeSource::Plan ||
             area.status == AreaCodeStatus::Unassigned));
      continue;
    }
    REQUIRE(it->second.size() == 1);  // an area code belongs to one NANP member
    CHECK(area.inService());
    if (area.source != AreaCodeSource::Newer) CHECK(area.region == *it->second.begin());
    CHECK(area.source != AreaCodeSource::Plan);
    CHECK(area.source != AreaCodeSource::None);
  }
}

TEST_CASE("every US territory owns its area codes") {
  const std::map<std::string, std::string> territories = {
      {"787", "PR"}, {"939", "PR"}, {"340", "VI"}, {"671", "GU"}, {"670", "MP"}, {"684", "AS"}};
  for (const auto& [npa, region] : territories) {
    CAPTURE(npa);
    CHECK(nanpAreaCode(npa).status == AreaCodeStatus::UsTerritory);
    CHECK(nanpAreaCode(npa).region == region);
  }
  std::set<std::string> owned;
  for (int code = 200; code <= 999; ++code) {
    if (nanpAreaCode(std::to_string(code)).status == AreaCodeStatus::UsTerritory) owned.insert(std::to_string(code));
  }
  CHECK(owned.size() == territories.size());
}

TEST_CASE("area codes by kind: toll free, premium, personal, Canada, other members, the plan's rules") {
  for (const auto npa : {"800", "833", "844", "855", "866", "877", "888"}) {
    CAPTURE(npa);
    CHECK(nanpAreaCode(npa).status == AreaCodeStatus::TollFree);
  }
  for (const auto npa : {"822", "880", "881", "887", "889"}) {
    CAPTURE(npa);
    CHECK(nanpAreaCode(npa).status == AreaCodeStatus::TollFreeReserved);
    CHECK_FALSE(nanpAreaCode(npa).inService());
  }
  CHECK(nanpAreaCode("900").status == AreaCodeStatus::PremiumRate);
  CHECK(nanpAreaCode("500").status == AreaCodeStatus::Personal);
  CHECK(nanpAreaCode("700").status == AreaCodeStatus::NonGeographic);
  CHECK(nanpAreaCode("416").status == AreaCodeStatus::Canada);
  CHECK(nanpAreaCode("600").status == AreaCodeStatus::Canada);  // Canadian non-geographic services
  CHECK(nanpAreaCode("876").status == AreaCodeStatus::OtherMember);
  CHECK(nanpAreaCode("876").region == "JM");
  CHECK(nanpAreaCode("217").status == AreaCodeStatus::UsMainland);
  CHECK(nanpAreaCode("959").status == AreaCodeStatus::UsMainland);  // Connecticut, not a reserved 95X
  for (const auto npa : {"211", "311", "411", "911"}) CHECK(nanpAreaCode(npa).status == AreaCodeStatus::ServiceCode);
  for (const auto npa : {"290", "592", "999", "370", "379", "960", "969"}) {
    CAPTURE(npa);
    CHECK(nanpAreaCode(npa).status == AreaCodeStatus::Reserved);
  }
  CHECK(nanpAreaCode("200").status == AreaCodeStatus::Unassigned);
  CHECK_FALSE(nanpAreaCode("200").inService());
  CHECK(nanpAreaCode("20").status == AreaCodeStatus::Unassigned);
  CHECK(nanpAreaCode("12a").status == AreaCodeStatus::Unassigned);
  CHECK(nanpAreaCode("123").status == AreaCodeStatus::Unassigned);
}

TEST_CASE("the table names where it comes from: both metadata copies and their versions") {
  CHECK(std::string(portcheck::areaCodeProvenance()).rfind("libphonenumber 8.13.51 + libphonenumber-js ", 0) == 0);
}

TEST_CASE("a number in an area code that is not in service is invalid, and the message says why") {
  struct Case {
    const char* typed;
    portcheck::NumberFault fault;
    const char* message;
  };
  using F = portcheck::NumberFault;
  const Case cases[] = {
      {"(200) 555-1234", F::AreaCodeUnassigned, "Area code 200 is not in service: check the digits."},
      {"+1 290 555 1234", F::AreaCodeReserved, "Area code 290 is not in service (it is reserved in the numbering plan)"},
      {"822-555-1234", F::AreaCodeTollFreeReserved, "Area code 822 is not in service (it is held for future toll-free"},
      {"411-555-1234", F::AreaCodeServiceCode, "411 is a service code"},
      {"217-411-1234", F::ExchangeServiceCode, "The three digits after the area code cannot be 411"},
      {"217 044 1234", F::ExchangeStartsWith0Or1, "The three digits after the area code (044) cannot start with 0 or 1"},
      {"1-200-FLOWERS", F::AreaCodeUnassigned, "Area code 200 is not in service"},  // the reference, not the fast path
  };
  for (const auto& c : cases) {
    CAPTURE(c.typed);
    const auto v = portcheck::classifyNumber(c.typed);
    CHECK(v.code == portcheck::NumberCode::Invalid);
    CHECK(v.fault == c.fault);
    CHECK_FALSE(v.e164.has_value());
    CHECK(portcheck::describeVerdict(v).rfind(c.message, 0) == 0);
  }
}

TEST_CASE("an area code newer than the linked metadata is decided by its owner in the newer metadata") {
  // Only libphonenumber-js knew these when the table was pinned (tests/cases/area-codes.tsv).
  std::vector<std::string> newer;
  for (int code = 200; code <= 999; ++code) {
    const auto area = nanpAreaCode(std::to_string(code));
    if (area.source != AreaCodeSource::Newer) continue;
    newer.push_back(std::to_string(code));
    const auto v = portcheck::classifyNumber(std::to_string(code) + "-234-5678");
    CAPTURE(code);
    portcheck::NumberFault fault;
    CHECK(v.code == portcheck::codeForAreaCode(area, fault));
    CHECK(v.region == std::string(area.region));
    if (area.status == AreaCodeStatus::Canada) CHECK(v.code == portcheck::NumberCode::Canadian);
    if (area.status == AreaCodeStatus::UsMainland) CHECK(v.code == portcheck::NumberCode::Unverified);
    if (area.status == AreaCodeStatus::Personal) CHECK(v.code == portcheck::NumberCode::NonGeographic);
  }
  CHECK_FALSE(newer.empty());
}
