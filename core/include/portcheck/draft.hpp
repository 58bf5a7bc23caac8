// The draft (SPEC §3, "portcheck.draft/1"): what the customer filled in, as plain structs.
// A partial form is normal: absent and null fields are empty; only a wrong type, a wrong or
// missing schema, or text that is not JSON makes the input unusable.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace portcheck {

struct AuthorizedRepresentative {
  std::string first_name;
  std::string last_name;
  std::string email;
};

struct ServiceAddress {
  std::string street;
  std::string street_2;
  std::string city;
  std::string state;
  std::string zip;
};

struct PhoneNumberEntry {
  std::string phone_number;  // as typed
  std::string pin;           // per-number PIN (some wireless carriers), optional
};

// The carrier's Customer Service Record, as the customer copied it or as `portcheck csr` read
// it (optional). The service address only: a CSR's billing address is never this one.
struct CustomerServiceRecord {
  std::string customer_name;
  ServiceAddress address;
  std::string account_number;            // optional
  std::string account_telephone_number;  // the BTN on the record, optional
  std::vector<std::string> phone_numbers;  // the working numbers on the account, optional
};

struct BillFile {
  std::string name;
  std::string media_type;
  std::uint64_t size = 0;
  std::string sha256;
};

struct Bill {
  std::string kind;            // "bill", "receipt", "portal_screenshot"
  std::string statement_date;  // ISO date as typed
  std::optional<BillFile> file;
  std::optional<bool> shows_account_number, shows_name, shows_address, shows_all_numbers;
};

struct Signature {
  std::string signer_name;
  std::string signed_on;  // ISO date as typed
};

// What the customer confirms; nullopt when not answered.
struct Attestations {
  std::optional<bool> numbers_in_service;
  std::optional<bool> balance_paid;
  std::optional<bool> google_voice_unlocked;
  std::optional<bool> ports_all_numbers_on_account;
  std::optional<bool> port_lock_removed;
};

// A number the rejection named, with the reasons given for it (empty: the rejection's own).
struct RejectedNumberEntry {
  std::string phone_number;  // E.164 as the classifier wrote it, or as typed
  std::vector<std::string> reasons;
};

// The rejection a resubmission answers (SPEC "Rejections and resubmission"), as placed on the
// checklist by classifyRejection (rejection.hpp) or picked by the customer.
struct RequestRejection {
  std::string text;                  // as received, kept for Outreach support
  std::vector<std::string> reasons;  // checklist reason names ("loa_mismatch", …)
  // Per reason, the request's fields it concerns (JSON Pointers into the request); a reason
  // without an entry concerns its default fields (defaultRejectionFields).
  std::vector<std::pair<std::string, std::vector<std::string>>> fields;
  std::string received_on;  // ISO date as typed
  std::vector<RejectedNumberEntry> numbers;
  std::vector<std::string> confirmed;   // action reasons whose remedy the owner has since done
  std::vector<std::string> reinstated;  // named numbers the owner confirms back in service
};

// One losing-carrier account: one account number, one authorized person, one address.
struct PortRequest {
  std::string customer_type;  // "business" or "residential"
  std::string customer_name;
  AuthorizedRepresentative authorized_representative;
  ServiceAddress service_address;
  std::string losing_carrier;
  std::string account_number;
  std::string account_pin;
  std::string account_telephone_number;  // the BTN
  std::vector<PhoneNumberEntry> phone_numbers;
  std::optional<CustomerServiceRecord> csr;
  std::optional<Bill> bill;
  std::optional<Signature> signature;
  Attestations attestations;
  std::optional<RequestRejection> rejection;
};

struct Draft {
  std::string as_of;  // ISO date as given; empty when absent
  std::vector<PortRequest> requests;
};

// Why an input cannot be checked at all (CLI exit 2, module error report).
struct InputError {
  std::string code;     // "input.not_json", "input.too_large", "input.too_deep", "input.schema", "input.type"
  std::string message;  // one line, names the problem and where
  std::string path;     // JSON Pointer of the offending value, when there is one
};

inline constexpr std::size_t kMaxDraftBytes = 32u * 1024u * 1024u;  // 32 MiB
inline constexpr int kMaxJsonDepth = 64;  // a real draft nests 5 levels deep

// Parses draft JSON text. Never throws for any input.
std::variant<Draft, InputError> parseDraft(std::string_view json);

}  // namespace portcheck
