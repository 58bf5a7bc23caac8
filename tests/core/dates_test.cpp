// Dates, business days and US federal holidays.
#include <doctest/doctest.h>

#include "portcheck/dates.hpp"

using portcheck::Date;

TEST_CASE("only real calendar dates in ISO form parse") {
  CHECK(Date::parseIso("2026-11-25")->iso() == "2026-11-25");
  CHECK(Date::parseIso("2024-02-29"));
  for (const auto bad : {"2026-02-29", "2026-13-01", "2026-00-10", "2026-11-31", "26-11-25", "2026/11/25",
                         "2026-11-2", "", "1899-12-31", "２０２６-11-25"}) {
    CAPTURE(bad);
    CHECK_FALSE(Date::parseIso(bad));
  }
}

TEST_CASE("day arithmetic and weekdays") {
  const Date d = *Date::parseIso("2026-11-25");
  CHECK(d.weekday() == 3);  // a Wednesday
  CHECK(d.plusDays(36).iso() == "2026-12-31");
  CHECK(d.plusDays(37).iso() == "2027-01-01");
  CHECK(d.daysSince(*Date::parseIso("2026-10-26")) == 30);
  CHECK(Date::parseIso("1969-12-31")->weekday() == 3);
}

TEST_CASE("US federal holidays, observed on the nearest weekday") {
  struct Case { const char* date; bool holiday; };
  for (const auto& c : {Case{"2026-01-01", true}, Case{"2026-01-19", true}, Case{"2026-02-16", true},
                        Case{"2026-05-25", true}, Case{"2026-06-19", true}, Case{"2026-07-03", true},
                        Case{"2026-07-04", false},  // a Saturday: observed on Friday the 3rd
                        Case{"2026-09-07", true}, Case{"2026-10-12", true}, Case{"2026-11-11", true},
                        Case{"2026-11-26", true}, Case{"2026-12-25", true}, Case{"2026-11-27", false},
                        Case{"2027-12-31", true},   // New Year's Day 2028 is a Saturday
                        Case{"2027-12-24", true}}) {  // Christmas 2027 is a Saturday
    CAPTURE(c.date);
    CHECK(portcheck::isUsFederalHoliday(*Date::parseIso(c.date)) == c.holiday);
  }
}

TEST_CASE("business days skip weekends and holidays") {
  CHECK(portcheck::addBusinessDays(*Date::parseIso("2026-11-25"), 1).iso() == "2026-11-27");  // Thanksgiving
  CHECK(portcheck::addBusinessDays(*Date::parseIso("2026-11-27"), 1).iso() == "2026-11-30");  // weekend
  CHECK(portcheck::addBusinessDays(*Date::parseIso("2026-12-24"), 1).iso() == "2026-12-28");  // Christmas
  CHECK(portcheck::nextBusinessDay(*Date::parseIso("2026-12-26")).iso() == "2026-12-28");
}
