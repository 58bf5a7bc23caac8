// The fast path (generated NANP prefix table) against the reference classifier
// (libphonenumber). The build already compared every prefix the table distinguishes
// (core/gen/nanp_table_gen.cpp); these tests keep a sampled check in every build, cover the
// typed formats the scanner accepts or refuses, and walk every area code and exchange.
#include <doctest/doctest.h>

#include <cstdint>
#include <cstdio>
#include <random>
#include <string>

#include "nanp_fast.hpp"
#include "numbers_reference.hpp"
#include "portcheck/json.hpp"
#include "portcheck/numbers.hpp"

namespace {

using portcheck::classifyNumber;
using portcheck::detail::classifyNumberReference;
using portcheck::detail::classifyTypedNanp;

// A verdict as the customer sees it: the JSON and the message (which names an invalid
// number's fault: "Area code 200 is not in service").
std::string shown(const portcheck::NumberVerdict& v) {
  return portcheck::numberVerdictJson(v) + " " + portcheck::describeVerdict(v);
}

void expectSame(const std::string& typed) {
  const auto fast = shown(classifyNumber(typed));
  const auto reference = shown(classifyNumberReference(typed));
  if (fast != reference) {
    CAPTURE(typed);
    CHECK(fast == reference);
  }
}

// The ways people type a ten-digit number, as the fast path accepts them.
std::string typedAs(const std::string& d, int style) {
  const std::string a = d.substr(0, 3), b = d.substr(3, 3), c = d.substr(6, 4);
  switch (style % 9) {
    case 0: return d;
    case 1: return "(" + a + ") " + b + "-" + c;
    case 2: return a + "-" + b + "-" + c;
    case 3: return a + "." + b + "." + c;
    case 4: return "+1 " + a + " " + b + " " + c;
    case 5: return "1-" + a + "-" + b + "-" + c;
    case 6: return "+1" + d;
    case 7: return " 1 (" + a + ")" + b + "." + c + " ";
    default: return "1" + d;
  }
}

}  // namespace

TEST_CASE("the fast path answers plain typed NANP numbers and leaves everything else alone") {
  for (const char* typed : {"2175440111", "(217) 544-0111", "217.544.0111", "217-544-0111",
                            "+1 217 544 0111", "1-217-544-0111", "12175440111", "+12175440111",
                            "  (787) 724-2000  ", "800-555-0199", "(416) 555-0100"}) {
    CAPTURE(typed);
    CHECK(classifyTypedNanp(typed).has_value());
  }
  for (const char* typed : {"", "217-544-011", "217-544-01111", "02175440111", "1175440111",
                            "+2175440111", "+44 20 7946 0958", "(+1) 217 544 0111",
                            "217-544-0111 x12", "1-800-FLOWERS", "011 44 20 7946 0958",
                            "２１７５４４０１１１", "217/544/0111", "217\t544\t0111",
                            "++1 217 544 0111", "1 + 217 544 0111"}) {
    CAPTURE(typed);
    CHECK_FALSE(classifyTypedNanp(typed).has_value());
  }
  // Over 64 characters of punctuation: no one types that; the reference decides.
  CHECK_FALSE(classifyTypedNanp(std::string(60, ' ') + "2175440111").has_value());
}

TEST_CASE("fast and reference verdicts agree on the edges of the accepted formats") {
  for (const char* typed :
       {"2175440111", "+1 217 544 0111", "1 217 544 0111", "+ 1 217 544 0111", "+1-217-544-0111",
        "((217)) 544--0111", "217)544(0111", "-217-544-0111-", ".2175440111.", "1 2175440111",
        "(1) 217 544 0111", "2175550100", "2175550199", "2175550200", "2175550099",
        "2172110000", "2179110000", "2170110000", "2171110000", "9005550123", "8005550123",
        "5005550123", "6045550123", "8765550123", "7875550123", "3405550123", "6715550123",
        "6705550123", "6845550123", "9595550123", "3705550123", "2955550123", "5555550123",
        "9505550123", "2005550123", "3052090000", "3052080000", "+1 (876) 555-0100"}) {
    CAPTURE(typed);
    CHECK(classifyNumber(typed).input == typed);
    const auto fast = shown(classifyNumber(typed));
    const auto reference = shown(classifyNumberReference(typed));
    CHECK(fast == reference);
  }
}

TEST_CASE("fast and reference verdicts agree on 100,000 seeded numbers in every typed style") {
  std::mt19937_64 random(6);  // issue 6; fixed so a failure can be replayed
  for (int i = 0; i < 100000; ++i) {
    std::string d = std::to_string(2 + random() % 8);
    for (int k = 0; k < 9; ++k) d.push_back(char('0' + random() % 10));
    // One in four lands on the exchanges with special rules: 555-01XX and N11.
    if (i % 8 == 1) d.replace(3, 5, "55501");
    if (i % 8 == 2) d.replace(4, 2, "11");
    expectSame(typedAs(d, i));
  }
}

TEST_CASE("exhaustive: fast and reference verdicts agree for every area code and exchange") {
  // 800 area codes × 1,000 exchanges, with a line in 555-01XX (fictional when the exchange is
  // 555) and an ordinary one: every NPA-NXX pair the metadata could tell apart at that depth.
  std::mt19937_64 random(1);
  for (int npa = 200; npa <= 999; ++npa) {
    for (int nxx = 0; nxx <= 999; ++nxx) {
      char d[11];
      std::snprintf(d, sizeof d, "%03d%03d%04d", npa, nxx, 100 + int(random() % 9900));
      expectSame(d);
      std::snprintf(d, sizeof d, "%03d%03d01%02d", npa, nxx, int(random() % 100));
      expectSame(d);
    }
  }
}
