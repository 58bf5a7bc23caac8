// The rules of SPEC §5 applied to a draft: one function per concept, each adding findings
// with the JSON Pointer of the field they are about; then the risk checklist and timeline.
#include <algorithm>
#include <map>
#include <set>
#include <utility>

#include "portcheck/address.hpp"
#include "portcheck/carriers.hpp"
#include "portcheck/evidence.hpp"
#include "portcheck/number_stages.hpp"
#include "portcheck/rejection.hpp"
#include "portcheck/report.hpp"
#include "text.hpp"

namespace portcheck {
namespace {

constexpr std::size_t kMaxNumbersPerRequest = 1000;  // Twilio's Port In limit
constexpr long kBillMaxAgeDays = 30;                  // "a bill from within the last 30 days"
constexpr long kBillExpiringWithinDays = 5;

bool blank(std::string_view text) { return trim(text).empty(); }

// Case- and space-folded text, for comparisons carriers make "exactly" but people type loosely.
std::string fold(std::string_view text) {
  std::string out;
  bool space = false;
  for (const char c : trim(text)) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return out;
}

std::string quoted(std::string_view text) { return "\"" + excerpt(trim(text)) + "\""; }

// Built with PORTCHECK_DRAFT_RULES_ONLY (the page's first stage, core/CMakeLists.txt), the checker
// judges a draft alone: a bill as read is only ever given to the worker's module, so the
// comparison with it, and the line index it searches, are not linked into the page's thread.
#ifdef PORTCHECK_DRAFT_RULES_ONLY
constexpr bool kComparesDocuments = false;
#else
constexpr bool kComparesDocuments = true;
#endif

// The reading of a request's bill in the evidence, when there is one to compare with.
const BillReading* readingOf(const Evidence* evidence, const PortRequest& request) {
  if constexpr (kComparesDocuments) {
    if (evidence && request.bill && request.bill->file) return evidence->billFor(request.bill->file->sha256);
  }
  return nullptr;
}

const DocumentIndex* indexOf(const Evidence* evidence, const BillReading* reading, const PortRequest& request) {
  if constexpr (kComparesDocuments) {
    if (reading) return evidence->indexFor(request.bill->file->sha256);
  }
  return nullptr;
}

class RequestChecker {
 public:
  RequestChecker(const PortRequest& request, std::size_t index, Date as_of,
                 std::vector<Finding>& findings, std::map<std::string, std::string>& seen_numbers,
                 const Evidence* evidence, const PortRequest* previous, bool previous_given)
      : r_(request), previous_(previous), previous_given_(previous_given), request_index_(index),
        base_("/requests/" + std::to_string(index)), as_of_(as_of),
        findings_(findings), seen_numbers_(seen_numbers),
        reading_(readingOf(evidence, request)), index_(indexOf(evidence, reading_, request)) {}

  RequestReport run() {
    const std::size_t first = findings_.size();
    RequestReport report;
    checkNumbers(report);
    checkBtn(report);
    checkNames();
    checkAddress();
    checkAccount(report);
    checkCsr(report);
    checkBill(report);
    checkSignature();
    checkAttestations();
    checkRejection(report);
    report.risks = risks(first);
    report.documents = std::move(said_);
    report.timeline = timeline();
    report.timeline.restarted = r_.rejection.has_value();
    return report;
  }

 private:
  void add(std::string_view code, const std::string& path, std::string message) {
    findings_.push_back(makeFinding(code, path, std::move(message)));
  }
  std::string at(std::string_view field) const { return base_ + "/" + std::string(field); }

  void checkNumbers(RequestReport& report) {
    if (r_.phone_numbers.empty()) {
      add("request.numbers_missing", at("phone_numbers"), "This request lists no phone numbers to port.");
    }
    if (r_.phone_numbers.size() > kMaxNumbersPerRequest) {
      add("request.too_many_numbers", at("phone_numbers"),
          "This request lists " + std::to_string(r_.phone_numbers.size()) +
              " numbers; one request can port at most 1,000.");
    }
    for (std::size_t i = 0; i < r_.phone_numbers.size(); ++i) {
      const std::string path = at("phone_numbers/" + std::to_string(i));
      NumberVerdict v = classifyNumber(r_.phone_numbers[i].phone_number);
      if (v.code != NumberCode::Ok) {
        // Worded without the extension, which has its own finding below.
        std::string extension = std::exchange(v.extension, {});
        add(std::string("number.") + std::string(numberCodeName(v.code)), path,
            quoted(v.input) + ": " + describeVerdict(v));
        v.extension = std::move(extension);
      }
      if (!v.extension.empty()) {
        add("number.extension_ignored", path,
            quoted(v.input) + " includes extension " + v.extension + "; only the main number is ported.");
      }
      if (v.e164) {
        const auto [it, inserted] = seen_numbers_.emplace(*v.e164, path);
        if (!inserted) {
          add("number.duplicate", path, *v.e164 + " is listed more than once (first at " + it->second + ").");
        }
      }
      report.numbers.push_back(std::move(v));
    }
  }

  void checkBtn(const RequestReport& report) {
    const std::string path = at("account_telephone_number");
    if (blank(r_.account_telephone_number)) {
      add("btn.missing", path, "The billing telephone number (BTN) of the account is not given.");
      return;
    }
    const NumberVerdict btn = classifyNumber(r_.account_telephone_number);
    if (btn.code == NumberCode::Checking) {
      add("number.checking", path, quoted(btn.input) + ": " + describeVerdict(btn));
      return;
    }
    if (!btn.eligible()) {
      add("btn.invalid", path,
          "The billing telephone number " + quoted(btn.input) + " is not a valid US number.");
      return;
    }
    const bool btn_ported = std::any_of(report.numbers.begin(), report.numbers.end(),
                                        [&](const NumberVerdict& n) { return n.e164 == btn.e164; });
    if (!btn_ported && r_.attestations.ports_all_numbers_on_account == true) {
      // A full port moves every number on the account, the BTN included; a list without it is
      // incomplete, or the port is partial (then the account needs a new BTN).
      add("request.full_port_btn_missing", path,
          "Every number on the account is confirmed to move, but the billing telephone number " + *btn.e164 +
              " is not among the numbers to port.");
    }
    if (btn_ported && r_.attestations.ports_all_numbers_on_account == false) {
      add("request.partial_port_btn", path,
          "The billing telephone number " + *btn.e164 +
              " is being ported, but some numbers on the account stay with the carrier: they will need a "
              "new billing number.");
    }
  }

