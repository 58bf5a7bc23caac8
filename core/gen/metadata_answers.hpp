// What libphonenumber says of a number — parse, validity (or possibility), region, type — as
// one line: "+441212345678 valid GB 0". The metadata trimmer writes these lines with the full
// metadata (core/gen/metadata_trim.cpp); tests/core/metadata_test.cpp asks the same questions
// of the trimmed metadata, through this same function, and expects the answers
// trimmedAnswers() derives from the full ones.
#pragma once

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <cstddef>
#include <list>
#include <string>

namespace portcheck::gen {

// Which regions keep their number-type patterns in the trimmed metadata. The NANP's regions
// keep everything: the core's verdicts for +1 numbers are made of their validity, type and
// region. So do regions that share a calling code with another (+44: GB, GG, IM, JE; +7: RU,
// KZ; …): libphonenumber tells them apart by those patterns, and the customer must hear the
// right country. Elsewhere the calling code alone names the country, which is all the core
// says of a foreign number; those regions keep only what parsing and "is it possible" use
// (prefixes, the general pattern, possible lengths).
inline bool keepsNumberTypes(int country_code, std::size_t regions_with_this_code) {
  return country_code == 1 || regions_with_this_code > 1;
}

inline std::string metadataAnswers(const std::string& typed) {
  namespace pn = i18n::phonenumbers;
  const auto& util = *pn::PhoneNumberUtil::GetInstance();
  pn::PhoneNumber number;
  if (util.Parse(typed, "ZZ", &number) != pn::PhoneNumberUtil::NO_PARSING_ERROR) return typed + " unparsed - -";
  std::string region;
  util.GetRegionCodeForNumber(number, &region);
  const char* validity = util.IsValidNumber(number) ? " valid " : (util.IsPossibleNumber(number) ? " possible " : " impossible ");
  return typed + validity + region + " " + std::to_string(static_cast<int>(util.GetNumberType(number)));
}

// The answer the trimmed metadata owes for a line the full metadata gave: the same, except that
// a valid number of a region without number types is only possible, of unknown type.
inline std::string trimmedAnswers(const std::string& full_answer) {
  namespace pn = i18n::phonenumbers;
  const auto& util = *pn::PhoneNumberUtil::GetInstance();
  const std::string typed = full_answer.substr(0, full_answer.find(' '));
  pn::PhoneNumber number;
  if (util.Parse(typed, "ZZ", &number) != pn::PhoneNumberUtil::NO_PARSING_ERROR) return full_answer;
  std::list<std::string> regions;
  util.GetRegionCodesForCountryCallingCode(number.country_code(), &regions);
  const std::string valid = typed + " valid ";
  if (keepsNumberTypes(number.country_code(), regions.size()) || full_answer.rfind(valid, 0) != 0) {
    return full_answer;
  }
  const std::string rest = full_answer.substr(valid.size());  // "GB 0"
  return typed + " possible " + rest.substr(0, rest.find(' ')) + " " +
         std::to_string(static_cast<int>(pn::PhoneNumberUtil::UNKNOWN));
}

}  // namespace portcheck::gen
