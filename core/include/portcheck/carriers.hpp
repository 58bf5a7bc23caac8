// Losing carriers: what each one customers commonly leave asks for at port-out time — its
// PIN (name, format, where to get it, how long it lasts), its account number (shape, where it
// is printed, whether it can be the phone number), its port lock, how to get a CSR — each fact
// with the public source it comes from and how far that source is trusted. Only facts from the
// carrier itself, stated without contradiction, may make an error; the rest is advice.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace portcheck {

enum class CarrierKind { Unknown, Wireless, Wireline, Voip, GoogleVoice };

// How far a fact's source is trusted (../shared/reference/carriers.md's Status column).
enum class Trust {
  Official,    // published by the carrier (or the regulator)
  ThirdParty,  // a porting provider, a guide, the news
  Copy,        // an unofficial copy or test host of a carrier's page
  Conflict,    // sources disagree; the table keeps the majority or the union
  Uncertain,   // one weak or old source
};

struct Source {
  std::string_view url{};
  Trust trust = Trust::Uncertain;
};

// A count of digits, inclusive; {0, 0} when not documented.
struct DigitCount {
  int min = 0, max = 0;
  bool known() const { return max > 0; }
};

struct CarrierPin {
  std::string_view name{};      // the carrier's own name: "Number Transfer PIN"; empty: unknown
  DigitCount digits{};          // its format
  bool required = false;      // the carrier refuses ports without it
  std::string_view how{};       // where the account holder gets it
  int valid_days = 0;         // how long it lasts once requested; 0: not documented
  Source source{};
};

struct CarrierAccount {
  DigitCount digits{};          // after removing spaces and dashes
  std::string_view shape{};     // "9 digits, then 5 (123456789-00001)"; empty: not documented
  bool can_be_phone_number = false;
  std::string_view where{};     // where it is printed or shown
  Source source{};
};

struct CarrierLock {
  std::string_view name{};      // "Number Lock", "Port Out Protection"; empty: none documented
  std::string_view how{};       // how to turn it off
  Source source{};
};

struct CarrierFacts {
  std::string_view id{};        // "verizon_wireless"
  std::string_view name{};      // "Verizon" as the page shows it
  CarrierKind kind = CarrierKind::Unknown;
  CarrierPin pin{};
  CarrierAccount account{};
  CarrierLock lock{};
  std::string_view csr{};       // how to get the Customer Service Record; empty: not documented
  bool reseller = false;      // usually resells another carrier's numbers: that carrier's
                              // account number and PIN are the ones that count
  Source reseller_source{};
};

// The carrier a customer typed ("Verizon Wireless", "t mobile", "AT&T Mobility LLC"), matched
// after folding case, spaces and punctuation and dropping a company suffix (Inc, LLC …);
// nullptr when it is not in the table. Linear in the length of what was typed.
const CarrierFacts* findCarrier(std::string_view typed);

// Every spelling of the table that names a carrier with facts, folded as findCarrier folds
// (lower case; letters, digits and '&'): how a document's text is searched for its carrier.
struct CarrierSpelling {
  std::string_view folded;
  const CarrierFacts* carrier;
};
std::vector<CarrierSpelling> carrierSpellings();

// Every carrier of the table, in the order the page suggests them.
const std::vector<const CarrierFacts*>& knownCarriers();

// The kind of service a typed carrier sells; Unknown when not in the table. Besides the
// carriers with facts, a few more are known by kind only (Boost, Visible, Bandwidth …).
CarrierKind carrierKind(std::string_view typed);

// The hints the page shows under the PIN and account-number fields once a carrier is chosen,
// and the carriers as JSON for it: [{"name", "pin_hint", "account_hint"}] (one source of
// wording: the core).
std::string pinHint(const CarrierFacts& carrier);
std::string accountHint(const CarrierFacts& carrier);
std::string carriersJson();
std::string carrierJson(const CarrierFacts& carrier);  // one of them: {"name", "pin_hint", "account_hint"}

}  // namespace portcheck