  void checkName(std::string_view value, std::string_view field, std::string_view missing_code,
                 std::string_view what, bool digits_allowed) {
    const std::string path = at(field);
    if (blank(value)) {
      add(missing_code, path, "The " + std::string(what) + " is empty.");
      return;
    }
    static const std::set<std::string> kPlaceholders = {
        "n/a", "na", "none", "test", "unknown", "tbd", "xxx", "x", "asdf", "null", "-", "?", "name", "owner"};
    const std::string folded = fold(value);
    std::string letters;
    for (const char c : folded) {
      if (std::isalpha(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80) letters += c;
    }
    const bool has_digit = std::any_of(folded.begin(), folded.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (kPlaceholders.count(folded) || letters.size() <= 1 || (has_digit && !digits_allowed)) {
      add("loa.name_suspicious", path,
          "The " + std::string(what) + " " + quoted(value) +
              " does not look like a real name; carriers reject names that differ from their record.");
    }
  }

  void checkNames() {
    const auto& rep = r_.authorized_representative;
    checkName(rep.first_name, "authorized_representative/first_name", "loa.first_name_missing",
              "authorized person's first name", false);
    checkName(rep.last_name, "authorized_representative/last_name", "loa.last_name_missing",
              "authorized person's last name", false);
    // Business names may contain digits ("3M Company", "7-Eleven Store 1234").
    checkName(r_.customer_name, "customer_name", "loa.customer_name_missing", "account (customer) name",
              r_.customer_type != "residential");
  }

  void checkStreetLine(std::string_view line, const std::string& path, bool main_line) {
    switch (classifyStreetLine(line)) {
      case StreetLineKind::PoBox:
        add("address.po_box", path, quoted(line) + " is a post-office box; carriers need the physical service address.");
        return;
      case StreetLineKind::GeneralDelivery:
        add("address.general_delivery", path, quoted(line) + " is General Delivery, not a service address.");
        return;
      case StreetLineKind::PrivateMailbox:
        add("address.private_mailbox", path, quoted(line) + " looks like a private mailbox (PMB).");
        return;
      case StreetLineKind::RuralRoute:
        add("address.rural_route", path, quoted(line) + " is a rural-route or highway-contract box.");
        return;
      case StreetLineKind::Military:
        add("address.military", path, quoted(line) + " is a military mail address.");
        return;
      case StreetLineKind::Street:
        break;
    }
    if (main_line && !hasHouseNumber(line)) {
      add("address.house_number_missing", path, quoted(line) + " has no street number.");
    }
  }

  void checkAddress() {
    const auto& a = r_.service_address;
    if (blank(a.street)) {
      add("address.street_missing", at("service_address/street"), "The service street address is empty.");
    } else {
      checkStreetLine(a.street, at("service_address/street"), true);
    }
    if (!blank(a.street_2)) checkStreetLine(a.street_2, at("service_address/street_2"), false);
    if (blank(a.city)) {
      add("address.city_missing", at("service_address/city"), "The service address city is empty.");
    } else if (isMilitaryCity(a.city)) {
      add("address.military", at("service_address/city"), quoted(a.city) + " is a military post office.");
    }
    const UsState* state = findUsState(a.state);
    if (!state) {
      add("address.state_invalid", at("service_address/state"),
          blank(a.state) ? std::string("The service address state is empty.")
                         : quoted(a.state) + " is not a US state, DC or US territory.");
    } else if (state->military && !isMilitaryCity(a.city)) {
      add("address.military", at("service_address/state"), quoted(a.state) + " is an armed-forces mail code.");
    }
    if (!isValidZip(a.zip)) {
      add("address.zip_invalid", at("service_address/zip"),
          blank(a.zip) ? std::string("The service address ZIP code is empty.")
                       : quoted(a.zip) + " is not a 5-digit ZIP code or ZIP+4.");
    } else if (state && !zipBelongsToState(a.zip, *state)) {
      add("address.state_zip_mismatch", at("service_address/zip"),
          "ZIP code " + std::string(trim(a.zip)) + " is not a " + std::string(state->name) + " ZIP code.");
    }
  }

  // The digits of an account number or PIN as carriers compare them: spaces and dashes dropped.
  static std::string compact(std::string_view text) {
    std::string out;
    for (const char c : trim(text)) {
      if (c != ' ' && c != '-') out += c;
    }
    return out;
  }
  static bool digitsWithin(std::string_view text, DigitCount count) {
    return text.size() >= static_cast<std::size_t>(count.min) && text.size() <= static_cast<std::size_t>(count.max) &&
           std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
  }
  // A carrier's own steps, composed from its table row (empty where the row is): the `where`
  // and `how` of the table are clauses written to follow a colon.
  static std::string findAccountNumber(const CarrierFacts& c) {
    if (c.account.where.empty()) return {};
    std::string text = "Find the " + std::string(c.name) + " account number: " + std::string(c.account.where) + ".";
    if (!c.account.shape.empty()) text += " It is " + std::string(c.account.shape) + ".";
    return text;
  }
  static std::string getPin(const CarrierFacts& c) {
    if (c.pin.name.empty() || c.pin.how.empty()) return {};
    const std::string pin(c.pin.name), how(c.pin.how);
    if (!c.pin.required) return "If " + std::string(c.name) + " asks for a PIN, it is the " + pin + ": " + how + ".";
    return "Get the " + pin + " shortly before you send the bundle: " + how + ".";
  }
  static std::string turnOffLock(const CarrierFacts& c) {
    if (c.lock.name.empty()) return {};
    return "Turn off " + std::string(c.name) + "'s " + std::string(c.lock.name) + ": " + std::string(c.lock.how) + ".";
  }

  // Sets the fix of the finding just added: a carrier's own steps, when the table has them.
  void fixWith(std::string fix) {
    if (!fix.empty()) findings_.back().fix = std::move(fix);
  }

  void checkAccount(const RequestReport& report) {
    const CarrierFacts* carrier = findCarrier(r_.losing_carrier);
    const CarrierKind kind = carrierKind(r_.losing_carrier);
    const std::string carrier_name = carrier ? std::string(carrier->name) : std::string(trim(r_.losing_carrier));
    if (blank(r_.losing_carrier)) {
      add("carrier.missing", at("losing_carrier"), "The current carrier is not named.");
    }
    if (blank(r_.account_number)) {
      add("account.number_missing", at("account_number"), "The account number with the current carrier is empty.");
      if (carrier) fixWith(findAccountNumber(*carrier));
    } else if (carrier) {
      checkAccountNumber(*carrier, report);
    }
    checkPin(carrier, kind);
    if (carrier && carrier->reseller) {
      // The numbers' records, account number and PIN are the underlying carrier's.
      add("carrier.reseller", at("losing_carrier"),
          carrier_name + " usually resells another carrier's numbers: the account number, PIN and record that "
                         "count may be that carrier's.");
    }
    if (kind == CarrierKind::GoogleVoice && r_.attestations.google_voice_unlocked != true) {
      add("carrier.google_voice_locked", at("attestations/google_voice_unlocked"),
          "Google Voice numbers must be unlocked before they can be ported, and this one is not confirmed unlocked.");
    }
    const bool has_lock = kind != CarrierKind::GoogleVoice &&
                          (kind == CarrierKind::Wireless || (carrier && !carrier->lock.name.empty()));
    if (has_lock && r_.attestations.port_lock_removed != true) {
      if (carrier && !carrier->lock.name.empty()) {
        add("carrier.port_lock", at("attestations/port_lock_removed"),
            carrier_name + "'s " + std::string(carrier->lock.name) +
                " is not confirmed off for this account; while it is on, every port is refused.");
        fixWith(turnOffLock(*carrier) + " Then confirm it here.");
      } else {
        add("carrier.port_lock", at("attestations/port_lock_removed"),
            "Number lock (port protection) is not confirmed off for this " + carrier_name +
                " account; while it is on, every port is refused.");
      }
    }
  }

  void checkAccountNumber(const CarrierFacts& carrier, const RequestReport& report) {
    const std::string path = at("account_number");
    const std::string name(carrier.name);
    const CarrierAccount& account = carrier.account;
    if (!account.can_be_phone_number) {
      // Read as a number the way the numbers themselves are ("(217) 544-0111", "1-217-…").
      const NumberVerdict as_number = classifyNumber(r_.account_number);
      const NumberVerdict btn = classifyNumber(r_.account_telephone_number);
      if (as_number.code == NumberCode::Checking || (as_number.e164 && btn.code == NumberCode::Checking)) {
        // Not known yet whether it is a phone number (number_stages.hpp): nothing is said on a guess.
        add("number.checking", path,
            quoted(r_.account_number) +
                ": checking\u2026 Whether this is a phone number is read with the full number data, which is still loading.");
        return;
      }
      if (const auto& phone = as_number.e164) {
        // A phone number typed where the account number goes: the commonest mix-up.
        const bool is_btn = btn.e164 == phone;
        const bool is_ported = std::any_of(report.numbers.begin(), report.numbers.end(),
                                           [&](const NumberVerdict& n) { return n.e164 == phone; });
        if (is_btn || is_ported) {
          add("account.number_is_phone_number", path,
              quoted(r_.account_number) + " is " +
                  (is_btn ? "the billing telephone number" : "one of the numbers to port") + ", but " + name +
                  " account numbers are not phone numbers.");
          fixWith(findAccountNumber(carrier));
          return;
        }
      }
    }
    if (account.digits.known() && !digitsWithin(compact(r_.account_number), account.digits)) {
      // Only the carrier's own, uncontested word on the format may stop the export.
      add(account.source.trust == Trust::Official ? "account.number_invalid" : "account.number_format", path,
          quoted(r_.account_number) + " does not look like a " + name + " account number: those are " +
              std::string(account.shape) + ".");
      fixWith(findAccountNumber(carrier));
    }
  }

  void checkPin(const CarrierFacts* carrier, CarrierKind kind) {
    const std::string path = at("account_pin");
    const bool every_number_has_pin =
        !r_.phone_numbers.empty() && std::all_of(r_.phone_numbers.begin(), r_.phone_numbers.end(),
                                                 [](const PhoneNumberEntry& e) { return !blank(e.pin); });
    const bool required = carrier ? carrier->pin.required
                                  : (kind == CarrierKind::Wireless || kind == CarrierKind::GoogleVoice);
    const std::string pin_name = carrier && !carrier->pin.name.empty() ? std::string(carrier->pin.name) : "port-out PIN";
    if (required && blank(r_.account_pin) && !every_number_has_pin) {
      if (carrier) {
        add("account.pin_recommended", path,
            std::string(carrier->name) + " asks for its " + pin_name + " to release the numbers, and none is given.");
        fixWith(getPin(*carrier));
      } else {
        add("account.pin_recommended", path,
            kind == CarrierKind::GoogleVoice
                ? std::string("Google Voice asks for the account's port-out PIN, and none is given.")
                : quoted(r_.losing_carrier) + " requires a port-out PIN for wireless numbers, and none is given.");
      }
    }
    if (!carrier || blank(r_.account_pin)) return;
    const std::string pin = compact(r_.account_pin);
    if (carrier->pin.digits.known() && !digitsWithin(pin, carrier->pin.digits)) {
      const DigitCount d = carrier->pin.digits;
      add("account.pin_format", path,
          "The PIN given (" + std::to_string(pin.size()) + " characters) is not what " + std::string(carrier->name) +
              " issues: its " + pin_name + " is " +
              (d.min == d.max ? std::to_string(d.min) : std::to_string(d.min) + " to " + std::to_string(d.max)) +
              " digits.");
      fixWith(getPin(*carrier));
    }
    if (carrier->pin.valid_days > 0) checkPinAge(*carrier, pin_name);
  }

  // A transfer PIN that lasts N days must reach Outreach before it lapses. Counted from the
  // signature date (the PIN is usually requested when the LOA is signed), else from today.
  void checkPinAge(const CarrierFacts& carrier, const std::string& pin_name) {
    std::optional<Date> from;
    std::string from_what = "today";
    if (r_.signature) {
      if (const auto signed_on = Date::parseIso(trim(r_.signature->signed_on)); signed_on && *signed_on <= as_of_) {
        from = signed_on, from_what = "on the date signed, " + signed_on->iso() + ",";
      }
    }
    const Date start = from.value_or(as_of_);
    const int days = carrier.pin.valid_days;
    const Date lapses = start.plusDays(days);
    const std::string lasts = std::string(carrier.name) + "'s " + pin_name + " lasts " +
                              (days == 1 ? std::string("one day") : std::to_string(days) + " days");
    if (as_of_ >= lapses) {
      add("account.pin_may_have_expired", at("account_pin"),
          lasts + ": one requested " + from_what + " lapsed on " + spokenDate(lapses) + ".");
    } else {
      add("account.pin_expires", at("account_pin"),
          lasts + ": if it was requested " + from_what + " Outreach must have this bundle before " +
              spokenDate(lapses) + ". Requesting a new PIN cancels the old one.");
    }
  }

  void checkCsr(const RequestReport& report) {
    if (!r_.csr) {
      add("csr.not_provided", at("csr"), "No Customer Service Record (CSR) was compared with this request.");
      if (const CarrierFacts* carrier = findCarrier(r_.losing_carrier); carrier && !carrier->csr.empty()) {
        fixWith("Get the Customer Service Record (CSR) from " + std::string(carrier->name) + ": " +
                std::string(carrier->csr) + ". Copy its name and address here.");
      }
      return;
    }
    const auto& csr = *r_.csr;
    if (fold(csr.customer_name) != fold(r_.customer_name)) {
      add("csr.name_mismatch", at("customer_name"),
          "The name " + quoted(r_.customer_name) + " differs from the CSR's " + quoted(csr.customer_name) + ".");
    }
    const auto& a = r_.service_address;
    const auto& c = csr.address;
    const std::pair<std::string_view, std::pair<const std::string*, const std::string*>> fields[] = {
        {"street", {&a.street, &c.street}}, {"street_2", {&a.street_2, &c.street_2}},
        {"city", {&a.city, &c.city}}, {"state", {&a.state, &c.state}}, {"zip", {&a.zip, &c.zip}}};
    for (const auto& [name, values] : fields) {
      if (fold(*values.first) != fold(*values.second)) {
        add("csr.address_mismatch", at("service_address/" + std::string(name)),
            "The " + std::string(name == "street_2" ? "second street line" : name) + " " + quoted(*values.first) +
                " differs from the CSR's " + quoted(*values.second) + ".");
      }
    }
    checkCsrAccount(csr, report);
  }

  // The rest of a CSR, when it was read from the carrier's record (csr.hpp): the account
  // number, the billing telephone number and the working numbers on the account.
  void checkCsrAccount(const CustomerServiceRecord& csr, const RequestReport& report) {
    if (!blank(csr.account_number) && !blank(r_.account_number) &&
        accountKey(csr.account_number) != accountKey(r_.account_number)) {
      add("csr.account_number_mismatch", at("account_number"),
          "The account number " + quoted(r_.account_number) + " differs from the CSR's " + quoted(csr.account_number) + ".");
    }
    if (!blank(csr.account_telephone_number) && !blank(r_.account_telephone_number)) {
      const NumberVerdict on_record = classifyNumber(csr.account_telephone_number);
      const NumberVerdict typed = classifyNumber(r_.account_telephone_number);
      if (on_record.e164 && typed.e164 && on_record.e164 != typed.e164) {
        add("csr.btn_mismatch", at("account_telephone_number"),
            "The billing telephone number " + *typed.e164 + " differs from the CSR's " + *on_record.e164 + ".");
      }
    }
    if (csr.phone_numbers.empty()) return;
    std::set<std::string> ported, on_record;
    for (const auto& n : report.numbers) {
      if (n.e164) ported.insert(*n.e164);
    }
    std::vector<std::string> staying, unknown;
    for (const auto& typed : csr.phone_numbers) {
      const NumberVerdict v = classifyNumber(typed);
      if (!v.e164 || !on_record.insert(*v.e164).second) continue;
      if (!ported.count(*v.e164)) staying.push_back(*v.e164);
    }
    for (const auto& e164 : ported) {
      if (!on_record.count(e164)) unknown.push_back(e164);
    }
    const auto named = [](std::vector<std::string> list) {
      constexpr std::size_t kNamed = 10;
      const std::size_t more = list.size() > kNamed ? list.size() - kNamed : 0;
      list.resize(std::min(list.size(), kNamed));
      if (more) list.push_back(std::to_string(more) + " more");
      return listed(list);
    };
    if (!staying.empty() && r_.attestations.ports_all_numbers_on_account == true) {
      add("csr.numbers_not_ported", at("attestations/ports_all_numbers_on_account"),
          "Every number on the account is confirmed to move, but " + std::to_string(staying.size()) + " of the " +
              std::to_string(on_record.size()) + " numbers on the CSR " + (staying.size() == 1 ? "is" : "are") +
              " not being ported: " + named(staying) + ".");
    }
    if (!unknown.empty()) {
      add("csr.numbers_not_on_record", at("phone_numbers"),
          std::to_string(unknown.size()) + " of the " + std::to_string(ported.size()) + " numbers being ported " +
              (unknown.size() == 1 ? "is" : "are") + " not on the CSR: " + named(unknown) + ".");
    }
  }

  // The bill: its age (30 days), and, when its file was read (evidence.hpp), what it shows
  // against what the LOA says. A readable bill's own statement date decides the age.
  void checkBill(const RequestReport& report) {
    if (!r_.bill) {
      add("bill.missing", at("bill"), "No phone bill (or receipt or portal screenshot) is attached.");
      return;
    }
    const Bill& bill = *r_.bill;
    if (!bill.kind.empty() && bill.kind != "bill" && bill.kind != "receipt" && bill.kind != "portal_screenshot") {
      add("bill.kind_invalid", at("bill/kind"), quoted(bill.kind) + " is not a bill, receipt or portal screenshot.");
    }
    if (reading_ && !readable()) {
      add("bill.unreadable", at("bill/file"),
          reading_->usable
              ? billName() + " has no text to read (a scan or a photo), so its date and contents are taken as typed "
                             "and confirmed here."
              : billName() + " could not be read (" + reading_->error + "), so its date and contents are taken as "
                             "typed and confirmed here.");
    }
    const std::string date_path = at("bill/statement_date");
    const std::optional<Date> printed =
        readable() && reading_->statement_date ? Date::parseIso(reading_->statement_date->value) : std::nullopt;
    const std::optional<Date> typed = Date::parseIso(trim(bill.statement_date));
    if (printed) {
      // The bill says when it was issued; a typed date is optional, and a different one is a slip.
      if (!blank(bill.statement_date) && !typed) {
        add("bill.date_invalid", date_path, quoted(bill.statement_date) + " is not a real date (YYYY-MM-DD).");
      } else if (typed && *typed != *printed) {
        add("bill.date_differs", date_path,
            "The bill's statement date is " + printed->iso() + " (" + spokenDate(*printed) + "); " +
                typed->iso() + " was typed.");
      }
      said("statement date", "bill/statement_date", std::string(trim(bill.statement_date)), printed->iso(),
           !typed || *typed == *printed);
      checkBillAge(*printed, date_path, " (printed on the bill)");
    } else if (blank(bill.statement_date)) {
      add("bill.date_missing", date_path,
          readable() ? "No statement date could be read on the bill, and none is given."
                     : "The bill's statement date is not given.");
    } else if (!typed) {
      add("bill.date_invalid", date_path, quoted(bill.statement_date) + " is not a real date (YYYY-MM-DD).");
    } else {
      if (readable()) said("statement date", "bill/statement_date", typed->iso(), "", false);
      checkBillAge(*typed, date_path, "");
    }
    if constexpr (kComparesDocuments) {
      if (readable()) {
        compareWithBill(report);
        return;
      }
    }
    std::vector<std::string> unconfirmed;
    if (bill.shows_account_number != true) unconfirmed.emplace_back("the account number");
    if (bill.shows_name != true) unconfirmed.emplace_back("the name");
    if (bill.shows_address != true) unconfirmed.emplace_back("the service address");
    if (bill.shows_all_numbers != true) unconfirmed.emplace_back("every number being ported");
    if (!unconfirmed.empty()) {
      add("bill.contents_unconfirmed", at("bill"), "Not confirmed that the bill shows " + listed(unconfirmed) + ".");
    }
  }

  void checkBillAge(Date date, const std::string& date_path, const std::string& source) {
    if (date > as_of_) {
      add("bill.future_date", date_path, "The statement date " + date.iso() + source + " is after " + as_of_.iso() + ".");
      return;
    }
    const long age = as_of_.daysSince(date);
    const Date last_day = date.plusDays(kBillMaxAgeDays);
    if (age > kBillMaxAgeDays) {
      add("bill.too_old", date_path,
          "The bill is dated " + date.iso() + source + ", " + std::to_string(age) +
              " days ago; carriers need one from the last 30 days.");
    } else if (age > kBillMaxAgeDays - kBillExpiringWithinDays) {
      add("bill.expiring", date_path,
          "The bill dated " + date.iso() + source + " is accepted until " + last_day.iso() +
              ": submit by then, or use a newer bill.");
    }
  }

  static std::string listed(const std::vector<std::string>& items) {
    std::string list;
    for (std::size_t i = 0; i < items.size(); ++i) {
      list += (i == 0 ? "" : i + 1 == items.size() ? " and " : ", ") + items[i];
    }
    return list;
  }

  bool readable() const { return reading_ && reading_->usable && reading_->text_layer; }
  std::string billName() const {
    const std::string& name = r_.bill->file->name;
    return blank(name) ? std::string("The bill") : "The bill " + quoted(name);
  }
  static std::string where(const FoundAt& at) {
    return "page " + std::to_string(at.page) + ", line " + std::to_string(at.line);
  }
  // A line of the bill as read, by where it was found ("" when out of range).
  std::string lineAt(const FoundAt& at) const {
    const auto& text = reading_->text;
    if (at.page < 1 || static_cast<std::size_t>(at.page) > text.size()) return {};
    const auto& lines = text[static_cast<std::size_t>(at.page) - 1];
    if (at.line < 1 || static_cast<std::size_t>(at.line) > lines.size()) return {};
    return std::string(trim(lines[static_cast<std::size_t>(at.line) - 1]));
  }
  void said(std::string field, std::string_view path, std::string loa, std::string bill, bool matches) {
    said_.push_back({at(path), std::move(field), std::move(loa), std::move(bill), matches});
  }

  // The LOA against the bill's text, field by field: each difference is a warning on its
  // field, quoting what the bill shows instead.
  void compareWithBill(const RequestReport& report) {
    const BillReading& bill = *reading_;
    if (!blank(r_.account_number)) {
      const AccountMatch account = portcheck::findAccountNumber(*index_, r_.account_number);
      bill_account_checked_ = true;
      bill_account_found_ = account.found;
      if (!account.found) {
        std::string message = "The account number " + quoted(r_.account_number) + " is not on the bill";
        if (!account.close.empty()) {
          message += ": the bill shows " + excerpt(account.close) + "; you typed " + excerpt(trim(r_.account_number)) + ".";
        } else if (!bill.account_numbers.empty()) {
          message += "; the account number it shows is " + excerpt(bill.account_numbers.front().value) + ".";
        } else {
          message += ".";
        }
        add("bill.account_number_not_found", at("account_number"), std::move(message));
      }
      said("account number", "account_number", std::string(trim(r_.account_number)),
           account.found ? lineAt(account.at)
                         : !account.close.empty() ? account.close
                         : bill.account_numbers.empty() ? std::string() : bill.account_numbers.front().value,
           account.found);
    }
    if (!blank(r_.customer_name)) {
      const TextMatch name = findName(*index_, r_.customer_name);
      bill_name_checked_ = true;
      bill_name_found_ = name.found;
      if (!name.found) {
        add("bill.name_not_found", at("customer_name"),
            "The account name " + quoted(r_.customer_name) + " is not on the bill as typed" +
                (name.closest.empty() ? std::string(".")
                                      : "; the closest line is \"" + name.closest + "\" (" + where(name.at) + ")."));
      }
      said("account name", "customer_name", std::string(trim(r_.customer_name)), name.found ? lineAt(name.at) : name.closest,
           name.found);
    }
    const auto& a = r_.service_address;
    struct AddressPart {
      std::string_view field, what;
      const std::string& value;
      TextMatch (*find)(const DocumentIndex&, std::string_view);
    };
    const AddressPart parts[] = {{"street", "street", a.street, findStreet},
                                 {"street_2", "second street line", a.street_2, findStreet},
                                 {"city", "city", a.city, findCity},
                                 {"zip", "ZIP code", a.zip, findZip}};
    for (const auto& part : parts) {
      if (blank(part.value)) continue;
      const TextMatch match = part.find(*index_, part.value);
      bill_address_checked_ = true;
      bill_address_found_ = bill_address_found_ && match.found;
      if (!match.found) {
        std::string normal;
        if (part.field != "zip") {
          for (const auto& w : pub28Words(part.value)) normal += (normal.empty() ? "" : " ") + w;
        }
        add("bill.address_not_found", at("service_address/" + std::string(part.field)),
            "The " + std::string(part.what) + " " + quoted(part.value) + " is not on the bill" +
                (normal.empty() || normal == std::string(trim(part.value)) ? std::string()
                                                                           : " (compared as USPS writes it: " + excerpt(normal) + ")") +
                (match.closest.empty() ? std::string(".")
                                       : "; the closest line is \"" + match.closest + "\" (" + where(match.at) + ")."));
      }
      said(std::string(part.what), "service_address/" + std::string(part.field), std::string(trim(part.value)), match.found ? lineAt(match.at) : match.closest,
           match.found);
    }
    // Every number being ported, by E.164.
    std::set<std::string> on_bill;
    for (const auto& n : bill.phone_numbers) on_bill.insert(n.value);
    std::vector<std::string> missing;
    std::size_t compared = 0;
    for (const auto& n : report.numbers) {
      if (!n.e164) continue;
      ++compared;
      if (!on_bill.count(*n.e164)) missing.push_back(*n.e164);
    }
    if (!missing.empty()) {
      constexpr std::size_t kNamed = 10;
      std::vector<std::string> named(missing.begin(), missing.begin() + static_cast<std::ptrdiff_t>(std::min(missing.size(), kNamed)));
      if (missing.size() > kNamed) named.push_back(std::to_string(missing.size() - kNamed) + " more");
      add("bill.numbers_not_found", at("phone_numbers"),
          std::to_string(missing.size()) + " of " + std::to_string(compared) + " numbers being ported " +
              (missing.size() == 1 ? "is" : "are") + " not on the bill: " + listed(named) + ".");
    }
    if (compared > 0) {
      said("numbers", "phone_numbers", std::to_string(compared) + " to port",
           std::to_string(compared - missing.size()) + " of " + std::to_string(compared) + " on the bill", missing.empty());
    }
    // The carrier whose bill it is.
    const CarrierFacts* typed_carrier = findCarrier(r_.losing_carrier);
    if (bill.carrier) {
      const bool same = typed_carrier && (typed_carrier->name == bill.carrier->value || mentionsCarrier(*index_, *typed_carrier));
      if (typed_carrier && !same) {
        add("bill.carrier_differs", at("losing_carrier"),
            "The bill is " + excerpt(bill.carrier->value) + "'s (" + where(bill.carrier->at) +
                "), but the current carrier is given as " + quoted(r_.losing_carrier) + ".");
      }
      said("carrier", "losing_carrier", std::string(trim(r_.losing_carrier)), bill.carrier->value, !typed_carrier || same);
    }
  }
  static std::vector<std::string> words(std::string_view text) {
    std::vector<std::string> out;
    std::string word;
    for (const char c : fold(text) + " ") {
      if (c == ' ' || c == '.' || c == ',') {
        if (!word.empty()) out.push_back(word);
        word.clear();
      } else {
        word += c;
      }
    }
    return out;
  }

  void checkSignature() {
    const std::string base = at("signature");
    if (!r_.signature || blank(r_.signature->signer_name) || blank(r_.signature->signed_on)) {
      const bool no_signer = !r_.signature || blank(r_.signature->signer_name);
      add("signature.missing", no_signer ? base + "/signer_name" : base + "/signed_on",
          no_signer ? "The Letter of Authorization is not signed." : "The signature has no date.");
      return;
    }
    const Signature& sig = *r_.signature;
    const auto signed_on = Date::parseIso(trim(sig.signed_on));
    if (!signed_on) {
      add("signature.missing", base + "/signed_on", quoted(sig.signed_on) + " is not a real date (YYYY-MM-DD).");
    } else if (*signed_on > as_of_) {
      add("signature.future_date", base + "/signed_on",
          "The signature is dated " + signed_on->iso() + ", after " + as_of_.iso() + ".");
    }
    const auto& rep = r_.authorized_representative;
    if (blank(rep.first_name) || blank(rep.last_name)) return;  // reported as missing names
    const auto signer = words(sig.signer_name);
    auto expected = words(rep.first_name);
    const auto last = words(rep.last_name);
    expected.insert(expected.end(), last.begin(), last.end());
    if (signer == expected) return;
    const std::string authorized = std::string(trim(rep.first_name)) + " " + std::string(trim(rep.last_name));
    if (!signer.empty() && signer.front() == expected.front() && signer.back() == expected.back()) {
      add("signature.name_variant", base + "/signer_name",
          "Signed as " + quoted(sig.signer_name) + ", but the authorized person is " + quoted(authorized) + ".");
    } else {
      add("signature.not_authorized", base + "/signer_name",
          quoted(sig.signer_name) + " signed, but the authorized person is " + quoted(authorized) + ".");
    }
  }

  void checkAttestations() {
    if (r_.attestations.numbers_in_service != true) {
      add("attest.numbers_in_service", at("attestations/numbers_in_service"),
          "Not confirmed that every number is in service with the current carrier.");
    }
    if (r_.attestations.balance_paid != true) {
      add("attest.balance_paid", at("attestations/balance_paid"),
          "Not confirmed that the account has no unpaid balance or port-away fee.");
    }
  }

  // ---- a resubmission (SPEC "Rejections and resubmission") ----------------------------------

  // A field of a request by its pointer, as one comparable text ("" when absent). Objects are
  // their parts joined, so "/service_address" changes when any line of it does.
  static std::string fieldText(const PortRequest& q, std::string_view pointer) {
    const auto& a = q.service_address;
    if (pointer == "/customer_name") return q.customer_name;
    if (pointer == "/service_address") return a.street + "\n" + a.street_2 + "\n" + a.city + "\n" + a.state + "\n" + a.zip;
    if (pointer == "/service_address/street") return a.street;
    if (pointer == "/service_address/street_2") return a.street_2;
    if (pointer == "/service_address/city") return a.city;
    if (pointer == "/service_address/state") return a.state;
    if (pointer == "/service_address/zip") return a.zip;
    if (pointer == "/authorized_representative") {
      return q.authorized_representative.first_name + "\n" + q.authorized_representative.last_name;
    }
    if (pointer == "/signature/signer_name") return q.signature ? q.signature->signer_name : std::string();
    if (pointer == "/account_number") return accountKey(q.account_number);
    if (pointer == "/account_pin") return q.account_pin;
    if (pointer == "/account_telephone_number") {
      const NumberVerdict v = classifyNumber(q.account_telephone_number);
      return v.e164 ? *v.e164 : q.account_telephone_number;
    }
    if (pointer == "/losing_carrier") return q.losing_carrier;
    return {};
  }

  static std::string fieldLabel(std::string_view pointer) {
    if (pointer == "/customer_name") return "the account name";
    if (pointer == "/service_address") return "the service address";
    if (pointer == "/service_address/street") return "the street";
    if (pointer == "/service_address/street_2") return "the second street line";
    if (pointer == "/service_address/city") return "the city";
    if (pointer == "/service_address/state") return "the state";
    if (pointer == "/service_address/zip") return "the ZIP code";
    if (pointer == "/authorized_representative") return "the authorized person";
    if (pointer == "/signature/signer_name") return "the signer";
    if (pointer == "/account_number") return "the account number";
    if (pointer == "/account_pin") return "the PIN";
    if (pointer == "/account_telephone_number") return "the billing telephone number";
    if (pointer == "/losing_carrier") return "the losing carrier";
    return std::string(pointer);
  }

  // Whether the CSR holds a field, and agrees with the request on it.
  bool csrConfirms(std::string_view pointer) const {
    if (!r_.csr) return false;
    const auto& c = *r_.csr;
    const auto& a = r_.service_address;
    const auto same = [](std::string_view x, std::string_view y) { return !blank(y) && fold(x) == fold(y); };
    if (pointer == "/customer_name") return same(r_.customer_name, c.customer_name);
    if (pointer == "/service_address") {
      return same(a.street, c.address.street) && fold(a.street_2) == fold(c.address.street_2) &&
             same(a.city, c.address.city) && same(a.state, c.address.state) && same(a.zip, c.address.zip);
    }
    if (pointer == "/service_address/street") return same(a.street, c.address.street);
    if (pointer == "/service_address/street_2") return fold(a.street_2) == fold(c.address.street_2);
    if (pointer == "/service_address/city") return same(a.city, c.address.city);
    if (pointer == "/service_address/state") return same(a.state, c.address.state);
    if (pointer == "/service_address/zip") return same(a.zip, c.address.zip);
    if (pointer == "/account_number") {
      return !blank(c.account_number) && accountKey(c.account_number) == accountKey(r_.account_number);
    }
    if (pointer == "/account_telephone_number") {
      const NumberVerdict x = classifyNumber(c.account_telephone_number), y = classifyNumber(r_.account_telephone_number);
      return x.e164 && y.e164 && *x.e164 == *y.e164;
    }
    return false;  // the CSR says nothing of PINs, signers or carriers
  }

  void addFor(Reason reason, std::string_view code, const std::string& path, std::string message) {
    Finding f = makeFinding(code, path, std::move(message));
    f.reason = reason;
    findings_.push_back(std::move(f));
  }

  void checkRejection(const RequestReport& report) {
    if (!r_.rejection) return;
    const RequestRejection& x = *r_.rejection;
    const std::string base = at("rejection");
    if (!blank(x.received_on)) {
      const auto received = Date::parseIso(trim(x.received_on));
      if (!received) {
        add("rejection.date_invalid", base + "/received_on", quoted(x.received_on) + " is not a date (YYYY-MM-DD).");
      } else if (as_of_ < *received) {
        add("rejection.date_invalid", base + "/received_on",
            "The rejection is dated " + received->iso() + ", after the date of this check, " + as_of_.iso() + ".");
      }
    }
    std::vector<Reason> reasons;
    for (std::size_t i = 0; i < x.reasons.size(); ++i) {
      Reason reason{};
      if (!carrierReasonFromName(trim(x.reasons[i]), reason)) {
        add("rejection.reason_unknown", base + "/reasons/" + std::to_string(i),
            quoted(x.reasons[i]) + " is not one of the checklist's ten reasons; it was not checked.");
      } else if (std::find(reasons.begin(), reasons.end(), reason) == reasons.end()) {
        reasons.push_back(reason);
      }
    }
    const std::string when = blank(x.received_on) ? std::string() : " received " + std::string(trim(x.received_on));
    if (reasons.empty()) {
      add("rejection.unplaced", base + "/reasons",
          "The rejection" + when + " names no reason of the checklist, so nothing here can show what to fix.");
    }
    add("rejection.timeline_restarts", base,
        "This resubmission answers the rejection" + when + ": the port starts over, and the timeline counts again from " +
            as_of_.iso() + ".");
    bool reported_not_compared = false;
    for (const Reason reason : reasons) {
      rejected_.push_back(reason);
      const std::string title = std::string(carrierTitle(reason));
      if (remedyIsAction(reason)) {
        const bool confirmed = std::any_of(x.confirmed.begin(), x.confirmed.end(),
                                           [&](const std::string& c) { return trim(c) == reasonName(reason); });
        if (!confirmed) {
          addFor(reason, "rejection.remedy_unconfirmed", base + "/confirmed",
                 "Rejected for \"" + title + "\": confirm it was remedied since. " + std::string(carrierFixText(reason)));
        }
        continue;
      }
      std::vector<std::string> fields;
      for (const auto& [name, list] : x.fields) {
        if (trim(name) == reasonName(reason)) fields = list;
      }
      if (fields.empty()) fields = defaultRejectionFields(reason);
      if (!previous_) {
        if (!reported_not_compared) {
          addFor(reason, "rejection.not_compared", base,
                 std::string(previous_given_ ? "The earlier submission has no request " + std::to_string(request_index_ + 1) + " to compare with"
                                             : "The earlier submission was not given") +
                     ", so the checker cannot tell whether what the carrier rejected (" + listed(labels(fields)) +
                     ") was changed.");
          reported_not_compared = true;
        }
        continue;
      }
      std::vector<std::string> unchanged;
      for (const auto& f : fields) {
        if (fold(fieldText(*previous_, f)) == fold(fieldText(r_, f))) unchanged.push_back(f);
      }
      if (unchanged.size() < fields.size() || fields.empty()) continue;  // something the carrier named changed
      const bool csr_confirms = std::all_of(fields.begin(), fields.end(), [&](const std::string& f) { return csrConfirms(f); });
      if (csr_confirms) {
        addFor(reason, "rejection.matches_csr", at(fields.front().substr(1)),
               "Rejected for \"" + title + "\", but " + listed(labels(fields)) +
                   (fields.size() == 1 ? " matches" : " match") +
                   " the carrier's own CSR: the fields were right, so the rejection is about something else.");
      } else {
        const bool all_empty = std::all_of(fields.begin(), fields.end(), [&](const std::string& f) { return blank(fieldText(r_, f)); });
        addFor(reason, "rejection.unchanged", at(fields.front().substr(1)),
               "Rejected for \"" + title + "\", and " + listed(labels(fields)) + (fields.size() == 1 ? " is" : " are") +
                   (all_empty ? " still not given" : " unchanged since") +
                   ": resubmitting the same values gets the same rejection.");
      }
    }
    checkRejectedNumbers(report, reasons);
  }

  // Numbers rejected as inactive or unportable must leave the request, or be confirmed fixed.
  void checkRejectedNumbers(const RequestReport& report, const std::vector<Reason>& reasons) {
    const RequestRejection& x = *r_.rejection;
    std::set<std::string> reinstated;
    for (const auto& n : x.reinstated) {
      const NumberVerdict v = classifyNumber(n);
      reinstated.insert(v.e164 ? *v.e164 : std::string(trim(n)));
    }
    for (const auto& named : x.numbers) {
      std::vector<Reason> own;
      for (const auto& name : named.reasons) {
        Reason reason{};
        if (carrierReasonFromName(trim(name), reason)) own.push_back(reason);
      }
      if (named.reasons.empty()) own = reasons;
      const auto blocking = std::find_if(own.begin(), own.end(), [](Reason r) {
        return r == Reason::NumberInactive || r == Reason::NumberUnportable;
      });
      if (blocking == own.end()) continue;
      const NumberVerdict v = classifyNumber(named.phone_number);
      const std::string e164 = v.e164 ? *v.e164 : std::string(trim(named.phone_number));
      if (reinstated.count(e164)) continue;
      for (std::size_t i = 0; i < report.numbers.size(); ++i) {
        if (report.numbers[i].e164 && *report.numbers[i].e164 == e164) {
          addFor(*blocking, "rejection.number_still_listed", at("phone_numbers/" + std::to_string(i)),
                 e164 + " was rejected (\"" + std::string(carrierTitle(*blocking)) +
                     "\"): remove it from this request, or confirm it is back in service with the carrier.");
          break;
        }
      }
    }
  }

  static std::vector<std::string> labels(const std::vector<std::string>& fields) {
    std::vector<std::string> out;
    for (const auto& f : fields) out.push_back(fieldLabel(f));
    return out;
  }

  static std::string_view carrierTitle(Reason reason) {
    for (const auto& c : carrierReasons()) {
      if (c.reason == reason) return c.title;
    }
    return {};
  }
  static std::string_view carrierFixText(Reason reason) {
    for (const auto& c : carrierReasons()) {
      if (c.reason == reason) return c.fix;
    }
    return {};
  }

  // What the core cannot see for a reason when no finding speaks to it.
  bool unchecked(Reason reason) const {
    switch (reason) {
      case Reason::LoaMismatch: return !r_.csr.has_value() && !bill_name_checked_ && !bill_address_checked_;
      case Reason::ResoldAccount: return !r_.csr.has_value();
      case Reason::NumberInactive: return !r_.attestations.numbers_in_service.has_value();
      case Reason::UnpaidBalance: return !r_.attestations.balance_paid.has_value();
      // An unknown carrier's account numbers and PINs cannot be checked: "not checked", honestly.
      case Reason::AccountNumber:
        return !blank(r_.account_number) && findCarrier(r_.losing_carrier) == nullptr && !bill_account_checked_;
      case Reason::WrongPin: return findCarrier(r_.losing_carrier) == nullptr;
      case Reason::NumberUnportable: return carrierKind(r_.losing_carrier) == CarrierKind::Unknown;
      default: return false;
    }
  }

  std::vector<Risk> risks(std::size_t first_finding) const {
    std::vector<Risk> out;
    for (const auto& carrier_reason : carrierReasons()) {
      Risk risk{carrier_reason.reason, RiskStatus::Clear, {}};
      bool actionable = false;
      for (std::size_t i = first_finding; i < findings_.size(); ++i) {
        if (findings_[i].reason != carrier_reason.reason) continue;
        risk.findings.push_back(i);
        actionable = actionable || findings_[i].severity != Severity::Info;
      }
      // An unanswered attestation is a warning to act on, but the risk itself stays unknown.
      if (unchecked(carrier_reason.reason)) {
        risk.status = RiskStatus::Unchecked;
        const bool only_unanswered = carrier_reason.reason == Reason::NumberInactive ||
                                     carrier_reason.reason == Reason::UnpaidBalance;
        if (actionable && !only_unanswered) risk.status = RiskStatus::AtRisk;
      } else if (actionable) {
        risk.status = RiskStatus::AtRisk;
      }
      // A rejected reason stays Rejected while a rejection finding of it is open.
      risk.rejected = std::find(rejected_.begin(), rejected_.end(), carrier_reason.reason) != rejected_.end();
      if (risk.rejected) {
        const bool open = std::any_of(risk.findings.begin(), risk.findings.end(), [&](std::size_t i) {
          return findings_[i].code.rfind("rejection.", 0) == 0 && findings_[i].severity != Severity::Info;
        });
        if (open) risk.status = RiskStatus::Rejected;
      }
      risk.fix = carrierFix(carrier_reason.reason);
      risk.because = because(carrier_reason.reason, risk.status);
      out.push_back(std::move(risk));
    }
    return out;
  }

  // Which document settled a reason's status, in the checklist's words.
  std::string because(Reason reason, RiskStatus status) const {
    if (status == RiskStatus::Unchecked) return {};
    const bool clear = status == RiskStatus::Clear;
    if (reason == Reason::AccountNumber && bill_account_checked_) {
      return bill_account_found_ ? "The bill shows the account number as typed."
                                 : "The bill does not show the account number as typed.";
    }
    if (reason == Reason::LoaMismatch && (bill_name_checked_ || bill_address_checked_)) {
      const bool bill_ok = (!bill_name_checked_ || bill_name_found_) && (!bill_address_checked_ || bill_address_found_);
      std::string text = bill_ok ? "The bill shows the account name and service address as typed."
                                 : "The bill does not show the account name or service address as typed.";
      if (r_.csr) text += clear ? " The CSR matches them." : bill_ok ? " The CSR differs." : "";
      return text;
    }
    if (reason == Reason::LoaMismatch && r_.csr) {
      return clear ? "The CSR's name and address match the LOA." : std::string();
    }
    return {};
  }

  // The checklist's fix in the carrier's own terms, where the carrier table has them.
  std::string carrierFix(Reason reason) const {
    const CarrierFacts* carrier = findCarrier(r_.losing_carrier);
    if (!carrier) return {};
    switch (reason) {
      case Reason::AccountNumber: return findAccountNumber(*carrier);
      case Reason::WrongPin: return getPin(*carrier);
      case Reason::NumberUnportable: return turnOffLock(*carrier);
      default: return {};
    }
  }

  Timeline timeline() const {
    Timeline t{};
    t.outreach_review_by = addBusinessDays(as_of_, 1);
    t.submitted_to_carrier_by = addBusinessDays(t.outreach_review_by, 1);
    t.carrier_response_by = addBusinessDays(t.submitted_to_carrier_by, 5);
    t.port_window_start = nextBusinessDay(t.submitted_to_carrier_by.plusDays(14));
    t.port_window_end = nextBusinessDay(t.submitted_to_carrier_by.plusDays(42));
    return t;
  }

  const PortRequest& r_;
  const PortRequest* previous_;  // the same request in the earlier submission, when given
  const bool previous_given_;
  const std::size_t request_index_;
  std::vector<Reason> rejected_;  // the reasons of the rejection this request answers
  const std::string base_;
  const Date as_of_;
  std::vector<Finding>& findings_;
  std::map<std::string, std::string>& seen_numbers_;
  const BillReading* reading_;  // the request's bill as read, when its file was given
  const DocumentIndex* index_;  // its lines, ready for the comparisons
  std::vector<DocumentSaid> said_;
  bool bill_account_checked_ = false, bill_account_found_ = false;
  bool bill_name_checked_ = false, bill_name_found_ = false;
  bool bill_address_checked_ = false, bill_address_found_ = true;
};

}  // namespace

std::string_view riskStatusName(RiskStatus status) {
  switch (status) {
    case RiskStatus::Clear: return "clear";
    case RiskStatus::AtRisk: return "at_risk";
    case RiskStatus::Rejected: return "rejected";
    case RiskStatus::Unchecked: break;
  }
  return "unchecked";
}

std::variant<Report, InputError> checkDraft(const Draft& draft, std::optional<Date> as_of, const Evidence* evidence,
                                            const Draft* previous) {
  if (!kComparesDocuments && evidence && !evidence->bills.empty()) {
    return InputError{"internal", "this checker judges drafts alone: a bill as read is compared by the worker's module", ""};
  }
  Report report{as_of.value_or(Date::today()), {}, {}};
  if (!as_of && !blank(draft.as_of)) {
    const auto parsed = Date::parseIso(trim(draft.as_of));
    if (!parsed) {
      return InputError{"input.type", "wrong value at /as_of: " + forTerminal(quoted(draft.as_of)) + " is not a date (YYYY-MM-DD)",
                        "/as_of"};
    }
    report.as_of = *parsed;
  }
  if (draft.requests.empty()) {
    report.findings.push_back(makeFinding("draft.no_requests", "/requests", "The draft has no port request."));
  }
  std::map<std::string, std::string> seen_numbers;  // E.164 → path of first occurrence
  for (std::size_t i = 0; i < draft.requests.size(); ++i) {
    report.requests.push_back(
        RequestChecker(draft.requests[i], i, report.as_of, report.findings, seen_numbers, evidence,
                       previous && i < previous->requests.size() ? &previous->requests[i] : nullptr, previous != nullptr)
            .run());
  }
  for (const auto& f : report.findings) {
    report.errors += f.severity == Severity::Error;
    report.warnings += f.severity == Severity::Warning;
  }
  for (const auto& r : report.requests) {
    report.numbers += r.numbers.size();
    report.eligible_numbers += static_cast<std::size_t>(
        std::count_if(r.numbers.begin(), r.numbers.end(), [](const NumberVerdict& n) { return n.eligible(); }));
  }
  return report;
}

}  // namespace portcheck
