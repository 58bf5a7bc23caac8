// Documents as evidence, layer by layer: USPS Publication 28's normal form, each comparison of
// an LOA value with a document's lines (evidence.hpp), the evidence JSON, and the CSR reader
// on pasted text (csr.hpp). The rules built on them are in rules_test.cpp; the corpus of real
// producers in tests/documents/evidence.test.mjs.
#include <doctest/doctest.h>

#include "portcheck/address.hpp"
#include "portcheck/csr.hpp"
#include "portcheck/evidence.hpp"

using namespace portcheck;

namespace {

BillReading billOf(std::vector<std::string> lines) {
  BillReading r;
  r.usable = r.text_layer = true;
  r.text = {std::move(lines)};
  readBillFields(r);
  return r;
}

std::string joined(const std::vector<std::string>& words) {
  std::string out;
  for (const auto& w : words) out += (out.empty() ? "" : " ") + w;
  return out;
}

CsrReading csrOf(std::string_view text) {
  CsrReading r = readCsr(text);
  REQUIRE(r.usable);
  return r;
}

}  // namespace

TEST_CASE("a street line in Publication 28 form: suffixes, directionals, units, punctuation") {
  CHECK(joined(pub28Words("123 North Main Street, Suite #400")) == "123 N MAIN ST STE 400");
  CHECK(joined(pub28Words("123 N. Main St. Ste. 400")) == "123 N MAIN ST STE 400");
  CHECK(joined(pub28Words("45 Oak Avenue Apartment 2B")) == "45 OAK AVE APT 2B");
  CHECK(joined(pub28Words("900 Northwest Lamar Boulevard")) == "900 NW LAMAR BLVD");
  CHECK(joined(pub28Words("12-34 Parkway Terrace")) == "12-34 PKWY TER");  // a Queens house number stays whole
  CHECK(joined(pub28Words("10 1/2 Elm St")) == "10 1/2 ELM ST");
  CHECK(joined(pub28Words("17 O'Hare Crossing")) == "17 OHARE XING");
  CHECK(joined(pub28Words("1 Main St # 5")) == "1 MAIN ST # 5");  // "#" alone is a designator of its own
  CHECK(pub28Words("").empty());
}

TEST_CASE("ZIP codes split into ZIP and +4") {
  CHECK(zipParts("62701-1234").zip5 == "62701");
  CHECK(zipParts("62701-1234").plus4 == "1234");
  CHECK(zipParts("627011234").plus4 == "1234");
  CHECK(zipParts("62701").plus4.empty());
  CHECK(zipParts("6270").zip5.empty());
}

TEST_CASE("the account name is found as a whole field: every word counts, case and punctuation do not") {
  const BillReading bill = billOf({"AT&T", "ACME WIDGETS, L.L.C.", "Account name: Blue Sky Cafe Inc", "Bill to Harbor Dental Group",
                                   "Rivera Plumbing", "PLLC", "Summary of charges"});
  CHECK(findName(bill, "Acme Widgets LLC").found);
  CHECK(findName(bill, "blue sky cafe, inc.").found);
  CHECK(findName(bill, "Harbor Dental Group").found);
  CHECK(findName(bill, "Rivera Plumbing PLLC").found);  // wrapped over two lines
  SUBCASE("a missing word is a difference, and the closest line is named") {
    const TextMatch m = findName(bill, "Acme Widgets");
    CHECK_FALSE(m.found);
    CHECK(m.closest == "ACME WIDGETS, L.L.C.");
    CHECK(m.at.line == 2);
  }
  SUBCASE("an extra word too") { CHECK_FALSE(findName(bill, "Blue Sky Cafe Inc PLLC").found); }
  SUBCASE("a name found nowhere names no line it is unlike") {
    const TextMatch m = findName(bill, "Zebra Holdings");
    CHECK_FALSE(m.found);
    CHECK(m.closest.empty());
  }
}

