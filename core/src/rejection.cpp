// A rejection placed among the ten carrier reasons (rejection.hpp).
//
// How text is read: the notice is cut into lines (e-mail headers and quote marks dropped) and
// each line into clauses at sentence ends. A provider's code (INVALID_PIN, POSTAL_CODE_MISMATCH)
// is looked up first in the code table, by name. What is left of a clause is read as words —
// lower case, apostrophes dropped, a word of five letters or more matched with one typo — and
// every rule whose concepts all appear (and whose exclusions do not) places the clause on its
// reason. A clause no rule places and that says more than the notice's framing ("Your port
// request was rejected for the following reason:") is kept as unrecognized. Phone numbers on
// a line take that line's reasons; numbers on a line without any take the whole notice's.
//
// Sources of the vocabularies (facts, wording our own):
// - Twilio's per-number `rejection_reason` values: twilio-oai, spec/json/twilio_numbers_v1.json
//   (numbers.v1.porting_port_in_phone_number), as the generated SDKs enumerate them.
// - Telnyx's porting exception types: GET /porting_orders/exception_types, as the `telnyx` npm
//   package's resources/shared.d.ts enumerates them (tests/rejections checks every one here).
// - Free text: the reasons of Outreach's porting article (../shared/reference), the Local
//   Service Request reject wording carriers answer porting providers with (end user name,
//   address, passcode, BTN, account number, TN not working, pending order, reseller), and
//   help-center pages of porting providers (Twilio, Bandwidth, Telnyx, RingCentral, Zoom,
//   Dialpad) that quote the notices customers receive.
#include "portcheck/rejection.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <set>
#include <utility>

#include "json_writer.hpp"
#include "portcheck/bill.hpp"
#include "text.hpp"

