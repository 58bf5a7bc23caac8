// The submission bundle: built from a draft on export, and re-derived from its own draft on
// verification, so nothing the browser claimed is trusted.
#include "portcheck/bundle.hpp"

#include <algorithm>
#include <map>

#include "json_input.hpp"
#include "json_writer.hpp"
#include "portcheck/engine.hpp"
#include "portcheck/json.hpp"
#include "portcheck/numbers.hpp"
#include "portcheck/report.hpp"
#include "text.hpp"

namespace portcheck {
namespace {

using detail::Json;  // std::map objects: keys sorted by byte, which makes dump() canonical
using detail::Unusable;

constexpr std::string_view kSchema = "portcheck.bundle/1";

std::string canonical(const Json& value) { return value.dump(-1, ' ', false, Json::error_handler_t::strict); }

void putString(Json& object, const char* key, std::string_view value) {
  const auto trimmed = trim(value);
  if (!trimmed.empty()) object[key] = std::string(trimmed);
}

void putBool(Json& object, const char* key, const std::optional<bool>& value) {
  if (value) object[key] = *value;
}

Json addressJson(const ServiceAddress& a) {
  Json out = Json::object();
  putString(out, "street", a.street);
  putString(out, "street_2", a.street_2);
  putString(out, "city", a.city);
  putString(out, "state", a.state);
  putString(out, "zip", a.zip);
  return out;
}

// A number in E.164 when it is one, else as typed (trimmed).
std::string normalizedNumber(std::string_view typed) {
  const auto verdict = classifyNumber(typed);
  return verdict.e164 ? *verdict.e164 : std::string(trim(typed));
}

// The draft in normal form: strings trimmed, empty ones left out, numbers in E.164, as_of
// the date the report is for. `as_typed` maps the pointer of each changed number to the text
// the customer typed, so importing the bundle restores the form exactly.
struct Normalized {
  Json draft;
  Json as_typed = Json::object();
};

Normalized normalize(const Draft& draft, Date as_of) {
  Normalized out;
  Json& d = out.draft;
  d = Json::object();
  d["schema"] = "portcheck.draft/1";
  d["as_of"] = as_of.iso();
  d["requests"] = Json::array();
  for (std::size_t i = 0; i < draft.requests.size(); ++i) {
    const PortRequest& r = draft.requests[i];
    const std::string base = "/draft/requests/" + std::to_string(i);
    Json q = Json::object();
    putString(q, "customer_type", r.customer_type);
    putString(q, "customer_name", r.customer_name);
    Json rep = Json::object();
    putString(rep, "first_name", r.authorized_representative.first_name);
    putString(rep, "last_name", r.authorized_representative.last_name);
    putString(rep, "email", r.authorized_representative.email);
    q["authorized_representative"] = rep;
    q["service_address"] = addressJson(r.service_address);
    putString(q, "losing_carrier", r.losing_carrier);
    putString(q, "account_number", r.account_number);
    putString(q, "account_pin", r.account_pin);
    if (!trim(r.account_telephone_number).empty()) {
      q["account_telephone_number"] = normalizedNumber(r.account_telephone_number);
      if (q["account_telephone_number"] != r.account_telephone_number) {
        out.as_typed[base + "/account_telephone_number"] = r.account_telephone_number;
      }
    }
    Json numbers = Json::array();
    for (std::size_t j = 0; j < r.phone_numbers.size(); ++j) {
      const PhoneNumberEntry& e = r.phone_numbers[j];
      Json n = Json::object();
      n["phone_number"] = normalizedNumber(e.phone_number);
      putString(n, "pin", e.pin);
      if (n["phone_number"] != e.phone_number) {
        out.as_typed[base + "/phone_numbers/" + std::to_string(j) + "/phone_number"] = e.phone_number;
      }
      numbers.push_back(std::move(n));
    }
    q["phone_numbers"] = std::move(numbers);
    if (r.csr) {
      Json csr = addressJson(r.csr->address);
      putString(csr, "customer_name", r.csr->customer_name);
      if (!trim(r.csr->account_number).empty()) putString(csr, "account_number", r.csr->account_number);
      if (!trim(r.csr->account_telephone_number).empty()) {
        putString(csr, "account_telephone_number", r.csr->account_telephone_number);
      }
      if (!r.csr->phone_numbers.empty()) csr["phone_numbers"] = r.csr->phone_numbers;
      q["csr"] = std::move(csr);
    }
    if (r.bill) {
      Json bill = Json::object();
      putString(bill, "kind", r.bill->kind);
      putString(bill, "statement_date", r.bill->statement_date);
      if (r.bill->file) {
        Json file = Json::object();
        putString(file, "name", r.bill->file->name);
        putString(file, "media_type", r.bill->file->media_type);
        file["size"] = r.bill->file->size;
        putString(file, "sha256", r.bill->file->sha256);
        bill["file"] = std::move(file);
      }
      putBool(bill, "shows_account_number", r.bill->shows_account_number);
      putBool(bill, "shows_name", r.bill->shows_name);
      putBool(bill, "shows_address", r.bill->shows_address);
      putBool(bill, "shows_all_numbers", r.bill->shows_all_numbers);
      q["bill"] = std::move(bill);
    }
    if (r.signature) {
      Json sig = Json::object();
      putString(sig, "signer_name", r.signature->signer_name);
      putString(sig, "signed_on", r.signature->signed_on);
      q["signature"] = std::move(sig);
    }
    Json at = Json::object();
    putBool(at, "numbers_in_service", r.attestations.numbers_in_service);
    putBool(at, "balance_paid", r.attestations.balance_paid);
    putBool(at, "google_voice_unlocked", r.attestations.google_voice_unlocked);
    putBool(at, "ports_all_numbers_on_account", r.attestations.ports_all_numbers_on_account);
    putBool(at, "port_lock_removed", r.attestations.port_lock_removed);
    q["attestations"] = std::move(at);
    if (r.rejection) {
      const RequestRejection& x = *r.rejection;
      Json rej = Json::object();
      putString(rej, "text", x.text);
      rej["reasons"] = x.reasons;
      if (!x.fields.empty()) {
        Json fields = Json::object();
        for (const auto& [reason, list] : x.fields) fields[reason] = list;
        rej["fields"] = std::move(fields);
      }
      putString(rej, "received_on", x.received_on);
      Json named = Json::array();
      for (const auto& n : x.numbers) {
        Json entry = Json::object();
        entry["phone_number"] = normalizedNumber(n.phone_number);
        entry["reasons"] = n.reasons;
        named.push_back(std::move(entry));
      }
      rej["numbers"] = std::move(named);
      rej["confirmed"] = x.confirmed;
      Json reinstated = Json::array();
      for (const auto& n : x.reinstated) reinstated.push_back(normalizedNumber(n));
      rej["reinstated"] = std::move(reinstated);
      q["rejection"] = std::move(rej);
    }
    d["requests"].push_back(std::move(q));
  }
  return out;
}

// The body of Twilio's Port In request for each request (POST /v1/Porting/PortIn), without
// the account SID and document SIDs, which Outreach adds when it submits.
Json twilioPortIn(const Json& normalized_draft, const Report& report) {
  Json out = Json::array();
  const Json& requests = normalized_draft["requests"];
  for (std::size_t i = 0; i < requests.size(); ++i) {
    const Json& q = requests[i];
    const auto get = [](const Json& o, const char* key) { return o.value(key, std::string()); };
    Json carrier = Json::object();
    carrier["customer_type"] = get(q, "customer_type") == "residential" ? "Individual" : "Business";
    carrier["customer_name"] = get(q, "customer_name");
    const Json& rep = q["authorized_representative"];
    std::string name = get(rep, "first_name");
    if (!get(rep, "last_name").empty()) name += (name.empty() ? "" : " ") + get(rep, "last_name");
    carrier["authorized_representative"] = name;
    putString(carrier, "authorized_representative_email", get(rep, "email"));
    putString(carrier, "account_number", get(q, "account_number"));
    putString(carrier, "account_telephone_number", get(q, "account_telephone_number"));
    Json address = q["service_address"];
    address["country"] = "US";
    carrier["address"] = std::move(address);
    Json body = Json::object();
    body["losing_carrier_information"] = std::move(carrier);
    Json numbers = Json::array();
    const auto& verdicts = report.requests[i].numbers;
    for (std::size_t j = 0; j < verdicts.size(); ++j) {
      if (!verdicts[j].eligible() || !verdicts[j].e164) continue;  // never sent: it cannot be ported
      Json n = Json::object();
      n["phone_number"] = *verdicts[j].e164;
      const std::string pin = get(q["phone_numbers"][j], "pin");
      n["pin"] = pin.empty() ? get(q, "account_pin") : pin;
      if (n["pin"] == "") n.erase("pin");
      numbers.push_back(std::move(n));
    }
    body["phone_numbers"] = std::move(numbers);
    if (!get(rep, "email").empty()) body["notification_emails"] = Json::array({get(rep, "email")});
    out.push_back(std::move(body));
  }
  return out;
}

Json engineJson() {
  Json engine = Json::object();
  engine["version"] = engineVersion();
  engine["phone_metadata"] = phoneMetadata();
  return engine;
}

// Everything the bundle derives from its draft: normal form, report, Twilio bodies.
struct Derived {
  Normalized normalized;
  Report report;
  Json report_json;
  Json twilio;
};

// With `evidence`, the bills the bundle attaches as read (evidence.hpp): staff re-read them.
// With `previous`, the earlier submission a resubmission answers.
Derived derive(const Draft& draft, const Evidence* evidence, const Draft* previous = nullptr) {
  auto checked = checkDraft(draft, std::nullopt, evidence, previous);
  if (auto* error = std::get_if<InputError>(&checked)) throw Unusable{*error};
  // The page's first stage alone cannot read every number (number_stages.hpp); a bundle is
  // only ever made of complete verdicts.
  for (const auto& finding : std::get<Report>(checked).findings) {
    if (finding.code == "number.checking") {
      throw Unusable{{"bundle.checking", "cannot bundle yet: the full number data is still loading", finding.path}};
    }
  }
  Derived out{normalize(draft, std::get<Report>(checked).as_of), {}, {}, {}};
  // The report is of the normalized draft, so anyone can recompute it from the bundle alone.
  Draft normal = detail::readDraft(out.normalized.draft, "/draft");
  auto rechecked = checkDraft(normal, std::nullopt, evidence, previous);
  if (auto* error = std::get_if<InputError>(&rechecked)) throw Unusable{*error};
  out.report = std::get<Report>(std::move(rechecked));
  out.report_json = Json::parse(reportJson(out.report));
  out.twilio = twilioPortIn(out.normalized.draft, out.report);
  return out;
}

bool isLowerHex64(std::string_view text) {
  return text.size() == 64 &&
         std::all_of(text.begin(), text.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

// Decoded length of well-formed padded base64, or nullopt.
std::optional<std::uint64_t> base64Length(std::string_view text) {
  if (text.size() % 4 != 0) return std::nullopt;
  std::size_t padding = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const bool alphabet = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
    if (c == '=' && i + 2 >= text.size() && (padding > 0 || i + 1 == text.size() || text[i + 1] == '=')) {
      ++padding;
    } else if (!alphabet || padding > 0) {
      return std::nullopt;
    }
  }
  return text.size() / 4 * 3 - padding;
}

[[noreturn]] void wrong(const std::string& path, const std::string& what) {
  throw Unusable{{"input.type", "wrong value at " + path + ": " + what, path}};
}

const Json& member(const Json& object, const char* key, const std::string& base, Json::value_t type,
                   const char* expected) {
  const auto it = object.find(key);
  const std::string path = base + "/" + key;
  if (it == object.end()) throw Unusable{{"input.schema", "not a complete bundle: " + path + " is missing", path}};
  if (it->type() != type) {
    throw Unusable{{"input.type", "wrong type at " + path + ": expected " + expected + ", got " + it->type_name(), path}};
  }
  return *it;
}

Json readAttachments(const Json& list, const std::string& base) {
  if (!list.is_array()) throw Unusable{{"input.type", "wrong type at " + base + ": expected an array", base}};
  Json out = Json::array();
  for (std::size_t i = 0; i < list.size(); ++i) {
    const std::string path = base + "/" + std::to_string(i);
    const Json& a = list[i];
    if (!a.is_object()) throw Unusable{{"input.type", "wrong type at " + path + ": expected an object", path}};
    const auto& name = member(a, "name", path, Json::value_t::string, "a string");
    const auto& media_type = member(a, "media_type", path, Json::value_t::string, "a string");
    const auto& sha256 = member(a, "sha256", path, Json::value_t::string, "a string");
    const auto& data = member(a, "data", path, Json::value_t::string, "a string");
    const auto size_it = a.find("size");
    if (size_it == a.end() || !size_it->is_number_unsigned()) {
      throw Unusable{{"input.type", "wrong type at " + path + "/size: expected a whole number of bytes", path + "/size"}};
    }
    const auto size = size_it->get<std::uint64_t>();
    if (size > kMaxAttachmentBytes) wrong(path + "/size", "an attachment is at most 10 MiB");
    if (!isLowerHex64(sha256.get_ref<const std::string&>())) wrong(path + "/sha256", "expected 64 lowercase hex digits");
    Json item = Json::object();
    item["name"] = name;
    item["media_type"] = media_type;
    item["size"] = size;
    item["sha256"] = sha256;
    item["data"] = data;
    out.push_back(std::move(item));
  }
  return out;
}

bool isUtcTimestamp(std::string_view t) {
  // YYYY-MM-DDTHH:MM:SS(.fff)Z
  if (t.size() < 20 || t.back() != 'Z' || t[10] != 'T') return false;
  if (!Date::parseIso(t.substr(0, 10))) return false;
  const auto digit = [&](std::size_t i) { return t[i] >= '0' && t[i] <= '9'; };
  return digit(11) && digit(12) && t[13] == ':' && digit(14) && digit(15) && t[16] == ':' && digit(17) && digit(18) &&
         (t.size() == 20 || t[19] == '.');
}

// Each request's bill file must be one of the attachments (same SHA-256, name and size), and
// each attachment the bill of some request.
std::vector<BundleProblem> linkProblems(const Draft& draft, const Json& attachments) {
  std::vector<BundleProblem> problems;
  std::vector<bool> used(attachments.size(), false);
  for (std::size_t i = 0; i < draft.requests.size(); ++i) {
    const auto& bill = draft.requests[i].bill;
    if (!bill || !bill->file) continue;
    const std::string path = "/draft/requests/" + std::to_string(i) + "/bill/file";
    const auto it = std::find_if(attachments.begin(), attachments.end(),
                                 [&](const Json& a) { return a["sha256"] == bill->file->sha256; });
    if (it == attachments.end()) {
      problems.push_back({path + "/sha256", "no attachment has the bill's SHA-256: the bill file is missing or was swapped"});
      continue;
    }
    used[static_cast<std::size_t>(it - attachments.begin())] = true;
    if ((*it)["size"] != bill->file->size || (*it)["name"] != bill->file->name) {
      problems.push_back({path, "the bill's name or size differs from its attachment's"});
    }
  }
  for (std::size_t i = 0; i < used.size(); ++i) {
    if (!used[i]) problems.push_back({"/attachments/" + std::to_string(i), "this attachment is not the bill of any request"});
  }
  return problems;
}

// Runs one operation on outside input: whatever makes it unusable becomes the error its caller
// reports (CLI exit 2, the page's message), never an exception. `doing` names the operation
// in the out-of-memory message ("input too large to verify …").
template <typename Work>
void asInputError(InputError& error, std::string_view doing, Work&& work) {
  try {
    work();
  } catch (const Unusable& u) {
    error = u.error;
  } catch (const std::bad_alloc&) {
    error = {"input.too_large", "input too large to " + std::string(doing) + " in the memory available", ""};
  } catch (const std::exception& e) {
    error = {"internal", std::string("internal error: ") + e.what(), ""};
  }
}

// Up to `limit` paths where two JSON values differ (JSON Patch paths, RFC 6902).
std::vector<std::string> differences(const Json& found, const Json& expected, std::size_t limit = 5) {
  std::vector<std::string> paths;
  for (const auto& op : Json::diff(found, expected)) {
    if (paths.size() == limit) break;
    paths.push_back(op.value("path", std::string()));
  }
  return paths;
}

// An earlier submission's draft in normal form, and what it was: a bundle's draft is taken as
// the bundle holds it (already normal), a draft is normalized for its own as_of (else today).
struct Earlier {
  std::string kind;
  std::string integrity;  // a bundle's integrity SHA-256 as it claims; "" for a draft
  Json normal;
  Draft draft;
};

Earlier readEarlier(std::string_view json, const std::string& what) {
  const Json root = detail::parseLimited(json);
  if (!root.is_object()) throw Unusable{{"input.type", what + ": expected a bundle or a draft object", ""}};
  Earlier out;
  const auto schema = root.find("schema");
  if (schema != root.end() && *schema == kSchema) {
    out.kind = "bundle";
    const auto& draft = member(root, "draft", "", Json::value_t::object, "an object");
    out.draft = detail::readDraft(draft, "/draft");
    out.normal = draft;
    if (const auto it = root.find("integrity"); it != root.end() && it->is_object()) {
      out.integrity = it->value("sha256", std::string());
    }
    return out;
  }
  out.kind = "draft";
  out.draft = detail::readDraft(root, "");
  const auto as_of = Date::parseIso(trim(out.draft.as_of));
  out.normal = normalize(out.draft, as_of.value_or(Date::today())).draft;
  return out;
}

// Every PIN in a value shown whole (a request added or removed) replaced by "(a PIN)".
void maskPins(Json& node) {
  if (node.is_object()) {
    for (auto& [key, child] : node.items()) {
      if (key == "account_pin" || key == "pin") {
        child = "(a PIN)";
      } else {
        maskPins(child);
      }
    }
  } else if (node.is_array()) {
    for (auto& child : node) maskPins(child);
  }
}

bool isPinPath(const std::string& path) {
  const auto ends = [&](std::string_view tail) {
    return path.size() >= tail.size() && path.compare(path.size() - tail.size(), tail.size(), tail) == 0;
  };
  return ends("/account_pin") || (ends("/pin") && path.find("/phone_numbers/") != std::string::npos);
}

}  // namespace

PreviousSubmission readPreviousSubmission(std::string_view json) {
  PreviousSubmission out;
  asInputError(out.error, "read the earlier submission", [&] {
    Earlier earlier = readEarlier(json, "the earlier submission");
    out.kind = earlier.kind;
    out.integrity_sha256 = earlier.integrity;
    out.draft = std::move(earlier.draft);
    out.normalized_draft = canonical(earlier.normal);
    out.ok = true;
  });
  return out;
}

SubmissionDiff diffSubmissions(std::string_view old_json, std::string_view new_json) {
  SubmissionDiff out;
  asInputError(out.error, "compare", [&] {
    Json a = readEarlier(old_json, "the earlier submission").normal;
    Json b = readEarlier(new_json, "the new submission").normal;
    a.erase("as_of");
    b.erase("as_of");
    // Numbers compare as a set per request: one removed number is one change, not a shifted list.
    const std::size_t requests = std::max(a["requests"].size(), b["requests"].size());
    for (std::size_t i = 0; i < requests; ++i) {
      if (i >= a["requests"].size() || i >= b["requests"].size()) continue;
      Json& qa = a["requests"][i];
      Json& qb = b["requests"][i];
      const std::string base = "/requests/" + std::to_string(i) + "/phone_numbers";
      std::map<std::string, Json> old_numbers, new_numbers;
      std::vector<std::string> new_order;
      for (const auto& n : qa.value("phone_numbers", Json::array())) old_numbers[n.value("phone_number", "")] = n;
      for (const auto& n : qb.value("phone_numbers", Json::array())) {
        new_numbers[n.value("phone_number", "")] = n;
        new_order.push_back(n.value("phone_number", ""));
      }
      SubmissionChange numbers{base, {}, {}, {}, {}, {}};
      for (const auto& [number, entry] : old_numbers) {
        if (!new_numbers.count(number)) numbers.removed.push_back(number);
      }
      for (std::size_t j = 0; j < new_order.size(); ++j) {
        const auto old_it = old_numbers.find(new_order[j]);
        if (old_it == old_numbers.end()) {
          numbers.added.push_back(new_order[j]);
          continue;
        }
        const std::string pin_old = old_it->second.value("pin", ""), pin_new = new_numbers[new_order[j]].value("pin", "");
        if (!pin_old.empty() || !pin_new.empty()) {
          out.pins.push_back({base + "/" + std::to_string(j) + "/pin",
                              pin_old == pin_new ? "unchanged" : pin_old.empty() ? "added" : pin_new.empty() ? "removed" : "changed"});
        }
      }
      if (!numbers.removed.empty() || !numbers.added.empty()) out.changes.push_back(std::move(numbers));
      qa.erase("phone_numbers");
      qb.erase("phone_numbers");
      const std::string pin_old = qa.value("account_pin", ""), pin_new = qb.value("account_pin", "");
      if (!pin_old.empty() || !pin_new.empty()) {
        out.pins.push_back({"/requests/" + std::to_string(i) + "/account_pin",
                            pin_old == pin_new ? "unchanged" : pin_old.empty() ? "added" : pin_new.empty() ? "removed" : "changed"});
      }
      qa.erase("account_pin");
      qb.erase("account_pin");
    }
    for (const auto& op : Json::diff(a, b)) {
      const std::string path = op.value("path", std::string());
      if (isPinPath(path)) continue;  // a whole request added or removed: its PIN is never shown
      SubmissionChange change{path, {}, {}, {}, {}, {}};
      const Json::json_pointer pointer(path);
      const std::string kind = op.value("op", std::string());
      if (kind != "add" && a.contains(pointer)) change.old_value = canonical(a.at(pointer));
      if (kind != "remove" && b.contains(pointer)) change.new_value = canonical(b.at(pointer));
      // A request added or removed whole: its PINs are masked in the values shown.
      for (std::string* value : {&change.old_value, &change.new_value}) {
        if (value->find("pin") == std::string::npos) continue;
        Json v = Json::parse(*value);
        maskPins(v);
        *value = canonical(v);
      }
      change.op = kind;
      out.changes.push_back(std::move(change));
    }
    std::stable_sort(out.changes.begin(), out.changes.end(),
                     [](const SubmissionChange& x, const SubmissionChange& y) { return x.path < y.path; });
    out.ok = true;
  });
  return out;
}

std::string submissionDiffJson(const SubmissionDiff& diff) {
  if (!diff.ok) return inputErrorJson(diff.error);
  detail::JsonWriter out(2);
  out.beginObject();
  out.key("schema").value("portcheck.diff/1");
  out.key("changes").beginArray();
  for (const auto& c : diff.changes) {
    out.beginObject();
    out.key("path").value(c.path);
    if (!c.removed.empty() || !c.added.empty()) {
      out.key("removed").beginArray();
      for (const auto& n : c.removed) out.value(n);
      out.endArray();
      out.key("added").beginArray();
      for (const auto& n : c.added) out.value(n);
      out.endArray();
    } else {
      // Values as canonical JSON, on one line each.
      out.key("op").value(c.op);
      out.key("old");
      if (c.old_value.empty()) out.null(); else out.raw(c.old_value);
      out.key("new");
      if (c.new_value.empty()) out.null(); else out.raw(c.new_value);
    }
    out.endObject();
  }
  out.endArray();
  out.key("pins").beginArray();
  for (const auto& p : diff.pins) out.beginObject().key("path").value(p.path).key("status").value(p.status).endObject();
  out.endArray();
  out.endObject();
  out.newlineAtEnd();
  return out.take();
}

std::string submissionDiffText(const SubmissionDiff& diff) {
  if (!diff.ok) return diff.error.message + "\n";
  std::string out;
  if (diff.changes.empty()) out += "No field changed.\n";
  for (const auto& c : diff.changes) {
    out += forTerminal(c.path) + ": ";
    if (!c.removed.empty() || !c.added.empty()) {
      out += std::to_string(c.removed.size()) + " removed, " + std::to_string(c.added.size()) + " added";
      for (const auto& n : c.removed) out += "\n    - " + forTerminal(n);
      for (const auto& n : c.added) out += "\n    + " + forTerminal(n);
    } else {
      out += (c.old_value.empty() ? std::string("(absent)") : excerpt(forTerminal(c.old_value), 120)) + " -> " +
             (c.new_value.empty() ? std::string("(absent)") : excerpt(forTerminal(c.new_value), 120));
    }
    out += "\n";
  }
  for (const auto& p : diff.pins) out += forTerminal(p.path) + ": PIN " + p.status + "\n";
  return out;
}

BundleBody makeBundleBody(std::string_view draft_json, std::string_view attachments_json, std::string_view created_at,
                          const Evidence* evidence, std::string_view previous_json) {
  BundleBody out;
  asInputError(out.error, "bundle", [&] {
    if (!isUtcTimestamp(created_at)) wrong("/created_at", "expected a UTC time such as 2026-11-25T14:03:00Z");
    const Draft draft = detail::readDraft(detail::parseLimited(draft_json), "");
    Json attachments = readAttachments(detail::parseLimited(attachments_json), "/attachments");
    for (std::size_t i = 0; i < attachments.size(); ++i) {
      const auto length = base64Length(attachments[i]["data"].get_ref<const std::string&>());
      if (!length || *length != attachments[i]["size"].get<std::uint64_t>()) {
        wrong("/attachments/" + std::to_string(i) + "/data", "not base64 of exactly `size` bytes");
      }
    }
    if (const auto problems = linkProblems(draft, attachments); !problems.empty()) {
      const std::string path = problems.front().path.rfind("/draft", 0) == 0 ? problems.front().path.substr(6)
                                                                             : problems.front().path;
      throw Unusable{{"bundle.attachment", "cannot bundle: " + path + ": " + problems.front().message, path}};
    }
    std::optional<Earlier> earlier;
    if (!trim(previous_json).empty()) earlier = readEarlier(previous_json, "the earlier submission");
    const Derived derived = derive(draft, evidence, earlier ? &earlier->draft : nullptr);
    Json body = Json::object();
    body["schema"] = kSchema;
    body["created_at"] = std::string(created_at);
    body["engine"] = engineJson();
    body["draft"] = derived.normalized.draft;
    body["as_typed"] = derived.normalized.as_typed;
    body["report"] = derived.report_json;
    body["twilio_port_in"] = derived.twilio;
    body["attachments"] = std::move(attachments);
    if (earlier) {
      // What this resubmission answers: the earlier submission, so that anyone can recompute
      // the report's judgement of what changed (verifyBundle does).
      Json previous = Json::object();
      previous["kind"] = earlier->kind;
      if (!earlier->integrity.empty()) previous["integrity_sha256"] = earlier->integrity;
      previous["draft"] = earlier->normal;
      body["resubmission"] = Json::object({{"previous", std::move(previous)}});
    }
    out.canonical = canonical(body);
    out.ok = true;
  });
  return out;
}

std::string sealBundle(std::string_view canonical_body, std::string_view body_sha256) {
  Json bundle = Json::parse(canonical_body);
  bundle["integrity"] = Json::object({{"sha256", std::string(body_sha256)}});
  return bundle.dump(2, ' ', false, Json::error_handler_t::strict) + "\n";
}

BundleHashInputs bundleHashInputs(std::string_view bundle_json) {
  BundleHashInputs out;
  asInputError(out.error, "verify", [&] {
    Json bundle = detail::parseLimited(bundle_json);
    if (!bundle.is_object()) throw Unusable{{"input.type", "wrong type at /: expected a bundle object", ""}};
    bundle.erase("integrity");
    if (const auto it = bundle.find("attachments"); it != bundle.end() && it->is_array()) {
      for (const auto& a : *it) {
        const auto data = a.is_object() ? a.find("data") : a.end();
        out.attachment_data.push_back(data != a.end() && data->is_string() ? data->get<std::string>() : std::string());
      }
    }
    out.canonical_body = canonical(bundle);
    out.ok = true;
  });
  return out;
}

BundleVerdict verifyBundle(std::string_view bundle_json, const BundleDigests& digests, const Evidence* evidence) {
  BundleVerdict out;
  asInputError(out.error, "verify", [&] {
    const Json bundle = detail::parseLimited(bundle_json);
    if (!bundle.is_object()) throw Unusable{{"input.type", "wrong type at /: expected a bundle object", ""}};
    const auto schema = bundle.find("schema");
    if (schema == bundle.end() || *schema != kSchema) {
      throw Unusable{{"input.schema", "not a Port Pre-Check bundle: \"schema\" must be \"portcheck.bundle/1\"", "/schema"}};
    }
    const auto& integrity = member(bundle, "integrity", "", Json::value_t::object, "an object");
    const auto& claimed_sha = member(integrity, "sha256", "/integrity", Json::value_t::string, "a string");
    const auto& created_at = member(bundle, "created_at", "", Json::value_t::string, "a string");
    const auto& engine = member(bundle, "engine", "", Json::value_t::object, "an object");
    const auto& draft_json = member(bundle, "draft", "", Json::value_t::object, "an object");
    const auto& as_typed = member(bundle, "as_typed", "", Json::value_t::object, "an object");
    const auto& report = member(bundle, "report", "", Json::value_t::object, "an object");
    const auto& twilio = member(bundle, "twilio_port_in", "", Json::value_t::array, "an array");
    const Json attachments = readAttachments(member(bundle, "attachments", "", Json::value_t::array, "an array"),
                                             "/attachments");
    const Draft draft = detail::readDraft(draft_json, "/draft");
    const auto problem = [&](std::string path, std::string message) {
      out.problems.push_back({std::move(path), std::move(message)});
    };

    if (claimed_sha != digests.body_sha256) {
      problem("/integrity/sha256", "the bundle was changed after export: its content hashes to " +
                                       excerpt(forTerminal(digests.body_sha256), 64) + ", not " +
                                       excerpt(forTerminal(claimed_sha.get<std::string>()), 64));
    }
    if (!isUtcTimestamp(created_at.get_ref<const std::string&>())) {
      problem("/created_at", "not a UTC time (YYYY-MM-DDTHH:MM:SSZ)");
    }
    const Json ours = engineJson();
    for (const char* key : {"version", "phone_metadata"}) {
      if (engine.value(key, Json()) != ours[key]) {
        const auto theirs = engine.value(key, Json());
        problem(std::string("/engine/") + key,
                "the report was made by " +
                    (theirs.is_string() ? excerpt(forTerminal(theirs.get<std::string>()), 40) : std::string("an unknown engine")) +
                    "; this checker is " + ours[key].get<std::string>() + ", so its findings may differ");
      }
    }

    for (std::size_t i = 0; i < attachments.size(); ++i) {
      const std::string path = "/attachments/" + std::to_string(i);
      const Json& a = attachments[i];
      if (i >= digests.attachments.size() || !digests.attachments[i].decoded) {
        problem(path + "/data", "the attachment data is not valid base64");
        continue;
      }
      const AttachmentDigest& d = digests.attachments[i];
      if (d.size != a["size"].get<std::uint64_t>()) {
        problem(path + "/size", "the attachment holds " + std::to_string(d.size) + " bytes, not " +
                                    std::to_string(a["size"].get<std::uint64_t>()));
      }
      if (d.sha256 != a["sha256"]) {
        problem(path + "/sha256", "the attachment's content does not match its SHA-256: it was replaced or changed");
      }
    }
    for (auto& p : linkProblems(draft, attachments)) out.problems.push_back(std::move(p));
    std::optional<Draft> previous;
    if (const auto it = bundle.find("resubmission"); it != bundle.end()) {
      if (!it->is_object()) throw Unusable{{"input.type", "wrong type at /resubmission: expected an object", "/resubmission"}};
      const auto& earlier = member(*it, "previous", "/resubmission", Json::value_t::object, "an object");
      previous = detail::readDraft(member(earlier, "draft", "/resubmission/previous", Json::value_t::object, "an object"),
                                   "/resubmission/previous/draft");
    }
    const Derived derived = derive(draft, evidence, previous ? &*previous : nullptr);
    for (const auto& path : differences(draft_json, derived.normalized.draft)) {
      problem("/draft" + path, "the draft is not in the normal form this checker writes (changed by hand?)");
    }
    for (auto it = as_typed.begin(); it != as_typed.end(); ++it) {
      // "/draft/requests/0/phone_numbers/3/phone_number" → the typed text of that number.
      const std::string& pointer = it.key();
      bool matches = false;
      if (pointer.rfind("/draft/", 0) == 0 && it->is_string()) {
        try {
          const Json::json_pointer target(pointer.substr(6));
          matches = draft_json.contains(target) && draft_json.at(target) == Json(normalizedNumber(it->get<std::string>()));
        } catch (const Json::exception&) {
          matches = false;
        }
      }
      if (!matches) {
        problem("/as_typed", "the typed form of " + excerpt(forTerminal(pointer), 60) + " does not match the draft");
      }
    }
    for (const auto& path : differences(report, derived.report_json)) {
      if (path == "/ready") {
        problem("/report/ready", std::string("the bundle says ready is ") + (report.value("ready", false) ? "true" : "false") +
                                     ", but the draft gives " + (derived.report.ready() ? "true" : "false"));
      } else {
        problem("/report" + path, "differs from the report recomputed from the draft");
      }
    }
    for (const auto& path : differences(twilio, derived.twilio)) {
      problem("/twilio_port_in" + path, "differs from the Port In body recomputed from the draft");
    }
    out.usable = true;
    out.consistent = out.problems.empty();
    out.ready = derived.report.ready();
  });
  return out;
}

BundleDigests parseBundleDigests(std::string_view digests_json) {
  BundleDigests out;
  try {
    const Json d = detail::parseLimited(digests_json);
    out.body_sha256 = d.value("body_sha256", std::string());
    for (const auto& a : d.value("attachments", Json::array())) {
      if (a.is_object() && a.value("sha256", Json()).is_string() && a.value("size", Json()).is_number_unsigned()) {
        out.attachments.push_back({true, a["size"].get<std::uint64_t>(), a["sha256"].get<std::string>()});
      } else {
        out.attachments.push_back({});
      }
    }
  } catch (const std::exception&) {
    out = {};
  } catch (const Unusable&) {
    out = {};
  }
  return out;
}

std::string bundleVerdictJson(const BundleVerdict& verdict) {
  if (!verdict.usable) return inputErrorJson(verdict.error);
  detail::JsonWriter out(2);
  out.beginObject();
  out.key("schema").value("portcheck.verify/1");
  out.key("consistent").value(verdict.consistent);
  out.key("ready").value(verdict.ready);
  out.key("problems").beginArray();
  for (const auto& p : verdict.problems) {
    out.beginObject().key("path").value(p.path).key("message").value(p.message).endObject();
  }
  out.endArray().endObject().newlineAtEnd();
  return out.take();
}

}  // namespace portcheck
