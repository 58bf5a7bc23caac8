// CSV import: RFC 4180 parsing, header recognition, grouping into requests.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>

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
  CHECK(parseCsv("a,\"b\nc").error == "a quoted field opened on line 1 is never closed (a \" is missing)");
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
  CHECK(json::parse(importCsvJson("phone\n\x01\x02\x03\x04\x05\x06\x07\x08\n"))["error"]["code"] == "csv.binary");
  CHECK(json::parse(importCsvJson(""))["error"]["code"] == "csv.empty");
}

namespace {

std::string slurp(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

// UTF-8 (up to three-byte sequences, enough for these tables) as UTF-16 code units.
std::string utf16(std::string_view utf8, bool little_endian, bool bom) {
  std::string out = bom ? (little_endian ? "\xFF\xFE" : "\xFE\xFF") : "";
  for (std::size_t i = 0; i < utf8.size(); ++i) {
    unsigned c = static_cast<unsigned char>(utf8[i]);
    const auto next = [&] { return static_cast<unsigned char>(utf8[++i]) & 0x3Fu; };
    if (c >= 0xE0 && i + 2 < utf8.size()) {
      c = (c & 0x0F) << 12;
      c |= next() << 6;
      c |= next();
    } else if (c >= 0xC0 && i + 1 < utf8.size()) {
      c = (c & 0x1F) << 6;
      c |= next();
    }
    const char lo = static_cast<char>(c & 0xFF), hi = static_cast<char>(c >> 8);
    out += little_endian ? std::string{lo, hi} : std::string{hi, lo};
  }
  return out;
}

json import(std::string_view bytes) { return json::parse(importCsvJson(bytes)); }

}  // namespace

TEST_CASE("csv-spectrum: every file parses to its expected records, also as UTF-16") {
  // github.com/maxogden/csv-spectrum (npm csv-spectrum 2.0.0): RFC 4180 edge cases written by
  // others, each CSV with the records a correct parser reads from it.
  const std::filesystem::path dir = PORTCHECK_NODE_MODULES "/csv-spectrum";
  REQUIRE(std::filesystem::exists(dir / "csvs"));
  int files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir / "csvs")) {
    const std::string name = entry.path().stem().string();
    CAPTURE(name);
    const std::string bytes = slurp(entry.path());
    for (const auto& variant : {bytes, utf16(bytes, true, true), utf16(bytes, false, false)}) {
      const auto text = portcheck::decodeCsvBytes(variant);
      REQUIRE(text.error.empty());
      const auto table = parseCsv(text.text, portcheck::detectCsvDelimiter(text.text));
      REQUIRE(table.error.empty());
      json records = json::array();
      for (std::size_t r = 1; r < table.rows.size(); ++r) {
        json record = json::object();
        for (std::size_t c = 0; c < table.rows[0].size(); ++c) record[table.rows[0][c]] = c < table.rows[r].size() ? table.rows[r][c] : "";
        records.push_back(record);
      }
      const json expected = json::parse(slurp(dir / "json" / (name + ".json")));
      if (name == "location_coordinates") {
        // Its JSON is one object with another phone number than its CSV: compare what is shared.
        REQUIRE(records.size() == 1);
        CHECK(records[0]["Location Coordinates"] == expected["Location Coordinates"]);
        CHECK(records[0]["Cities"] == "Modesto");
      } else {
        CHECK(records == expected);
      }
    }
    ++files;
  }
  CHECK(files >= 12);
}