namespace portcheck {
namespace {

using R = Reason;

// ---- tables -------------------------------------------------------------------------------

// Providers' codes, matched by name (case-insensitive). `support`: recognized, but not one of
// the ten reasons — a matter for Outreach support (kept as unrecognized text).
struct Code {
  std::string_view code;
  std::string_view source;
  bool support;
  R reason;
  std::string_view field;  // "" : the reason's default fields
};
constexpr std::array kCodes = {
    // Twilio, rejection_reason of a Port In phone number.
    Code{"INVALID_END_USER_NAME", "twilio", false, R::LoaMismatch, "/customer_name"},
    Code{"INVALID_ADDRESS", "twilio", false, R::LoaMismatch, "/service_address"},
    Code{"INVALID_PIN", "twilio", false, R::WrongPin, ""},
    Code{"INVALID_ACCOUNT_NUMBER", "twilio", false, R::AccountNumber, ""},
    Code{"PHONE_NUMBER_INACTIVE_OR_DISCONNECTED", "twilio", false, R::NumberInactive, ""},
    Code{"PHONE_NUMBER_WITH_CARRIER_RESTRICTION", "twilio", false, R::NumberUnportable, ""},
    Code{"CONTACT_SUPPORT_REQUIRED", "twilio", true, R::LoaMismatch, ""},
    // Telnyx, porting order exception types.
    Code{"ACCOUNT_NUMBER_MISMATCH", "telnyx", false, R::AccountNumber, ""},
    Code{"AUTH_PERSON_MISMATCH", "telnyx", false, R::UnauthorizedSignature, ""},
    Code{"BTN_ATN_MISMATCH", "telnyx", false, R::InvalidBtn, ""},
    Code{"ENTITY_NAME_MISMATCH", "telnyx", false, R::LoaMismatch, "/customer_name"},
    Code{"LOCATION_MISMATCH", "telnyx", false, R::LoaMismatch, "/service_address"},
    Code{"POSTAL_CODE_MISMATCH", "telnyx", false, R::LoaMismatch, "/service_address/zip"},
    Code{"PASSCODE_PIN_INVALID", "telnyx", false, R::WrongPin, ""},
    // The main (billing) number ports while others stay: the carrier needs a new BTN.
    Code{"MAIN_BTN_PORTING", "telnyx", false, R::InvalidBtn, ""},
    // A number not on the account named: the account number is another account's.
    Code{"PHONE_NUMBER_MISMATCH", "telnyx", false, R::AccountNumber, "/phone_numbers"},
    Code{"PHONE_NUMBER_NOT_PORTABLE", "telnyx", false, R::NumberUnportable, ""},
    Code{"PHONE_NUMBER_HAS_SPECIAL_FEATURE", "telnyx", false, R::NumberUnportable, ""},
    Code{"RATE_CENTER_NOT_PORTABLE", "telnyx", false, R::NumberUnportable, ""},
    Code{"FOC_EXPIRED", "telnyx", true, R::LoaMismatch, ""},
    Code{"FOC_REJECTED", "telnyx", true, R::LoaMismatch, ""},
    Code{"LSR_PENDING", "telnyx", true, R::LoaMismatch, ""},
    Code{"OSP_IRRESPONSIVE", "telnyx", true, R::LoaMismatch, ""},
    Code{"OTHER", "telnyx", true, R::LoaMismatch, ""},
    Code{"PORT_TYPE_INCORRECT", "telnyx", true, R::LoaMismatch, ""},
    Code{"PORTING_ORDER_SPLIT_REQUIRED", "telnyx", true, R::LoaMismatch, ""},
    Code{"SV_CONFLICT", "telnyx", true, R::LoaMismatch, ""},
    Code{"SV_UNKNOWN_FAILURE", "telnyx", true, R::LoaMismatch, ""},
};

// Concepts: phrases of lower-case words, any of which stands for the concept.
using Concept = std::vector<std::string_view>;

const Concept kMismatch = {
    "mismatch", "mismatched", "mismatches", "mis match", "mis matched", "does not match", "doesnt match",
    "do not match", "dont match", "did not match", "didnt match", "not match", "not matching", "no match",
    "not a match", "unmatched", "must match", "needs to match", "should match", "differs", "differ",
    "different", "discrepancy", "discrepancies", "incorrect", "invalid", "wrong", "inaccurate", "not correct",
    "not valid", "error", "errors", "erroneous", "failed", "fails", "failure", "not on file", "not on record",
    "no record", "not found", "missing", "required", "needed", "not provided", "blank", "bad", "conflict",
    "disagrees", "inconsistent", "incomplete", "expired", "not accepted",
    "other than", "someone else", "not listed", "not on the account", "not on account", "not the same",
    "does not agree", "not verified", "unable to verify", "could not verify", "cannot verify", "not recognized",
    "verify", "check", "confirm", "is not what", "not what", "the correct", "correct", "not supplied",
    "not given", "did not sign", "didnt sign", "not signed", "unsigned", "not the one", "validate",
    "could not validate", "unable to validate", "not validated",
};
const Concept kName = {
    "name", "names", "end user", "enduser", "eu name", "customer name", "business name", "company name",
    "entity", "listed name", "account holder", "subscriber", "legal name", "dba", "lname", "fname",
    "last name", "first name", "surname",
};
// The authorized person's own name: "authorized user name does not match" is about the signer.
const Concept kAuthName = {
    "authorized name", "authorised name", "authorized user name", "authorised user name", "authorized person name",
    "authorized persons name", "authorized contact name", "signer name", "signers name", "signer s name",
    "signee name", "name of the authorized", "name of the authorised", "name of authorized", "name of the signer",
    "auth name", "auth person name", "auth user name",
};
const Concept kAuth = {
    "authorized", "authorised", "authorization", "authorisation", "authorizing", "auth person", "auth user",
    "auth name", "signature", "signatures", "signer", "signee", "signed", "signatory", "signing",
    "decision maker", "unauthorized", "unauthorised",
};
const Concept kUnauthorized = {
    "unauthorized", "unauthorised", "not authorized", "not authorised", "no authority", "not an authorized",
    "not the authorized", "not listed as authorized", "not an authorised",
};
const Concept kAddress = {
    "address", "addresses", "addr", "location", "street", "house number", "street number", "zip", "zip code",
    "zipcode", "postal code", "postal", "city", "state", "suite", "apartment", "apt", "premise", "premises",
};
const Concept kZip = {"zip", "zip code", "zipcode", "postal code", "postal", "zip4", "zip 4"};
const Concept kCity = {"city", "town"};
const Concept kStreet = {"street", "house number", "street number", "street name", "house"};
const Concept kUnit = {"suite", "apartment", "apt", "unit number", "ste", "floor"};
const Concept kEmail = {"email", "e mail", "mail address", "web address", "ip address"};
const Concept kAccountNumber = {
    "account number", "account numbers", "account no", "account num", "account nbr", "account #", "account id",
    "acct number", "acct no", "acct num", "acct nbr", "acct #", "ban", "billing account number",
    "billing account", "account code", "customer number", "customer account number", "customer id",
    "account numer", "accountnumber",
};
const Concept kAccountWord = {"account", "acct", "accounts"};
const Concept kPin = {
    "pin", "pins", "pin number", "pin code", "passcode", "passcodes", "pass code", "password", "passwd",
    "security code", "security pin", "transfer pin", "number transfer pin", "ntp", "port out pin", "port pin",
    "account pin", "secret code", "validation code", "verification code", "passphrase", "security question",
    "security answer", "ssn", "social security", "authorization code", "auth code", "port authorization code",
    "pac",
};
const Concept kBtn = {
    "btn", "btns", "billing telephone number", "billing telephone", "billing phone number", "billing phone",
    "billing number", "billing tn", "atn", "account telephone number", "main number", "main billing number",
    "main line", "main tn", "master number", "lead number", "pilot number", "main btn", "billing telephone no",
    "billing tel", "billing tel #", "main telephone number", "main phone number", "new btn",
};
const Concept kInactive = {
    "inactive", "not active", "disconnected", "disconnect", "disconnects", "not in service", "out of service",
    "no longer in service", "not working", "non working", "nonworking", "not a working", "suspended",
    "suspension", "terminated", "deactivated", "not assigned", "unassigned", "vacant", "not in use",
    "no longer active", "does not exist", "not exist", "not live", "service cancelled", "service canceled",
    "line cancelled", "line canceled", "number cancelled", "number canceled", "tn cancelled", "tn canceled",
    "account cancelled", "account canceled", "account closed", "account is closed", "closed account",
    "not in an active", "no active service", "reinstate", "reinstated",
};
const Concept kKeepService = {
    "do not cancel", "dont cancel", "do not disconnect", "dont disconnect", "until the port", "until your port",
    "before the port", "keep your service", "keep service", "keep the service",
};
const Concept kBalance = {
    "balance", "balances", "past due", "pastdue", "outstanding", "unpaid", "amount due", "amount owed",
    "owes", "owed", "owing", "delinquent", "delinquency", "collections", "non payment", "nonpayment",
    "payment", "port out fee", "port away fee", "port fee", "porting fee", "early termination",
    "termination fee", "etf", "fees owed", "fee owed", "fee due", "fees due", "fee outstanding", "port out charge",
};
const Concept kGoogleVoice = {"google voice", "googlevoice", "gv number", "gvoice", "voice google com"};
const Concept kUnportable = {
    "not portable", "non portable", "unportable", "nonportable", "not eligible", "ineligible",
    "cannot be ported", "can not be ported", "cant be ported", "cannot port", "can not port", "cant port",
    "unable to port", "not able to port", "unable to be ported", "not able to be ported", "restriction",
    "restrictions", "restricted", "number lock", "number locked", "port lock", "port locked", "locked", "lock",
    "port freeze", "freeze", "frozen", "port out protection", "port protection", "number transfer lock",
    "account lock", "line lock", "special feature", "special features", "rate center", "ratecenter",
    "block of numbers", "number block", "part of a block", "part of a larger block", "hunt group", "whole block",
    "pri block", "did block", "entire block", "ported with the",
    "remote call forwarding", "alarm line", "not portable out", "portability",
};
const Concept kResold = {
    "resold", "reseller", "resellers", "resale", "resell", "reselling", "wholesale", "wholesaler",
    "not our customer", "not our end user", "not a customer of", "customer of another", "belongs to another",
    "underlying carrier", "mvno",
};

// A rule: all of `all` appear, none of `unless`; the clause is placed on `reason`, concerning
// `field` (empty: the reason's default fields).
struct Rule {
  R reason;
  std::vector<const Concept*> all;
  std::vector<const Concept*> unless;
  std::string_view field;
};

const std::vector<Rule>& rules() {
  static const std::vector<Rule> table = {
      {R::UnauthorizedSignature, {&kUnauthorized}, {}, ""},
      {R::UnauthorizedSignature, {&kAuth, &kMismatch}, {&kPin}, ""},
      {R::LoaMismatch, {&kName, &kMismatch}, {&kAuthName, &kPin}, "/customer_name"},
      {R::LoaMismatch, {&kZip, &kMismatch}, {&kEmail}, "/service_address/zip"},
      {R::LoaMismatch, {&kCity, &kMismatch}, {&kEmail}, "/service_address/city"},
      {R::LoaMismatch, {&kStreet, &kMismatch}, {&kEmail}, "/service_address/street"},
      {R::LoaMismatch, {&kUnit, &kMismatch}, {&kEmail}, "/service_address/street_2"},
      {R::LoaMismatch, {&kAddress, &kMismatch}, {&kEmail, &kZip, &kCity, &kStreet, &kUnit}, "/service_address"},
      {R::AccountNumber, {&kAccountNumber, &kMismatch}, {}, ""},
      {R::AccountNumber, {&kAccountWord, &kMismatch},
       {&kAccountNumber, &kName, &kAddress, &kPin, &kBtn, &kAuth, &kBalance, &kInactive, &kResold, &kUnportable,
        &kGoogleVoice},
       ""},
      {R::WrongPin, {&kPin, &kMismatch}, {}, ""},
      {R::InvalidBtn, {&kBtn}, {}, ""},
      {R::NumberInactive, {&kInactive}, {&kKeepService}, ""},
      {R::UnpaidBalance, {&kBalance}, {}, ""},
      {R::GoogleVoiceLocked, {&kGoogleVoice}, {}, ""},
      {R::NumberUnportable, {&kUnportable}, {&kGoogleVoice, &kBtn}, ""},
      {R::ResoldAccount, {&kResold}, {}, ""},
  };
  return table;
}

// Words that only frame a notice: a clause made of them alone says nothing to place.
const std::set<std::string_view>& framingWords() {
  static const std::set<std::string_view> words = {
      "a", "an", "the", "your", "our", "we", "you", "i", "us", "this", "that", "these", "those", "it", "its",
      "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "for", "of",
      "to", "in", "on", "at", "by", "with", "from", "and", "or", "as", "so", "if", "any", "all", "some", "per",
      "please", "kindly", "port", "ported", "porting", "ports", "portin", "request", "requests", "order",
      "orders", "rejected", "rejection", "rejections", "reject", "rejects", "reason", "reasons", "following",
      "number", "numbers", "tn", "tns", "phone", "phones", "telephone", "losing", "carrier", "carriers",
      "provider", "providers", "status", "code", "codes", "note", "notes", "hi", "hello", "hey", "dear",
      "team", "thanks", "thank", "regards", "sincerely", "best", "cheers", "re", "fw", "fwd", "subject",
      "id", "pon", "ver", "see", "below", "above", "details", "detail", "message", "update", "updated",
      "notice", "notification", "twilio", "outreach", "telnyx", "bandwidth", "has", "been", "will", "can",
      "may", "would", "should", "could", "must", "need", "needs", "sorry", "inconvenience", "apologize",
      "apologies", "questions", "question", "contact", "help", "assist", "assistance", "reply",
      "email", "call", "let", "know", "further", "information", "info", "resubmit", "resubmitted",
      "resubmission", "correct", "corrected", "correction", "corrections", "resolve", "resolved", "once",
      "after", "before", "then", "which", "what", "when", "who", "how", "here", "there", "more", "below",
      "following", "regarding", "concerning", "about", "submitted", "submit",
      "submission", "received", "receive", "response", "responded", "result", "results", "returned",
      "reported", "report", "loa", "csr", "customer", "service", "record", "records", "ticket", "case",
      "reference", "ref", "date", "due", "sent", "from", "to", "cc", "monday", "tuesday", "wednesday",
      "thursday", "friday", "saturday", "sunday", "jan", "january", "feb", "february", "mar", "march", "apr",
      "april", "jun", "june", "jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october",
      "nov", "november", "dec", "december", "am", "pm", "utc", "est", "edt", "pst", "pdt", "cst", "cdt",
      "mst", "mdt", "com", "net", "org", "www", "http", "https", "new", "action", "required", "item", "items",
      "original", "forwarded", "wrote", "on", "behalf", "cause", "explanation", "description", "comment",
      "comments", "text", "remarks", "unfortunately", "hereby", "inform", "informing", "advise", "advised",
      "notify", "notified", "via", "its", "their", "they", "them", "he", "she", "his", "her", "my", "me",
      "not", "no", "following", "list", "listed", "affected", "approved", "approve", "accepted", "processed",
      "process", "processing", "completed", "complete", "pending", "still", "yet", "again", "also", "just",
      "only", "out", "into", "in", "up", "number(s)", "s", "x", "tel", "mobile", "cell", "wireless",
      "landline", "local", "voice", "line", "lines", "team", "department", "ops", "operations", "support",
      "center", "desk", "day", "days", "business", "week", "weeks", "today", "tomorrow", "yesterday",
      "inc", "llc", "corp", "co", "ltd", "end", "user", "users", "cancel", "until", "completes", "address",
  };
  return words;
}

// Words that state a problem. Once a notice places a reason, a clause it cannot place is kept
// only when it states one: "Thanks for your patience", "Keep in mind resubmitting restarts the
// timeline" and the sender's name are the e-mail around the rejection, not part of it.
// What an e-mail says of itself, or its writer of their own doubt, not of the port: "Do not
// reply to this automated email", "This mailbox is not monitored", "Not sure what they want
// from us". Its "not" states no problem to fix.
const Concept kHousekeeping = {
    "do not reply", "dont reply", "no reply", "noreply", "not monitored", "unmonitored", "not sure",
    "automated email", "automated message", "automatically generated",
};

const std::set<std::string_view>& problemWords() {
  static const std::set<std::string_view> words = {
      "not", "no", "cannot", "cant", "unable", "pending", "conflict", "conflicts", "hold", "blocked", "block",
      "issue", "issues", "problem", "problems", "fail", "failed", "fails", "failure", "error", "errors",
      "missing", "expired", "denied", "invalid", "incorrect", "wrong", "mismatch", "mismatched", "doesnt",
      "dont", "isnt", "wasnt", "arent", "never", "refused", "refuses", "restriction", "restricted", "required",
      "duplicate", "exists", "unknown", "unsupported", "ineligible",
  };
  return words;
}

// Context words that make a following ten-digit run an account or order number, not a phone number.
const std::set<std::string_view>& notPhoneContext() {
  static const std::set<std::string_view> words = {"account", "acct", "ban", "pon", "ver", "order", "ticket",
                                                   "case", "ref", "reference", "confirmation", "invoice", "sid"};
  return words;
}

// ---- words --------------------------------------------------------------------------------

struct Word {
  std::string text;  // lower case, apostrophes dropped
};

// Lower-case ASCII words of a clause. Apostrophes (', ’, ‘) join ("doesn't" → "doesnt"); "#" and
// "," are words of their own; every other character separates.
std::vector<Word> wordsOf(std::string_view s) {
  std::vector<Word> out;
  std::string current;
  auto flush = [&] {
    if (!current.empty()) out.push_back({std::exchange(current, {})});
  };
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (std::isalnum(c)) {
      current.push_back(static_cast<char>(std::tolower(c)));
    } else if (c == '\'' && !current.empty()) {
      // joined: doesn't
    } else if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
               (static_cast<unsigned char>(s[i + 2]) == 0x99 || static_cast<unsigned char>(s[i + 2]) == 0x98)) {
      i += 2;  // ’ ‘ joined as '
    } else if (c == '#' || c == ',') {
      flush();  // a comma stops a phrase: "not authorized, name mismatch" is two
      out.push_back({std::string(1, static_cast<char>(c))});
    } else {
      flush();
    }
  }
  flush();
  // "letter of authorization" is the LOA, not an authorization problem.
  for (std::size_t i = 0; i + 2 < out.size(); ++i) {
    if (out[i].text == "letter" && out[i + 1].text == "of" &&
        (out[i + 2].text == "authorization" || out[i + 2].text == "authorisation" || out[i + 2].text == "agency")) {
      out[i].text = "loa";
      out.erase(out.begin() + static_cast<std::ptrdiff_t>(i) + 1, out.begin() + static_cast<std::ptrdiff_t>(i) + 3);
    }
  }
  return out;
}

