// Unusable input: one clear error naming the problem and where; never a crash.
#include <doctest/doctest.h>

#include <string>

#include "cases.hpp"
#include "portcheck/json.hpp"

using portcheck::checkDraftJson;

namespace {
std::string errorOf(std::string_view json) {
  const auto outcome = checkDraftJson(json);
  REQUIRE_FALSE(outcome.usable);
  CHECK(outcome.error.message.find('\n') == std::string::npos);
  CHECK(outcome.json.find("\"error\"") != std::string::npos);
  return outcome.error.code + ": " + outcome.error.message;
}
}  // namespace

TEST_CASE("text that is not JSON, or is truncated") {
  CHECK(errorOf("").rfind("input.not_json: not JSON: line 1, column 1", 0) == 0);
  CHECK(errorOf("{\"schema\": ").rfind("input.not_json: not JSON:", 0) == 0);
  CHECK(errorOf("hello").rfind("input.not_json", 0) == 0);
}

TEST_CASE("invalid UTF-8 inside a string") {
  CHECK(errorOf("{\"schema\":\"portcheck.draft/1\",\"requests\":[{\"customer_name\":\"\xff\"}]}").find("UTF-8") !=
        std::string::npos);
}

TEST_CASE("a missing or wrong schema") {
  CHECK(errorOf("{}") == "input.schema: not a Port Pre-Check draft: \"schema\": \"portcheck.draft/1\" is missing");
  CHECK(errorOf("{\"schema\":\"portcheck.draft/2\"}").rfind("input.schema", 0) == 0);
  CHECK(errorOf("[]") == "input.type: wrong type at /: expected a draft object, got array");
}

TEST_CASE("wrong types name the JSON Pointer of the value") {
  const std::string head = "{\"schema\":\"portcheck.draft/1\",";
  CHECK(errorOf(head + "\"requests\":{}}") == "input.type: wrong type at /requests: expected an array, got object");
  CHECK(errorOf(head + "\"requests\":[1]}") == "input.type: wrong type at /requests/0: expected an object, got number");
  CHECK(errorOf(head + "\"requests\":[{\"phone_numbers\":[\"1\", 2]}]}") ==
        "input.type: wrong type at /requests/0/phone_numbers/1: expected a phone number string or an object, got number");
  CHECK(errorOf(head + "\"requests\":[{\"service_address\":{\"zip\":62701}}]}") ==
        "input.type: wrong type at /requests/0/service_address/zip: expected a string, got number");
  CHECK(errorOf(head + "\"requests\":[{\"attestations\":{\"balance_paid\":\"yes\"}}]}") ==
        "input.type: wrong type at /requests/0/attestations/balance_paid: expected true or false, got string");
  CHECK(errorOf(head + "\"as_of\":\"tomorrow\",\"requests\":[]}") ==
        "input.type: wrong value at /as_of: \"tomorrow\" is not a date (YYYY-MM-DD)");
}

TEST_CASE("200,000-deep nesting is refused without recursion") {
  const std::string deep = std::string(200000, '[') + std::string(200000, ']');
  CHECK(errorOf(deep) == "input.too_deep: JSON nested more than 64 levels deep");
}

TEST_CASE("over 32 MiB is refused before parsing") {
  const std::string huge(portcheck::kMaxDraftBytes + 1, ' ');
  CHECK(errorOf(huge).rfind("input.too_large", 0) == 0);
}

TEST_CASE("unknown fields and nulls are accepted") {
  const auto outcome = checkDraftJson(
      "{\"schema\":\"portcheck.draft/1\",\"as_of\":\"2026-11-25\",\"x\":{\"y\":[1,2]},"
      "\"requests\":[{\"customer_name\":null,\"future_field\":true}]}");
  CHECK(outcome.usable);
  CHECK_FALSE(outcome.ready);
}

TEST_CASE("the shared bad-input table: one error line each, or a normal report") {
  const auto table = portcheck::test::loadCases("bad-input.json");
  for (const auto& c : table["cases"]) {
    const std::string name = c["name"].get<std::string>();
    CAPTURE(name);
    const auto outcome = checkDraftJson(portcheck::test::buildInput(c["parts"]));
    if (c.contains("code")) {
      REQUIRE_FALSE(outcome.usable);
      CHECK(outcome.error.code == c["code"].get<std::string>());
      CHECK(outcome.error.message.find(c["message"].get<std::string>()) != std::string::npos);
      CHECK(outcome.error.message.find('\n') == std::string::npos);
      CHECK(outcome.error.message.size() < 400);
      // The report-shaped error is itself valid JSON, whatever the input held.
      const auto error = nlohmann::json::parse(outcome.json);
      CHECK(error["error"]["code"] == outcome.error.code);
    } else {
      REQUIRE(outcome.usable);
      CHECK(outcome.ready == c["ready"].get<bool>());
      CHECK(nlohmann::json::parse(outcome.json)["schema"] == "portcheck.report/1");
    }
  }
}
