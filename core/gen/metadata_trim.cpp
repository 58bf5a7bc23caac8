// Build-time trimming of libphonenumber's metadata to what Port Pre-Check asks of it.
//
//   portcheck_metadata_trim OUTPUT.cc EXAMPLES.txt
//
// The core parses numbers, tells whether they are possible and valid, their type and region,
// and formats them as E.164 — never in national or international format. So, for every region,
// the formatting data (number formats, international formats, formatting rules, preferred
// prefixes), the short-number data and the example numbers are dropped. Regions outside the
// NANP that have a calling code of their own also lose their number-type patterns (fixed line,
// mobile, …): the calling code names the country, and naming it is all the core says of a
// foreign number (keepsNumberTypes() in metadata_answers.hpp says which regions keep them).
// Every pattern and length that parsing and "is it possible" depend on is kept everywhere, so
// every verdict is unchanged (the golden and number cases, natively and in WASM, and the NANP
// table built from the trimmed metadata and compared by tests/CI with the one from the full
// metadata, say so).
//
// Writes a C++ file with libphonenumber's metadata API (metadata_size, metadata_get), built in
// place of metadata.cc; and, before they are dropped, every region's example numbers — each
// also one digit short and one digit long — with what libphonenumber says of them with the
// full metadata ("+441212345678 valid GB 0" per line: number, validity, region, type code).
// tests/core/metadata_test.cpp asks the same of the trimmed metadata and expects every answer,
// or for a region without number types the answer trimmedAnswers() derives from it.
#include <phonenumbers/metadata.h>
#include <phonenumbers/phonemetadata.pb.h>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <string>

#include "metadata_answers.hpp"

namespace pn = i18n::phonenumbers;

namespace {

void trimDesc(pn::PhoneNumberDesc* desc) { desc->clear_example_number(); }

void writeExamples(const pn::PhoneMetadata& m, std::ostream& out) {
  for (const auto* desc : {&m.fixed_line(), &m.mobile(), &m.toll_free(), &m.premium_rate(), &m.shared_cost(),
                           &m.personal_number(), &m.voip(), &m.pager(), &m.uan(), &m.voicemail()}) {
    if (!desc->has_example_number()) continue;
    const std::string e164 = "+" + std::to_string(m.country_code()) + desc->example_number();
    using portcheck::gen::metadataAnswers;
    out << metadataAnswers(e164) << '\n' << metadataAnswers(e164.substr(0, e164.size() - 1)) << '\n'
        << metadataAnswers(e164 + "0") << '\n';
  }
}

// No numbers of any type: what the metadata itself says of a type a region does not have.
void dropNumberTypes(pn::PhoneMetadata& m) {
  for (auto* desc : {m.mutable_fixed_line(), m.mutable_mobile(), m.mutable_toll_free(), m.mutable_premium_rate(),
                     m.mutable_shared_cost(), m.mutable_personal_number(), m.mutable_voip(), m.mutable_pager(),
                     m.mutable_uan(), m.mutable_voicemail()}) {
    desc->Clear();
    desc->add_possible_length(-1);
  }
  m.clear_same_mobile_and_fixed_line_pattern();
}

void trim(pn::PhoneMetadata& m, bool keep_number_types) {
  if (!keep_number_types) dropNumberTypes(m);
  m.clear_number_format();
  m.clear_intl_number_format();
  m.clear_preferred_international_prefix();
  m.clear_preferred_extn_prefix();
  m.clear_no_international_dialling();
  m.clear_mobile_number_portable_region();
  for (auto* desc : {m.mutable_general_desc(), m.mutable_fixed_line(), m.mutable_mobile(), m.mutable_toll_free(),
                     m.mutable_premium_rate(), m.mutable_shared_cost(), m.mutable_personal_number(), m.mutable_voip(),
                     m.mutable_pager(), m.mutable_uan(), m.mutable_voicemail()}) {
    trimDesc(desc);
  }
  // Short-number descriptions belong to ShortNumberInfo, which the core does not use.
  m.clear_emergency();
  m.clear_short_code();
  m.clear_standard_rate();
  m.clear_carrier_specific();
  m.clear_sms_services();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: portcheck_metadata_trim OUTPUT.cc EXAMPLES.txt\n";
    return 2;
  }
  pn::PhoneMetadataCollection collection;
  if (!collection.ParseFromArray(pn::metadata_get(), pn::metadata_size())) {
    std::cerr << "portcheck_metadata_trim: the metadata does not parse\n";
    return 1;
  }
  std::ofstream examples(argv[2], std::ios::binary | std::ios::trunc);
  for (const auto& m : collection.metadata()) writeExamples(m, examples);
  if (!examples) {
    std::cerr << "portcheck_metadata_trim: cannot write " << argv[2] << "\n";
    return 1;
  }
  std::map<int, std::size_t> regions_with_code;
  for (const auto& m : collection.metadata()) ++regions_with_code[m.country_code()];
  int without_types = 0;
  for (auto& m : *collection.mutable_metadata()) {
    const bool keep = portcheck::gen::keepsNumberTypes(m.country_code(), regions_with_code[m.country_code()]);
    without_types += keep ? 0 : 1;
    trim(m, keep);
  }
  std::string bytes;
  if (!collection.SerializeToString(&bytes)) {
    std::cerr << "portcheck_metadata_trim: cannot serialize\n";
    return 1;
  }
  std::ofstream out(argv[1], std::ios::binary | std::ios::trunc);
  out << "// Generated by core/gen/metadata_trim.cpp from libphonenumber's metadata.cc: formatting\n"
      << "// data, short numbers and example numbers removed, and the number types of regions\n"
      << "// whose calling code is their own. Do not edit.\n"
      << "namespace i18n {\nnamespace phonenumbers {\nnamespace {\n"
      << "static const unsigned char data[] = {";
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    if (i % 24 == 0) out << "\n ";
    out << ' ' << static_cast<unsigned>(static_cast<unsigned char>(bytes[i])) << ',';
  }
  out << "\n};\n}  // namespace\n"
      << "int metadata_size() { return sizeof(data) / sizeof(data[0]); }\n"
      << "const void* metadata_get() { return data; }\n"
      << "}  // namespace phonenumbers\n}  // namespace i18n\n";
  if (!out) {
    std::cerr << "portcheck_metadata_trim: cannot write " << argv[1] << "\n";
    return 1;
  }
  std::cerr << "portcheck_metadata_trim: " << pn::metadata_size() << " bytes of metadata → " << bytes.size()
            << " bytes, " << collection.metadata_size() << " regions (" << without_types
            << " named by their calling code alone)\n";
  return 0;
}