// One typo (insertion, deletion, substitution or swap of neighbours), for words of five
// letters or more, with the first letter kept: "pascode", "mismatc", "adress", "disconected".
bool oneTypo(std::string_view word, std::string_view typed) {
  if (word.size() < 5 || typed.empty() || word[0] != typed[0]) return false;
  const std::size_t n = word.size(), m = typed.size();
  if (n == m) {
    std::size_t first = n;
    for (std::size_t i = 0; i < n; ++i) {
      if (word[i] != typed[i]) {
        first = i;
        break;
      }
    }
    if (first == n) return true;
    // substitution
    if (word.substr(first + 1) == typed.substr(first + 1)) return true;
    // swap of neighbours
    return first + 1 < n && word[first] == typed[first + 1] && word[first + 1] == typed[first] &&
           word.substr(first + 2) == typed.substr(first + 2);
  }
  if (n + 1 != m && m + 1 != n) return false;
  const std::string_view longer = n > m ? word : typed, shorter = n > m ? typed : word;
  std::size_t i = 0;
  while (i < shorter.size() && shorter[i] == longer[i]) ++i;
  return shorter.substr(i) == longer.substr(i + 1);
}

bool wordMatches(std::string_view word, std::string_view typed) { return word == typed || oneTypo(word, typed); }

