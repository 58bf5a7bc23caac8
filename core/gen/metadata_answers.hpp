// What the core asks of libphonenumber about a number — parse, validity (or possibility),
// region, type — as one line: "+441212345678 valid GB 0". The metadata trimmer writes these
// lines with the full metadata (core/gen/metadata_trim.cpp); tests/core/metadata_test.cpp asks
// the same questions of the trimmed metadata, through this same function.
#pragma once

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <string>

namespace portcheck::gen {

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

}  // namespace portcheck::gen