TEST_CASE("the street is found in Publication 28 form, and a street word of the bill's left out is a difference") {
  const BillReading bill = billOf({"123 N MAIN ST STE 400", "SPRINGFIELD IL 62701-1234"});
  CHECK(findStreet(bill, "123 North Main Street").found);
  CHECK(findStreet(bill, "Suite 400").found);
  CHECK_FALSE(findStreet(bill, "123 Main St").found);    // the directional left out
  CHECK_FALSE(findStreet(bill, "123 N Main").found);     // the suffix left out
  CHECK_FALSE(findStreet(bill, "23 N Main St").found);   // another house number
  CHECK_FALSE(findStreet(bill, "123 N Main Ave").found);
  CHECK(findStreet(bill, "123 N Main Ave").closest == "123 N MAIN ST STE 400");
  // "Drive" against "Dr" is not a mistake; another house number is.
  const BillReading elm = billOf({"45 ELM DR", "COLUMBUS OH 43215"});
  CHECK(findStreet(elm, "45 Elm Drive").found);
  CHECK(findStreet(elm, "45 Elm Dr.").found);
  CHECK_FALSE(findStreet(elm, "47 Elm Drive").found);
}

TEST_CASE("city and ZIP: ZIP+4 against the ZIP alone matches, two different +4s do not") {
  const BillReading bill = billOf({"SPRINGFIELD IL 62701-1234", "PO BOX 4410", "SPRINGFIELD IL 62708"});
  CHECK(findCity(bill, "Springfield").found);
  CHECK_FALSE(findCity(bill, "Springfeld").found);
  CHECK(findZip(bill, "62701").found);
  CHECK(findZip(bill, "62701-1234").found);
  CHECK(findZip(bill, "627011234").found);
  CHECK_FALSE(findZip(bill, "62701-9999").found);
  CHECK_FALSE(findZip(bill, "62702").found);
  CHECK(findZip(billOf({"Springfield, IL 62701"}), "62701-5555").found);
  CHECK(findZip(billOf({"Springfield IL 62701 1234"}), "62701-1234").found);  // a gap for the dash
}

TEST_CASE("the account number: compared as carriers compare, and a slip names the bill's number") {
  const BillReading bill = billOf({"Account number: 8351 0427 9916", "Payment stub 8351-0427-9916"});
  CHECK(findAccountNumber(bill, "835104279916").found);
  CHECK(findAccountNumber(bill, "8351-0427-9916").found);
  const AccountMatch swapped = findAccountNumber(bill, "8351 0472 9916");
  CHECK_FALSE(swapped.found);
  CHECK(swapped.close == "8351 0427 9916");
  const AccountMatch other = findAccountNumber(bill, "1111 2222 3333");
  CHECK_FALSE(other.found);
  CHECK(other.close.empty());
  // Unlabelled, but printed: found anywhere in the text.
  CHECK(findAccountNumber(billOf({"Ref 77120345 6789012 due 12/01"}), "771203456789012").found);
}

TEST_CASE("edit distance counts a swap of neighbours as one edit and stops at its cap") {
  CHECK(editDistance("835104279916", "835104729916", 2) == 1);
  CHECK(editDistance("abc", "abc", 2) == 0);
  CHECK(editDistance("abc", "xyz", 1) == 2);
  CHECK(editDistance("a", "abcdef", 2) == 3);
  CHECK(editDistance("", "ab", 2) == 2);
}

TEST_CASE("a carrier is mentioned by any spelling of the table") {
  const CarrierFacts* tmobile = findCarrier("T-Mobile");
  REQUIRE(tmobile);
  CHECK(mentionsCarrier(billOf({"Metro by T-Mobile", "Your bill"}), *tmobile));
  CHECK(mentionsCarrier(billOf({"T Mobile USA"}), *tmobile));
  CHECK_FALSE(mentionsCarrier(billOf({"Verizon Wireless"}), *tmobile));
}