// Whether the phrase's words appear in a row in `words`.
bool hasPhrase(const std::vector<Word>& words, std::string_view phrase) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  while (start < phrase.size()) {
    std::size_t end = phrase.find(' ', start);
    if (end == std::string_view::npos) end = phrase.size();
    parts.push_back(phrase.substr(start, end - start));
    start = end + 1;
  }
  if (parts.empty() || parts.size() > words.size()) return false;
  for (std::size_t i = 0; i + parts.size() <= words.size(); ++i) {
    bool all = true;
    for (std::size_t k = 0; k < parts.size() && all; ++k) all = wordMatches(parts[k], words[i + k].text);
    if (all) return true;
  }
  return false;
}

bool hasConcept(const std::vector<Word>& words, const Concept& phrases) {
  return std::any_of(phrases.begin(), phrases.end(), [&](std::string_view p) { return hasPhrase(words, p); });
}

bool onlyFraming(const std::vector<Word>& words) {
  const auto& framing = framingWords();
  return std::all_of(words.begin(), words.end(), [&](const Word& w) {
    if (w.text.size() <= 1) return true;
    if (std::all_of(w.text.begin(), w.text.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); })) return true;
    // Identifiers (KW1a2b…, PON-123): letters and digits mixed.
    if (std::any_of(w.text.begin(), w.text.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); })) return true;
    return framing.count(w.text) != 0;
  });
}

