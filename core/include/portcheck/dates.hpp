// Calendar dates for the rules: ISO YYYY-MM-DD, day arithmetic, and US business days
// (weekends and US federal holidays skipped) for the port timeline.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace portcheck {

class Date {
 public:
  Date() = default;  // 1970-01-01; real dates come from parseIso, fromYmd or today
  // Only real calendar dates in years 1900–9999 parse ("2026-02-30" does not).
  static std::optional<Date> parseIso(std::string_view text);
  static Date fromYmd(int year, unsigned month, unsigned day);
  static Date today();  // the local date of the machine (or browser) running the check

  std::string iso() const;
  int year() const;
  unsigned month() const;
  unsigned day() const;
  unsigned weekday() const;  // 0 = Sunday … 6 = Saturday

  Date plusDays(long days) const { return Date(days_ + days); }
  long daysSince(Date earlier) const { return days_ - earlier.days_; }
  auto operator<=>(const Date&) const = default;

 private:
  explicit Date(long daysSinceEpoch) : days_(daysSinceEpoch) {}
  long days_ = 0;  // days since 1970-01-01
};

// A date as people say it: "Fri, Nov 27, 2026".
std::string spokenDate(Date date);

// A US federal holiday as observed by businesses (Saturday → Friday, Sunday → Monday).
bool isUsFederalHoliday(Date date);
bool isBusinessDay(Date date);
// The date `count` business days after `from` (from itself is not counted).
Date addBusinessDays(Date from, int count);
// `date` itself if it is a business day, else the next one.
Date nextBusinessDay(Date date);

}  // namespace portcheck