TEST_CASE("the delimiter is found: comma, semicolon (Excel in many locales), tab (a pasted range), pipe") {
  const std::string rows[] = {"Phone Number|Account Number|Customer Name|Street|City|State|ZIP",
                              "(217) 544-0100|111|Acme, Inc|1 Main St|Springfield|IL|62701",
                              "(217) 544-0101|111|Acme, Inc|1 Main St|Springfield|IL|62701",
                              "(312) 555-2000|222|Acme Chicago|9 Lake St|Chicago|IL|60601"};
  json first;
  for (const char d : {',', ';', '\t', '|'}) {
    CAPTURE(int(d));
    std::string csv;
    for (std::string row : rows) {
      if (d == ',') {  // the comma inside the name needs quotes now
        const auto at = row.find("Acme, Inc");
        if (at != std::string::npos) row.replace(at, 9, "\"Acme, Inc\"");
      }
      std::replace(row.begin(), row.end(), '|', d);
      csv += row + "\r\n";
    }
    CHECK(portcheck::detectCsvDelimiter(csv) == d);
    json out = import(csv);
    REQUIRE_FALSE(out.contains("error"));
    CHECK(out["requests"].size() == 2);
    CHECK(out["requests"][0]["customer_name"] == "Acme, Inc");
    out.erase("delimiter");
    if (first.is_null()) first = out;
    CHECK(out == first);
  }
  CHECK(import("sep=;\nPhone;Name\n217-544-0100;Acme\n")["requests"][0]["customer_name"] == "Acme");
  CHECK(import("Phone\n217-544-0100\n217-544-0101\n")["delimiter"] == "comma");
}

TEST_CASE("headers as carriers' and PBX exports spell them") {
  struct Case {
    const char* header;
    const char* field;
  };
  for (const auto& [header, field] : std::initializer_list<Case>{
           {"TN", "phone_number"}, {"Telephone Number", "phone_number"}, {"Phone #", "phone_number"},
           {"DID", "phone_number"}, {"Line", "phone_number"}, {"Wireless Number", "phone_number"},
           {"MDN", "phone_number"}, {"Contact Phone Number", "phone_number"}, {"Service Number", "phone_number"},
           {"BTN", "account_telephone_number"}, {"Billing Telephone Number", "account_telephone_number"},
           {"Account #", "account_number"}, {"Acct No.", "account_number"}, {"BAN", "account_number"},
           {"Port-Out PIN", "account_pin"}, {"Number Transfer PIN", "account_pin"},
           {"Service City", "city"}, {"Svc State", "state"}, {"Service Zip Code", "zip"},
           {"Service Address Line 1", "street"}, {"Service Address Line 2", "street_2"},
           {"Account Holder", "customer_name"}, {"Current Provider", "losing_carrier"}}) {
    CAPTURE(header);
    const json out = import(std::string("Phone Number,") + header + "\n217-544-0100,x\n");
    REQUIRE_FALSE(out.contains("error"));
    if (std::string(field) == "phone_number") {
      CHECK(out["columns"]["phone_number"] == 0);  // the first phone column wins
    } else {
      CHECK(out["columns"][field] == 1);
    }
  }
}

TEST_CASE("a service address in one column is split; house number and street name are joined") {
  const json out = import(
      "TN,Service Address\n"
      "217-544-0100,\"123 Main St, Suite 4, Springfield, IL 62701\"\n"
      "217-544-0101,\"123 Main St, Suite 4, Springfield, IL 62701\"\n"
      "212-555-2000,\"9 Lake St, New York, New York 10001-1234\"\n"
      "312-555-2001,9 Lake St Chicago IL 60601\n");
  REQUIRE(out["requests"].size() == 3);
  CHECK(out["requests"][0]["service_address"] ==
        json{{"street", "123 Main St"}, {"street_2", "Suite 4"}, {"city", "Springfield"}, {"state", "IL"}, {"zip", "62701"}});
  CHECK(out["requests"][1]["service_address"] ==
        json{{"street", "9 Lake St"}, {"city", "New York"}, {"state", "New York"}, {"zip", "10001-1234"}});
  CHECK(out["requests"][2]["service_address"] == json{{"street", "9 Lake St Chicago IL 60601"}});
  REQUIRE(out["problems"].size() == 1);
  CHECK(out["problems"][0]["row"] == 5);
  CHECK(out["problems"][0]["skipped"] == false);

  const json parts = import("Phone,House Number,Street Name,City,State,Zip\n217-544-0100,123,Main St,Springfield,IL,62701\n");
  CHECK(parts["requests"][0]["service_address"]["street"] == "123 Main St");
  // With city, state and ZIP columns, "Address" is the street line, kept as typed.
  const json street = import("Phone,Address,City,State,Zip\n217-544-0100,\"123 Main St, Apt 4\",Springfield,IL,62701\n");
  CHECK(street["requests"][0]["service_address"]["street"] == "123 Main St, Apt 4");
}

