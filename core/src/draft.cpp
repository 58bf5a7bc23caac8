// Draft JSON → core types (nlohmann/json at the edge). Every failure becomes one InputError
// naming the problem and its JSON Pointer; nothing thrown escapes parseDraft.
#include "portcheck/draft.hpp"

#include <nlohmann/json.hpp>

#include <string>

#include "json_input.hpp"
#include "text.hpp"

namespace portcheck {
namespace detail {
namespace {

[[noreturn]] void wrongType(const std::string& path, std::string_view expected, const Json& got) {
  throw Unusable{{"input.type",
                  "wrong type at " + (path.empty() ? std::string("/") : path) + ": expected " +
                      std::string(expected) + ", got " + got.type_name(),
                  path}};
}

// Absent and null both mean "not filled in".
const Json* field(const Json& object, const char* key) {
  const auto it = object.find(key);
  return it == object.end() || it->is_null() ? nullptr : &*it;
}

std::string readString(const Json& object, const char* key, const std::string& path) {
  const Json* value = field(object, key);
  if (!value) return {};
  if (!value->is_string()) wrongType(path + "/" + key, "a string", *value);
  return value->get<std::string>();
}

std::optional<bool> readBool(const Json& object, const char* key, const std::string& path) {
  const Json* value = field(object, key);
  if (!value) return std::nullopt;
  if (!value->is_boolean()) wrongType(path + "/" + key, "true or false", *value);
  return value->get<bool>();
}

// Returns nullptr when absent; throws when present but not an object.
const Json* readObject(const Json& object, const char* key, const std::string& path) {
  const Json* value = field(object, key);
  if (value && !value->is_object()) wrongType(path + "/" + key, "an object", *value);
  return value;
}

ServiceAddress readAddress(const Json& o, const std::string& path) {
  return {readString(o, "street", path), readString(o, "street_2", path),
          readString(o, "city", path), readString(o, "state", path), readString(o, "zip", path)};
}

BillFile readBillFile(const Json& o, const std::string& path) {
  BillFile file{readString(o, "name", path), readString(o, "media_type", path), 0,
                readString(o, "sha256", path)};
  if (const Json* size = field(o, "size")) {
    if (!size->is_number_unsigned()) wrongType(path + "/size", "a whole number of bytes", *size);
    file.size = size->get<std::uint64_t>();
  }
  return file;
}

Bill readBill(const Json& o, const std::string& path) {
  Bill bill;
  bill.kind = readString(o, "kind", path);
  bill.statement_date = readString(o, "statement_date", path);
  if (const Json* file = readObject(o, "file", path)) bill.file = readBillFile(*file, path + "/file");
  bill.shows_account_number = readBool(o, "shows_account_number", path);
  bill.shows_name = readBool(o, "shows_name", path);
  bill.shows_address = readBool(o, "shows_address", path);
  bill.shows_all_numbers = readBool(o, "shows_all_numbers", path);
  return bill;
}

std::vector<PhoneNumberEntry> readPhoneNumbers(const Json& o, const std::string& path) {
  std::vector<PhoneNumberEntry> entries;
  const Json* list = field(o, "phone_numbers");
  if (!list) return entries;
  const std::string listPath = path + "/phone_numbers";
  if (!list->is_array()) wrongType(listPath, "an array", *list);
  entries.reserve(list->size());
  for (std::size_t i = 0; i < list->size(); ++i) {
    const Json& item = (*list)[i];
    const std::string itemPath = listPath + "/" + std::to_string(i);
    if (item.is_string()) {
      entries.push_back({item.get<std::string>(), {}});
    } else if (item.is_object()) {
      entries.push_back({readString(item, "phone_number", itemPath), readString(item, "pin", itemPath)});
    } else {
      wrongType(itemPath, "a phone number string or an object", item);
    }
  }
  return entries;
}

std::vector<std::string> readStrings(const Json& o, const char* key, const std::string& path) {
  std::vector<std::string> out;
  const Json* list = field(o, key);
  if (!list) return out;
  const std::string p = path + "/" + key;
  if (!list->is_array()) wrongType(p, "an array of strings", *list);
  for (std::size_t i = 0; i < list->size(); ++i) {
    if (!(*list)[i].is_string()) wrongType(p + "/" + std::to_string(i), "a string", (*list)[i]);
    out.push_back((*list)[i].get<std::string>());
  }
  return out;
}

RequestRejection readRejection(const Json& o, const std::string& path) {
  RequestRejection r;
  r.text = readString(o, "text", path);
  r.reasons = readStrings(o, "reasons", path);
  if (const Json* fields = readObject(o, "fields", path)) {
    for (const auto& [reason, list] : fields->items()) {
      const std::string p = path + "/fields";
      (void)list;
      r.fields.emplace_back(reason, readStrings(*fields, reason.c_str(), p));
    }
  }
  r.received_on = readString(o, "received_on", path);
  if (const Json* list = field(o, "numbers")) {
    const std::string p = path + "/numbers";
    if (!list->is_array()) wrongType(p, "an array", *list);
    for (std::size_t i = 0; i < list->size(); ++i) {
      const Json& item = (*list)[i];
      const std::string ip = p + "/" + std::to_string(i);
      if (item.is_string()) {
        r.numbers.push_back({item.get<std::string>(), {}});
      } else if (item.is_object()) {
        r.numbers.push_back({readString(item, "phone_number", ip), readStrings(item, "reasons", ip)});
      } else {
        wrongType(ip, "a phone number string or an object", item);
      }
    }
  }
  r.confirmed = readStrings(o, "confirmed", path);
  r.reinstated = readStrings(o, "reinstated", path);
  return r;
}

PortRequest readRequest(const Json& o, const std::string& path) {
  PortRequest r;
  r.customer_type = readString(o, "customer_type", path);
  r.customer_name = readString(o, "customer_name", path);
  if (const Json* rep = readObject(o, "authorized_representative", path)) {
    const std::string p = path + "/authorized_representative";
    r.authorized_representative = {readString(*rep, "first_name", p), readString(*rep, "last_name", p),
                                   readString(*rep, "email", p)};
  }
  if (const Json* a = readObject(o, "service_address", path)) {
    r.service_address = readAddress(*a, path + "/service_address");
  }
  r.losing_carrier = readString(o, "losing_carrier", path);
  r.account_number = readString(o, "account_number", path);
  r.account_pin = readString(o, "account_pin", path);
  r.account_telephone_number = readString(o, "account_telephone_number", path);
  r.phone_numbers = readPhoneNumbers(o, path);
  if (const Json* csr = readObject(o, "csr", path)) {
    const std::string p = path + "/csr";
    r.csr = CustomerServiceRecord{readString(*csr, "customer_name", p), readAddress(*csr, p),
                                  readString(*csr, "account_number", p),
                                  readString(*csr, "account_telephone_number", p), {}};
    if (const Json* list = field(*csr, "phone_numbers")) {
      if (!list->is_array()) wrongType(p + "/phone_numbers", "an array", *list);
      for (std::size_t i = 0; i < list->size(); ++i) {
        if (!(*list)[i].is_string()) wrongType(p + "/phone_numbers/" + std::to_string(i), "a string", (*list)[i]);
        r.csr->phone_numbers.push_back((*list)[i].get<std::string>());
      }
    }
  }
  if (const Json* bill = readObject(o, "bill", path)) r.bill = readBill(*bill, path + "/bill");
  if (const Json* sig = readObject(o, "signature", path)) {
    const std::string p = path + "/signature";
    r.signature = Signature{readString(*sig, "signer_name", p), readString(*sig, "signed_on", p)};
  }
  if (const Json* at = readObject(o, "attestations", path)) {
    const std::string p = path + "/attestations";
    r.attestations = {readBool(*at, "numbers_in_service", p), readBool(*at, "balance_paid", p),
                      readBool(*at, "google_voice_unlocked", p),
                      readBool(*at, "ports_all_numbers_on_account", p), readBool(*at, "port_lock_removed", p)};
  }
  if (const Json* rejection = readObject(o, "rejection", path)) r.rejection = readRejection(*rejection, path + "/rejection");
  return r;
}

}  // namespace

Draft readDraft(const Json& root, const std::string& base) {
  if (!root.is_object()) wrongType(base, "a draft object", root);
  const Json* schema = field(root, "schema");
  if (!schema || !schema->is_string() || *schema != "portcheck.draft/1") {
    throw Unusable{{"input.schema",
                    schema ? "not a Port Pre-Check draft: \"schema\" must be \"portcheck.draft/1\""
                           : "not a Port Pre-Check draft: \"schema\": \"portcheck.draft/1\" is missing",
                    base + "/schema"}};
  }
  Draft draft;
  draft.as_of = readString(root, "as_of", base);
  if (const Json* requests = field(root, "requests")) {
    if (!requests->is_array()) wrongType(base + "/requests", "an array", *requests);
    for (std::size_t i = 0; i < requests->size(); ++i) {
      const std::string path = base + "/requests/" + std::to_string(i);
      if (!(*requests)[i].is_object()) wrongType(path, "an object", (*requests)[i]);
      draft.requests.push_back(readRequest((*requests)[i], path));
    }
  }
  return draft;
}

namespace {

// "[json.exception.parse_error.101] parse error at line 1, column 4: syntax error …" →
// "not JSON: line 1, column 4: syntax error …"
std::string describeParseError(const nlohmann::json::parse_error& e) {
  std::string what = e.what();
  const auto at = what.find(" at ");
  if (at != std::string::npos) what = what.substr(at + 4);
  // nlohmann quotes what it last read, which may be ill-formed UTF-8 or terminal controls.
  return "not JSON: " + forTerminal(what);
}

}  // namespace

Json parseLimited(std::string_view text, std::size_t max_bytes) {
  if (text.size() > max_bytes) {
    throw Unusable{{"input.too_large", "input is " + std::to_string(text.size()) + " bytes; the limit is " +
                                           std::to_string(max_bytes >> 20) + " MiB", ""}};
  }
  try {
    // Refuse deep nesting while parsing, before building it: a draft nests five levels.
    const auto limitDepth = [](int depth, Json::parse_event_t, Json&) {
      if (depth > kMaxJsonDepth) {
        throw Unusable{{"input.too_deep",
                        "JSON nested more than " + std::to_string(kMaxJsonDepth) + " levels deep", ""}};
      }
      return true;
    };
    return Json::parse(text.begin(), text.end(), limitDepth);
  } catch (const nlohmann::json::parse_error& e) {
    throw Unusable{{"input.not_json", describeParseError(e), ""}};
  } catch (const nlohmann::json::out_of_range&) {
    // The only out_of_range the parser throws: a number beyond a double (1e999999).
    throw Unusable{{"input.not_json", "not JSON this checker can read: a number is too large", ""}};
  } catch (const std::bad_alloc&) {
    throw Unusable{{"input.too_large", "input too large to check in the memory available", ""}};
  }
}

}  // namespace detail

std::variant<Draft, InputError> parseDraft(std::string_view json) {
  try {
    return detail::readDraft(detail::parseLimited(json), "");
  } catch (const detail::Unusable& u) {
    return u.error;
  } catch (const std::bad_alloc&) {
    return InputError{"input.too_large", "input too large to check in the memory available", ""};
  } catch (const std::exception& e) {
    return InputError{"input.not_json", std::string("unusable input: ") + e.what(), ""};
  }
}

}  // namespace portcheck
