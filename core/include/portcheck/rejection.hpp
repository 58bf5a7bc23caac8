// A port rejection as the customer or staff received it, placed among the ten carrier reasons
// of the checklist: free text forwarded from an e-mail, Twilio's per-number `rejection_reason`
// values, other providers' exception codes, or Twilio's Port In resource as JSON. Each reason
// says which fields of the request it concerns and which numbers it names. Text that cannot be
// placed is kept, word for word, for Outreach support: the classifier never guesses.
//
// The vocabularies are tables in rejection.cpp, each with its source beside it. Knows nothing
// of drafts or findings: check.cpp judges a resubmission against what is classified here.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "portcheck/findings.hpp"

namespace portcheck {

inline constexpr std::size_t kMaxRejectionBytes = 256u * 1024u;  // a long forwarded e-mail is ~20 KB

// One piece of the text placed on a reason.
struct RejectionMatch {
  std::string text;    // the clause or code as it appeared (an excerpt)
  Reason reason;
  std::vector<std::string> fields;  // JSON Pointers into a request ("/customer_name", …)
  std::string source;  // "twilio", "telnyx", "text"
};

struct RejectedNumber {
  std::string e164;
  std::vector<Reason> reasons;  // in checklist order
};

struct Rejection {
  bool usable = false;
  std::string error_code, error;  // when not usable: one line
  std::vector<Reason> reasons;    // in checklist order, each once
  std::vector<RejectedNumber> numbers;  // in the order the text names them
  std::vector<RejectionMatch> matches;
  std::vector<std::string> unrecognized;  // clauses placed nowhere: "contact Outreach support"
  // The fields each reason concerns, merged over its matches (a parent covers its children).
  std::vector<std::string> fieldsOf(Reason reason) const;
};

// Never throws. Text over kMaxRejectionBytes is refused; ill-formed UTF-8 is read as U+FFFD.
Rejection classifyRejection(std::string_view text);

// What a reason's remedy is: a field of the request to correct, or an action the account owner
// takes with the carrier (pay, reinstate, unlock, ask the reseller) and confirms.
bool remedyIsAction(Reason reason);
// The fields a reason concerns when the text does not say which ("/customer_name", …).
std::vector<std::string> defaultRejectionFields(Reason reason);
// A checklist reason by its name ("loa_mismatch"); false when the name is not one of the ten.
bool carrierReasonFromName(std::string_view name, Reason& out);

// "portcheck.rejection/1" JSON (`portcheck rejection` and the module's classifyRejection):
// {"schema","reasons":[…],"fields":{reason:[…]},"numbers":{"+1…":[…]},"matches":[…],
//  "unrecognized":[…]}, or {"schema","error":{"code","message"}} when not usable.
std::string rejectionJson(const Rejection& rejection);

}  // namespace portcheck