// ---- the classifier -----------------------------------------------------------------------

std::string lowerAscii(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool isIdentChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_'; }

std::size_t checklistOrder(R reason) { return static_cast<std::size_t>(reason); }

class Classifier {
 public:
  explicit Classifier(Rejection& out) : out_(out) {}

  // One piece of text (a whole notice, or one JSON field); numbers named beside it (from JSON)
  // take its reasons.
  void text(std::string_view text, const std::string& source_hint, const std::vector<std::string>& numbers = {}) {
    std::vector<R> text_reasons;
    std::vector<std::pair<std::string, std::vector<R>>> line_numbers;  // numbers whose line had no reason
    std::size_t start = 0;
    while (start <= text.size()) {
      std::size_t end = text.find('\n', start);
      if (end == std::string_view::npos) end = text.size();
      std::vector<R> line_reasons;
      const std::string_view line = cleanLine(text.substr(start, end - start));
      if (!line.empty()) {
        for (const auto clause : clausesOf(line)) {
          for (const R r : placeClause(clause, source_hint)) addUnique(line_reasons, r);
        }
        for (const auto& e164 : numbersIn(line)) line_numbers.push_back({e164, line_reasons});
        for (const R r : line_reasons) addUnique(text_reasons, r);
      }
      if (end == text.size()) break;
      start = end + 1;
    }
    for (auto& [e164, reasons] : line_numbers) addNumber(e164, reasons.empty() ? text_reasons : reasons);
    for (const auto& e164 : numbers) addNumber(e164, text_reasons);
  }

  void addNumber(const std::string& e164, const std::vector<R>& reasons) {
    auto it = std::find_if(out_.numbers.begin(), out_.numbers.end(), [&](const RejectedNumber& n) { return n.e164 == e164; });
    if (it == out_.numbers.end()) {
      out_.numbers.push_back({e164, {}});
      it = out_.numbers.end() - 1;
    }
    for (const R r : reasons) addUnique(it->reasons, r);
    std::sort(it->reasons.begin(), it->reasons.end(), [](R a, R b) { return checklistOrder(a) < checklistOrder(b); });
  }

 private:
  static void addUnique(std::vector<R>& list, R reason) {
    if (std::find(list.begin(), list.end(), reason) == list.end()) list.push_back(reason);
  }

  // A line without quote marks, bullets and e-mail headers; empty when nothing is left.
  static std::string_view cleanLine(std::string_view line) {
    line = trim(line);
    while (!line.empty() && (line.front() == '>' || line.front() == '*' || line.front() == '-' || line.front() == '|')) {
      line = trim(line.substr(1));
    }
    if (line.size() >= 3 && line.substr(0, 3) == "\xE2\x80\xA2") line = trim(line.substr(3));  // •
    const std::string lower = lowerAscii(line.substr(0, 12));
    for (const std::string_view header : {"from:", "to:", "cc:", "bcc:", "sent:", "date:", "reply-to:"}) {
      if (lower.rfind(header, 0) == 0) return {};
    }
    return line;
  }

  // Clauses at sentence ends: ". ", "; ", "! ", "? " and " | ".
  static std::vector<std::string_view> clausesOf(std::string_view line) {
    std::vector<std::string_view> out;
    std::size_t start = 0;
    for (std::size_t i = 0; i < line.size(); ++i) {
      const char c = line[i];
      const bool end_mark = (c == '.' || c == ';' || c == '!' || c == '?' || c == '|') &&
                            (i + 1 == line.size() || line[i + 1] == ' ' || line[i + 1] == '\t');
      if (end_mark) {
        // "P.O. Box", "No. 12", "St. Louis": a period after one or two letters abbreviates.
        if (c == '.') {
          std::size_t letters = 0;
          while (letters < i && std::isalpha(static_cast<unsigned char>(line[i - 1 - letters]))) ++letters;
          if (letters >= 1 && letters <= 2) continue;
        }
        out.push_back(line.substr(start, i - start));
        start = i + 1;
      }
    }
    out.push_back(line.substr(start));
    return out;
  }

  // Phone numbers on a line, except ten-digit account or order numbers named as such.
  static std::vector<std::string> numbersIn(std::string_view line) {
    std::vector<std::string> out;
    for (const auto& found : phoneNumbersIn(line)) {
      const auto before = wordsOf(line.substr(0, found.begin));
      bool labelled = false;
      const auto& context = notPhoneContext();
      for (std::size_t k = before.size(), seen = 0; k > 0 && seen < 3; --k, ++seen) {
        if (context.count(before[k - 1].text)) labelled = true;
      }
      if (!labelled) out.push_back(found.e164);
    }
    return out;
  }

  // The reasons one clause is placed on; a clause placed nowhere is kept as unrecognized.
  std::vector<R> placeClause(std::string_view clause_view, const std::string& source_hint) {
    std::vector<R> placed;
    std::string clause(clause_view);
    bool support = false;
    // Providers' codes first, by name.
    for (std::size_t i = 0; i < clause.size();) {
      if (!isIdentChar(clause[i]) || (i > 0 && isIdentChar(clause[i - 1]))) {
        ++i;
        continue;
      }
      std::size_t end = i;
      while (end < clause.size() && isIdentChar(clause[end])) ++end;
      const std::string token = clause.substr(i, end - i);
      std::string upper = token;
      for (auto& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      const auto code = std::find_if(kCodes.begin(), kCodes.end(), [&](const Code& c) { return c.code == upper; });
      // A code is written with underscores, or is the whole clause ("OTHER").
      const bool looks_like_code = token.find('_') != std::string::npos || trim(clause_view) == token;
      if (code != kCodes.end() && looks_like_code) {
        if (code->support) {
          support = true;
        } else {
          addMatch(token, code->reason, code->field, std::string(code->source));
          addUnique(placed, code->reason);
        }
        std::fill(clause.begin() + static_cast<std::ptrdiff_t>(i), clause.begin() + static_cast<std::ptrdiff_t>(end), ' ');
      } else if (token.find('_') != std::string::npos) {
        std::replace(clause.begin() + static_cast<std::ptrdiff_t>(i), clause.begin() + static_cast<std::ptrdiff_t>(end), '_', ' ');
      }
      i = end;
    }
    const auto words = wordsOf(clause);
    // A greeting ("Hello Jane,") frames the notice, whatever the name in it.
    static const std::set<std::string_view> greetings = {"hi", "hello", "dear", "hey", "greetings", "good"};
    if (!words.empty() && words.size() <= 4 && greetings.count(words.front().text) && !support) return placed;
    for (const auto& rule : rules()) {
      const bool all = std::all_of(rule.all.begin(), rule.all.end(), [&](const Concept* c) { return hasConcept(words, *c); });
      if (!all) continue;
      const bool excluded = std::any_of(rule.unless.begin(), rule.unless.end(), [&](const Concept* c) { return hasConcept(words, *c); });
      if (excluded) continue;
      addMatch(trim(clause_view), rule.reason, rule.field, source_hint.empty() ? "text" : source_hint);
      addUnique(placed, rule.reason);
    }
    if (placed.empty() && (support || !onlyFraming(words))) {
      const std::string kept = excerpt(trim(clause_view), 200);
      const bool seen = std::any_of(unplaced_.begin(), unplaced_.end(), [&](const Unplaced& u) { return u.text == kept; });
      if (!seen) unplaced_.push_back({kept, support, words});
    }
    return placed;
  }

 public:
  // The clauses placed nowhere, kept as unrecognized — except, once the notice places a reason,
  // those that state no problem, and advice about a reason the notice does place ("Customer can obtain a Number Transfer PIN by dialing *PORT" beside "The PIN
  // provided is incorrect"): a clause that speaks of that reason's subject adds nothing to fix.
  void finish() {
    const auto& problems = problemWords();
    for (const auto& u : unplaced_) {
      const bool states_problem = !hasConcept(u.words, kHousekeeping) &&
                                  std::any_of(u.words.begin(), u.words.end(), [&](const Word& w) { return problems.count(w.text) != 0; });
      if (!u.support && !out_.matches.empty() && !states_problem) continue;  // the e-mail around a placed rejection
      bool about_placed = false;
      if (!u.support) {
        for (const auto& m : out_.matches) {
          for (const Concept* subject : subjectsOf(m.reason)) about_placed = about_placed || hasConcept(u.words, *subject);
        }
      }
      if (!about_placed) out_.unrecognized.push_back(u.text);
    }
    unplaced_.clear();
  }

 private:
  static std::vector<const Concept*> subjectsOf(R reason) {
    switch (reason) {
      case R::LoaMismatch: return {&kName, &kAddress};
      case R::UnauthorizedSignature: return {&kAuth};
      case R::AccountNumber: return {&kAccountNumber};
      case R::NumberInactive: return {&kInactive};
      case R::UnpaidBalance: return {&kBalance};
      case R::WrongPin: return {&kPin};
      case R::GoogleVoiceLocked: return {&kGoogleVoice};
      case R::InvalidBtn: return {&kBtn};
      case R::NumberUnportable: return {&kUnportable};
      case R::ResoldAccount: return {&kResold};
      default: return {};
    }
  }

  struct Unplaced {
    std::string text;
    bool support;
    std::vector<Word> words;
  };
  std::vector<Unplaced> unplaced_;

  void addMatch(std::string_view text, R reason, std::string_view field, std::string source) {
    RejectionMatch match{excerpt(text, 200), reason, {}, std::move(source)};
    if (field.empty()) {
      match.fields = defaultRejectionFields(reason);
    } else {
      match.fields = {std::string(field)};
    }
    // The same clause placed twice on a reason (a code and its words) is one match.
    for (auto& m : out_.matches) {
      if (m.text == match.text && m.reason == reason) {
        for (auto& f : match.fields) {
          if (std::find(m.fields.begin(), m.fields.end(), f) == m.fields.end()) m.fields.push_back(f);
        }
        return;
      }
    }
    out_.matches.push_back(std::move(match));
  }

  Rejection& out_;
};

// ---- JSON input ---------------------------------------------------------------------------

using Json = nlohmann::json;

// Deeper than this, a document is not a rejection: refused before parsing (no recursion).
bool nestedTooDeep(std::string_view text, int limit) {
  int depth = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_string) {
      if (c == '\\') ++i;
      else if (c == '"') in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '{' || c == '[') {
      if (++depth > limit) return true;
    } else if (c == '}' || c == ']') {
      --depth;
    }
  }
  return false;
}

