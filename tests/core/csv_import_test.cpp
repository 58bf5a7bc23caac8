// CSV import: RFC 4180 parsing, header recognition, grouping into requests.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "portcheck/csv_import.hpp"

using nlohmann::json;
using portcheck::importCsvJson;
using portcheck::parseCsv;

TEST_CASE("RFC 4180: quotes, doubled quotes, commas and newlines inside quotes, CRLF, BOM") {
  const auto t = parseCsv("\xEF\xBB\xBFname,note\r\n\"Acme, Inc\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",x\n\n");
  REQUIRE(t.error.empty());
  REQUIRE(t.rows.size() == 3);
  CHECK(t.rows[0] == std::vector<std::string>{"name", "note"});
  CHECK(t.rows[1] == std::vector<std::string>{"Acme, Inc", "say \"hi\""});
  CHECK(t.rows[2] == std::vector<std::string>{"two\nlines", "x"});
  CHECK(parseCsv("a,\"b\nc").error.find("not closed") != std::string::npos);
  CHECK(parseCsv("a,b").rows.size() == 1);  // no final newline
}

TEST_CASE("rows sharing account, owner and address become one request") {
  const auto out = json::parse(importCsvJson(
      "Phone Number,Account Number,Customer Name,Street,City,State,ZIP Code,PIN\n"
      "(217) 544-0100,111,Acme,1 Main St,Springfield,IL,62701,\n"
      "(217) 544-0101,111,Acme,1 Main St,Springfield,IL,62701,9911\n"
      "(312) 555-2000,222,Acme Chicago,9 Lake St,Chicago,IL,60601,\n"
      ",111,Acme,1 Main St,Springfield,IL,62701,\n"));
  CHECK(out["rows"] == 4);
  CHECK(out["numbers"] == 3);
  REQUIRE(out["requests"].size() == 2);
  CHECK(out["requests"][0]["account_number"] == "111");
  CHECK(out["requests"][0]["service_address"]["zip"] == "62701");
  CHECK(out["requests"][0]["phone_numbers"].size() == 2);
  CHECK(out["requests"][0]["phone_numbers"][1]["pin"] == "9911");
  CHECK(out["requests"][1]["customer_name"] == "Acme Chicago");
  REQUIRE(out["problems"].size() == 1);
  CHECK(out["problems"][0]["row"] == 5);
}

TEST_CASE("a bare list of numbers, with no header, is one request") {
  const auto out = json::parse(importCsvJson("217-544-0100\n217-544-0101\n"));
  CHECK(out["requests"].size() == 1);
  CHECK(out["requests"][0]["phone_numbers"].size() == 2);
}

TEST_CASE("unusable CSVs are explained") {
  CHECK(json::parse(importCsvJson("foo,bar\n1,2\n"))["error"]["code"] == "csv.no_number_column");
  CHECK(json::parse(importCsvJson("phone\n\"unclosed"))["error"]["code"] == "csv.malformed");
  CHECK(json::parse(importCsvJson("phone\n\xff\n"))["error"]["code"] == "csv.encoding");
  CHECK(json::parse(importCsvJson(""))["error"]["code"] == "csv.empty");
}
