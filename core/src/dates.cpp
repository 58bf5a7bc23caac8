// Date arithmetic on days since 1970-01-01, with the proleptic Gregorian conversions of
// Howard Hinnant's well-known civil-calendar algorithms, and the US federal holiday rules
// (5 U.S.C. 6103) for business days.
#include "portcheck/dates.hpp"

#include <array>
#include <cstdio>
#include <ctime>

namespace portcheck {
namespace {

struct Ymd {
  int y;
  unsigned m, d;
};

long daysFromCivil(int y, unsigned m, unsigned d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}

Ymd civilFromDays(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return {static_cast<int>(static_cast<long>(yoe) + era * 400 + (m <= 2)), m, d};
}

unsigned daysInMonth(int y, unsigned m) {
  static constexpr std::array<unsigned, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return m == 2 && leap ? 29 : kDays[m - 1];
}

// The n-th (1-based) given weekday of a month; n = 5 means the last one.
Date nthWeekday(int year, unsigned month, unsigned weekday, int n) {
  if (n == 5) {
    Date last = Date::fromYmd(year, month, daysInMonth(year, month));
    return last.plusDays(-static_cast<long>((last.weekday() + 7 - weekday) % 7));
  }
  const Date first = Date::fromYmd(year, month, 1);
  return first.plusDays((weekday + 7 - first.weekday()) % 7 + 7L * (n - 1));
}

Date observed(Date fixed) {
  if (fixed.weekday() == 6) return fixed.plusDays(-1);
  if (fixed.weekday() == 0) return fixed.plusDays(1);
  return fixed;
}

}  // namespace

std::optional<Date> Date::parseIso(std::string_view t) {
  if (t.size() != 10 || t[4] != '-' || t[7] != '-') return std::nullopt;
  int parts[3] = {0, 0, 0};
  const int starts[3] = {0, 5, 8}, lengths[3] = {4, 2, 2};
  for (int i = 0; i < 3; ++i) {
    for (int k = 0; k < lengths[i]; ++k) {
      const char c = t[static_cast<std::size_t>(starts[i] + k)];
      if (c < '0' || c > '9') return std::nullopt;
      parts[i] = parts[i] * 10 + (c - '0');
    }
  }
  const int y = parts[0];
  const unsigned m = static_cast<unsigned>(parts[1]), d = static_cast<unsigned>(parts[2]);
  if (y < 1900 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return std::nullopt;
  return fromYmd(y, m, d);
}

Date Date::fromYmd(int year, unsigned month, unsigned day) { return Date(daysFromCivil(year, month, day)); }

Date Date::today() {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
#if defined(_WIN32)
  localtime_s(&local, &now);
#else
  localtime_r(&now, &local);
#endif
  return fromYmd(local.tm_year + 1900, static_cast<unsigned>(local.tm_mon + 1),
                 static_cast<unsigned>(local.tm_mday));
}

std::string Date::iso() const {
  const Ymd c = civilFromDays(days_);
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", c.y, c.m, c.d);
  return buffer;
}

int Date::year() const { return civilFromDays(days_).y; }
unsigned Date::month() const { return civilFromDays(days_).m; }
unsigned Date::day() const { return civilFromDays(days_).d; }
unsigned Date::weekday() const {
  const long w = (days_ + 4) % 7;  // 1970-01-01 was a Thursday
  return static_cast<unsigned>(w < 0 ? w + 7 : w);
}

bool isUsFederalHoliday(Date date) {
  const int y = date.year();
  // New Year's Day of next year can be observed on Dec 31 of this one.
  const Date holidays[] = {
      observed(Date::fromYmd(y, 1, 1)),     observed(Date::fromYmd(y + 1, 1, 1)),
      nthWeekday(y, 1, 1, 3),               // Martin Luther King Jr. Day: 3rd Monday of January
      nthWeekday(y, 2, 1, 3),               // Washington's Birthday: 3rd Monday of February
      nthWeekday(y, 5, 1, 5),               // Memorial Day: last Monday of May
      observed(Date::fromYmd(y, 6, 19)),    // Juneteenth
      observed(Date::fromYmd(y, 7, 4)),     // Independence Day
      nthWeekday(y, 9, 1, 1),               // Labor Day: 1st Monday of September
      nthWeekday(y, 10, 1, 2),              // Columbus Day: 2nd Monday of October
      observed(Date::fromYmd(y, 11, 11)),   // Veterans Day
      nthWeekday(y, 11, 4, 4),              // Thanksgiving: 4th Thursday of November
      observed(Date::fromYmd(y, 12, 25)),   // Christmas Day
  };
  for (const Date h : holidays) {
    if (h == date) return true;
  }
  return false;
}

bool isBusinessDay(Date date) {
  const unsigned wd = date.weekday();
  return wd != 0 && wd != 6 && !isUsFederalHoliday(date);
}

Date addBusinessDays(Date from, int count) {
  Date d = from;
  while (count > 0) {
    d = d.plusDays(1);
    if (isBusinessDay(d)) --count;
  }
  return d;
}

Date nextBusinessDay(Date date) {
  while (!isBusinessDay(date)) date = date.plusDays(1);
  return date;
}

std::string spokenDate(Date date) {
  static constexpr std::array<std::string_view, 7> kDays = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static constexpr std::array<std::string_view, 12> kMonths = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                               "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  return std::string(kDays[date.weekday() % 7]) + ", " + std::string(kMonths[(date.month() + 11) % 12]) + " " +
         std::to_string(date.day()) + ", " + std::to_string(date.year());
}

}  // namespace portcheck