TEST_CASE("Excel's Unicode text (UTF-16 with BOM, tabs), UTF-16 without BOM, and Windows-1252") {
  const std::string table = "Phone Number\tCustomer Name\r\n(217) 544-0100\tJos\xC3\xA9 Pe\xC3\xB1" "a\r\n";
  for (const auto& [bytes, encoding] : std::initializer_list<std::pair<std::string, const char*>>{
           {utf16(table, true, true), "utf-16le"}, {utf16(table, false, true), "utf-16be"},
           {utf16(table, true, false), "utf-16le"}, {table, "utf-8"}, {"\xEF\xBB\xBF" + table, "utf-8"},
           {"Phone Number\tCustomer Name\r\n(217) 544-0100\tJos\xE9 Pe\xF1" "a\r\n", "windows-1252"}}) {
    CAPTURE(encoding);
    const json out = import(bytes);
    REQUIRE_FALSE(out.contains("error"));
    CHECK(out["encoding"] == encoding);
    CHECK(out["delimiter"] == "tab");
    CHECK(out["requests"][0]["customer_name"] == "Jos\xC3\xA9 Pe\xC3\xB1" "a");
  }
  CHECK(import(utf16(table, true, true) + "x")["error"]["code"] == "csv.encoding");          // odd length
  CHECK(import(std::string("\xFF\xFE\x00\xD8\x41\x00", 6))["error"]["code"] == "csv.encoding");  // lone surrogate
  CHECK(import(std::string("PK\x03\x04\x14\x00\x06\x00", 8) + std::string(200, '\0'))["error"]["code"] == "csv.binary");  // an .xlsx
}

TEST_CASE("a pasted spreadsheet range without a header: the column of numbers is found") {
  const json out = import("Acme\t(217) 544-0100\t111\nAcme\t(217) 544-0101\t111\nAcme\t(217) 544-0102\t111\n");
  REQUIRE_FALSE(out.contains("error"));
  CHECK(out["header"] == false);
  CHECK(out["columns"]["phone_number"] == 1);
  CHECK(out["numbers"] == 3);
  CHECK(import("Acme\tfoo\nBeta\tbar\n")["error"]["code"] == "csv.no_number_column");
  // One row of numbers copied across, or a grid of them: every number column counts.
  CHECK(import("(217) 544-0100\t(217) 544-0101\t(217) 544-0102\n")["numbers"] == 3);
  const json grid = import("217-544-0100\t217-544-0101\n217-544-0102\t217-544-0103\n217-544-0104\t\n");
  CHECK(grid["numbers"] == 5);
  CHECK(grid["requests"][0]["phone_numbers"][1]["phone_number"] == "217-544-0101");
}

TEST_CASE("malformed tables: one problem per bad row, or one clear error, never a hang") {
  // A value with an unquoted delimiter shifts the row: left out, named.
  const json ragged = import("Phone,Customer Name,City\n217-544-0100,Acme, Inc,Springfield\n217-544-0101,Acme\n217-544-0102,Acme,Springfield,,\n");
  REQUIRE(ragged["problems"].size() == 2);
  CHECK(ragged["problems"][0] == json{{"row", 2}, {"message", "has 4 fields where the header has 3: a value probably holds a \",\" without quotes around it; fix the row or quote the value"}, {"skipped", true}});
  CHECK(ragged["problems"][1]["row"] == 3);
  CHECK(ragged["problems"][1]["skipped"] == false);
  CHECK(ragged["numbers"] == 2);  // the padded row 4 is fine

  const json open = import("Phone,Name\n217-544-0100,Acme\n217-544-0101,\"Acme\n217-544-0102,Beta\n");
  CHECK(open["error"]["code"] == "csv.malformed");
  CHECK(open["error"]["message"] == "not a readable table: a quoted field opened on line 3 is never closed (a \" is missing)");

  // A million rows: refused at the 100,001st, in linear time.
  std::string million = "Phone\n";
  for (int i = 0; i < 1000000; ++i) million += "217-544-0100\n";
  const auto start = std::chrono::steady_clock::now();
  const json big = import(million);
  CHECK(big["error"]["code"] == "csv.malformed");
  CHECK(std::string(big["error"]["message"]).find("more than 100,000 rows") != std::string::npos);
  CHECK(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count() < 20.0);
}