TEST_CASE("evidence JSON: readings by hash; anything else is an input error naming where") {
  const BillReading bill = billOf({"Statement date: Oct 3, 2026", "Account number: 1234 5678"});
  const std::string json = "{\"bills\":{\"ABCDEF\":" + billJson(bill) + "}}";
  const auto parsed = parseEvidenceJson(json);
  REQUIRE(std::holds_alternative<Evidence>(parsed));
  const BillReading* back = std::get<Evidence>(parsed).billFor("abcdef");  // hashes compare in lower case
  REQUIRE(back);
  CHECK(billJson(*back) == billJson(bill));
  CHECK(std::holds_alternative<Evidence>(parseEvidenceJson("{}")));
  for (const char* bad : {"[]", "{\"bills\":[]}", "{\"bills\":{\"a\":{\"schema\":\"portcheck.bill/1\"}}}", "{\"bills\":{\"a\":3}}", "nope",
                          "{\"bills\":{\"a\":{\"schema\":\"portcheck.bill/1\",\"text_layer\":true,\"text\":[[1]]}}}"}) {
    CAPTURE(bad);
    const auto r = parseEvidenceJson(bad);
    REQUIRE(std::holds_alternative<InputError>(r));
    CHECK_FALSE(std::get<InputError>(r).message.empty());
  }
  // An unreadable file's reading is evidence too: the rules say bill.unreadable.
  const auto error = parseBillReadingJson(billErrorJson("document.password", "the PDF needs a password to open"));
  REQUIRE(error);
  CHECK_FALSE(error->usable);
  CHECK(error->error == "the PDF needs a password to open");
}

TEST_CASE("a CSR pasted from an e-mail: the service address, never the billing PO box") {
  const CsrReading r = csrOf(
      "Subject: CSR\r\nCUSTOMER SERVICE RECORD\r\nListed Name: ACME WIDGETS LLC\r\nBilling Address:\r\n  PO BOX 4410\r\n"
      "  SPRINGFIELD, IL 62708\r\nService Address:\r\n  123 MAIN ST\r\n  STE 400\r\n  SPRINGFIELD, IL 62701-1234\r\n"
      "BTN: 217.544.0111\r\nAccount Number: 8351 0427 9916\r\n");
  REQUIRE(r.customer_name);
  CHECK(r.customer_name->value == "ACME WIDGETS LLC");  // not the title "CUSTOMER SERVICE RECORD"
  CHECK(r.street->value == "123 MAIN ST");
  CHECK(r.street_2->value == "STE 400");
  CHECK(r.city->value == "SPRINGFIELD");
  CHECK(r.state->value == "IL");
  CHECK(r.zip->value == "62701-1234");
  CHECK(r.account_telephone_number->value == "+12175440111");
  CHECK(r.account_number->value == "8351 0427 9916");
}

TEST_CASE("a CSR in tab-separated columns, the address on one line with a state's full name") {
  const CsrReading r = csrOf("END USER NAME\tJane Doe\tATN\t(614) 555-2040\nSERVICE LOCATION\t45 Oak Ave, Apt 2B, Columbus, Ohio 43215\n"
                             "WTN: 614-555-2040, 614-555-2041 and 614 555 2042\n");
  CHECK(r.customer_name->value == "Jane Doe");
  CHECK(r.street->value == "45 Oak Ave");
  CHECK(r.street_2->value == "Apt 2B");
  CHECK(r.city->value == "Columbus");
  CHECK(r.state->value == "Ohio");
  CHECK(r.zip->value == "43215");
  CHECK(r.account_telephone_number->value == "+16145552040");
  REQUIRE(r.phone_numbers.size() == 3);
  CHECK(r.phone_numbers[2].value == "+16145552042");
}

TEST_CASE("a CSR's number list stops at the next paragraph; without a list, its US numbers") {
  const CsrReading listed = csrOf("Working Telephone Numbers:\n217-544-0111\n217-544-0112 (fax)\nQuestions? Call 1-800-331-0500 today\n");
  CHECK(listed.phone_numbers.size() == 2);
  const CsrReading unlisted = csrOf("Name: Jane Doe\nLines 217-544-0111 and 217-544-0112; support 1-800-331-0500\n");
  CHECK(unlisted.phone_numbers.size() == 2);  // the toll-free support line is not the account's
}

TEST_CASE("CSR input that is not a CSR gets a clear answer") {
  CHECK(readCsr(std::string("\xff\xfe\x00x", 4)).error_code == "document.not_text");
  const CsrReading empty = readCsr("");
  CHECK(empty.usable);
  CHECK_FALSE(empty.text_layer);
  CHECK(readCsr(std::string(11u << 20, 'a')).error_code == "document.too_large");
  CHECK_FALSE(readCsr("Name:\nService Address:\n").street);
}