std::string stringOf(const Json& value) {
  if (value.is_string()) return value.get<std::string>();
  if (value.is_number_integer()) return std::to_string(value.get<long long>());
  return {};
}

const char* const kNumberKeys[] = {"phone_number", "phoneNumber", "telephone_number", "tn", "number"};
const char* const kReasonKeys[] = {"rejection_reason", "rejectionReason", "reason", "reasons", "code", "description",
                                   "message", "error", "errors", "exception", "details", "detail", "comment",
                                   "comments", "notes", "note", "status_reason", "not_portability_reason"};

// Reads a provider's JSON: every object with a phone number takes the reasons written beside
// it; reasons outside such objects concern every number the document names.
void readJson(const Json& node, Classifier& classifier, std::vector<std::string>& all_numbers,
              std::vector<std::string>& order_texts, const std::string* number_here) {
  if (node.is_array()) {
    for (const auto& item : node) readJson(item, classifier, all_numbers, order_texts, number_here);
    return;
  }
  if (!node.is_object()) return;
  std::string number;
  for (const char* key : kNumberKeys) {
    const auto it = node.find(key);
    if (it == node.end() || !it->is_string()) continue;
    const auto found = phoneNumbersIn(it->get<std::string>());
    if (!found.empty()) {
      number = found.front().e164;
      break;
    }
  }
  const std::string* here = number.empty() ? number_here : &number;
  if (!number.empty() && std::find(all_numbers.begin(), all_numbers.end(), number) == all_numbers.end()) {
    all_numbers.push_back(number);
  }
  for (const char* key : kReasonKeys) {
    const auto it = node.find(key);
    if (it == node.end()) continue;
    std::vector<std::string> texts;
    if (it->is_array()) {
      for (const auto& item : *it) {
        if (item.is_string()) texts.push_back(item.get<std::string>());
      }
    } else {
      const std::string text = stringOf(*it);
      if (!text.empty() && !(it->is_number_integer())) texts.push_back(text);
    }
    for (const auto& text : texts) {
      if (here) {
        classifier.text(text, "", {*here});
      } else {
        order_texts.push_back(text);
      }
    }
  }
  for (const auto& [key, value] : node.items()) {
    if (value.is_object() || value.is_array()) readJson(value, classifier, all_numbers, order_texts, here);
  }
}

}  // namespace

