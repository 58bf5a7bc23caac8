// What a Customer Service Record says: the carrier's own record of the account, read from a
// PDF's text layer (pdf_text.hpp) or from text pasted out of the carrier's e-mail. The account
// name, the *service* address (a CSR also lists a billing address, often a PO box: that one is
// never taken), the billing telephone number, the account number, the working numbers and the
// carrier. Labels are tables in csr.cpp; each field keeps the page and line it was read from.
// The comparison with the Letter of Authorization is check's (the draft's `csr`).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "portcheck/bill.hpp"

namespace portcheck {

struct CsrReading {
  bool usable = false;
  std::string error_code, error;  // when not usable: document.* codes, one line
  std::string media_type;         // application/pdf, text/plain, image/…
  bool text_layer = false;
  std::vector<std::vector<std::string>> text;  // per page, its lines in reading order
  std::optional<BillValue> customer_name;
  std::optional<BillValue> street, street_2, city, state, zip;  // the service address
  std::optional<BillValue> account_telephone_number;            // E.164
  std::optional<BillValue> account_number;                      // as printed
  std::vector<BillValue> phone_numbers;                         // E.164, the working numbers
  std::optional<BillValue> carrier;
};

// A PDF (or an image: text_layer false) or UTF-8 text, at most DocumentLimits::max_input_bytes.
CsrReading readCsr(std::string_view bytes, const DocumentLimits& limits = {});

// The fields of a CSR from its lines alone (one page): the layer readCsr runs after reading
// order, open to tests.
void readCsrFields(CsrReading& reading);

// "portcheck.csr/1" JSON (`portcheck csr` and the module's readCsr), or for an unusable file
// {"schema", "error": {"code", "message"}}.
std::string csrJson(const CsrReading& reading);
std::string csrErrorJson(std::string code, std::string message);

}  // namespace portcheck