std::vector<std::string> Rejection::fieldsOf(Reason reason) const {
  std::vector<std::string> fields;
  for (const auto& m : matches) {
    if (m.reason != reason) continue;
    for (const auto& f : m.fields) {
      if (std::find(fields.begin(), fields.end(), f) == fields.end()) fields.push_back(f);
    }
  }
  // A parent covers its children: "/service_address" makes "/service_address/zip" redundant.
  std::vector<std::string> out;
  for (const auto& f : fields) {
    const bool covered = std::any_of(fields.begin(), fields.end(), [&](const std::string& parent) {
      return parent != f && f.size() > parent.size() && f.compare(0, parent.size(), parent) == 0 && f[parent.size()] == '/';
    });
    if (!covered) out.push_back(f);
  }
  return out;
}

Rejection classifyRejection(std::string_view text) {
  Rejection out;
  if (text.size() > kMaxRejectionBytes) {
    out.error_code = "input.too_large";
    out.error = "the rejection text is " + std::to_string(text.size()) + " bytes; at most " +
                std::to_string(kMaxRejectionBytes) + " are read";
    return out;
  }
  try {
    // Ill-formed UTF-8 is read as U+FFFD: excerpt() replaces it in everything kept.
    const std::string_view body = trim(text);
    Classifier classifier(out);
    bool read_as_json = false;
    if (!body.empty() && (body.front() == '{' || body.front() == '[') && !nestedTooDeep(body, 64)) {
      const Json root = Json::parse(body.begin(), body.end(), nullptr, false);
      if (!root.is_discarded()) {
        read_as_json = true;
        std::vector<std::string> all_numbers, order_texts;
        readJson(root, classifier, all_numbers, order_texts, nullptr);
        for (const auto& t : order_texts) classifier.text(t, "", all_numbers);
      }
    }
    if (!read_as_json) classifier.text(body, "");
    classifier.finish();
    out.usable = true;
  } catch (const std::exception& e) {
    out = Rejection{};
    out.error_code = "internal";
    out.error = std::string("internal error: ") + e.what();
    return out;
  }
  for (const auto& m : out.matches) {
    if (std::find(out.reasons.begin(), out.reasons.end(), m.reason) == out.reasons.end()) out.reasons.push_back(m.reason);
  }
  std::sort(out.reasons.begin(), out.reasons.end(), [](R a, R b) { return checklistOrder(a) < checklistOrder(b); });
  return out;
}

std::string rejectionJson(const Rejection& r) {
  detail::JsonWriter out(2);
  out.beginObject();
  out.key("schema").value("portcheck.rejection/1");
  if (!r.usable) {
    out.key("error").beginObject();
    out.key("code").value(r.error_code);
    out.key("message").value(r.error);
    out.endObject();
    out.endObject();
    out.newlineAtEnd();
    return out.take();
  }
  out.key("reasons").beginArray();
  for (const R reason : r.reasons) out.value(reasonName(reason));
  out.endArray();
  out.key("fields").beginObject();
  for (const R reason : r.reasons) {
    out.key(reasonName(reason)).beginArray();
    for (const auto& f : r.fieldsOf(reason)) out.value(f);
    out.endArray();
  }
  out.endObject();
  out.key("numbers").beginObject();
  for (const auto& n : r.numbers) {
    out.key(n.e164).beginArray();
    for (const R reason : n.reasons) out.value(reasonName(reason));
    out.endArray();
  }
  out.endObject();
  out.key("matches").beginArray();
  for (const auto& m : r.matches) {
    out.beginObject();
    out.key("reason").value(reasonName(m.reason));
    out.key("source").value(m.source);
    out.key("text").value(m.text);
    out.key("fields").beginArray();
    for (const auto& f : m.fields) out.value(f);
    out.endArray();
    out.endObject();
  }
  out.endArray();
  out.key("unrecognized").beginArray();
  for (const auto& u : r.unrecognized) out.value(u);
  out.endArray();
  out.endObject();
  out.newlineAtEnd();
  return out.take();
}

}  // namespace portcheck
