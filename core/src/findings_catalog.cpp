// The catalogue of findings and the ten carrier rejection reasons: codes are a contract
// (never renamed); fixes say what to do, in the customer's words, following Outreach's
// porting article (facts carried over, wording our own).
#include <algorithm>

#include "portcheck/findings.hpp"

namespace portcheck {
namespace {

using S = Severity;
using R = Reason;

const std::vector<CatalogEntry> kCatalog = {
    // Numbers and the billing telephone number (BTN).
    {"number.canadian", S::Error, R::UsOnly,
     "Remove it from this request. Outreach ports numbers from the US and its territories only."},
    {"number.international", S::Error, R::UsOnly,
     "Remove it from this request. Outreach ports numbers from the US and its territories only."},
    {"number.toll_free", S::Error, R::NoTollFree,
     "Remove it from this request: toll-free numbers cannot be ported into Outreach."},
    {"number.premium_rate", S::Error, R::ValidNumber,
     "Remove it from this request: premium-rate numbers cannot be ported into Outreach."},
    {"number.non_geographic", S::Error, R::ValidNumber,
     "Remove it from this request: only ordinary US phone numbers can be ported."},
    {"number.fictional", S::Error, R::ValidNumber,
     "Check the number against your phone bill and correct it."},
    {"number.invalid", S::Error, R::ValidNumber,
     "Check the number against your phone bill: ten digits, area code first."},
    {"number.unverified", S::Warning, R::ValidNumber,
     "Check the digits against your phone bill. If they are right, keep the number: it can be ported."},
    // The page's first stage only (number_stages.hpp): an error, so nothing is ready on a guess.
    {"number.checking", S::Error, R::ValidNumber,
     "Nothing to do: the verdict appears in a moment, as soon as the full number data has loaded."},
    {"number.duplicate", S::Error, R::UniqueNumber,
     "List each number once in the whole submission; remove the repeated entry."},
    {"number.extension_ignored", S::Warning, R::ValidNumber,
     "Nothing to do if you meant the main number: extensions stay with your phone system, not the carrier."},
    {"request.numbers_missing", S::Error, R::RequiredField,
     "Add the phone numbers you want to port from this account."},
    {"request.too_many_numbers", S::Error, R::RequestSize,
     "Split the numbers into several requests of at most 1,000 numbers each."},
    {"draft.no_requests", S::Error, R::RequiredField,
     "Add a request: one for each carrier account you are porting numbers from."},
    {"btn.invalid", S::Error, R::InvalidBtn,
     "Ask your current carrier for the billing telephone number on the account and enter it exactly."},
    {"request.full_port_btn_missing", S::Warning, R::InvalidBtn,
     "Add the billing telephone number to the numbers to port, or, if some numbers stay, say so and arrange a "
     "new billing number with the carrier."},
    {"btn.missing", S::Warning, R::InvalidBtn,
     "Add the billing telephone number (the account's main number); your current carrier can tell you which it is."},
    {"request.partial_port_btn", S::Warning, R::InvalidBtn,
     "Ask your current carrier to move the billing telephone number to a number that stays with them before you port."},
    // The LOA: names.
    {"loa.first_name_missing", S::Error, R::RequiredField,
     "Enter the first name of the person authorized on the account, as the carrier has it."},
    {"loa.last_name_missing", S::Error, R::RequiredField,
     "Enter the last name of the person authorized on the account, as the carrier has it."},
    {"loa.customer_name_missing", S::Error, R::RequiredField,
     "Enter the account name exactly as it appears on your phone bill or the carrier's CSR."},
    {"loa.name_suspicious", S::Warning, R::LoaMismatch,
     "Use the real name exactly as the carrier has it on file; placeholders are rejected."},
    // Service address.
    {"address.po_box", S::Error, R::PhysicalAddress,
     "Enter the physical address where the service is, as on the carrier's CSR; PO boxes are not accepted."},
    {"address.general_delivery", S::Error, R::PhysicalAddress,
     "Enter the physical street address where the service is located."},
    {"address.private_mailbox", S::Warning, R::PhysicalAddress,
     "Use the physical service address on the carrier's record, not a mailbox at a mail-receiving store."},
    {"address.rural_route", S::Warning, R::PhysicalAddress,
     "Use the address exactly as the carrier's CSR shows it; if they have a street address, use that."},
    {"address.military", S::Warning, R::PhysicalAddress,
     "Use the address exactly as the carrier's CSR shows it."},
    {"address.house_number_missing", S::Warning, R::PhysicalAddress,
     "Add the street number and street name exactly as on the carrier's record."},
    {"address.street_missing", S::Error, R::RequiredField,
     "Enter the street address of the service location."},
    {"address.city_missing", S::Error, R::RequiredField, "Enter the city of the service location."},
    {"address.state_invalid", S::Error, R::RequiredField,
     "Enter a US state, DC or US territory, as a two-letter code (IL) or in full (Illinois)."},
    {"address.zip_invalid", S::Error, R::RequiredField,
     "Enter the 5-digit ZIP code (or ZIP+4) of the service location."},
    {"address.state_zip_mismatch", S::Warning, R::LoaMismatch,
     "Check the state and ZIP code against your phone bill; the carrier compares them exactly."},
    // Account.
    {"carrier.missing", S::Warning, R::RequiredField,
     "Name the carrier you are leaving (as on your bill); the PIN and number-lock advice depends on it."},
    {"account.number_missing", S::Error, R::AccountNumber,
     "Ask your current carrier for the account number they have on file and enter it exactly."},
    {"account.number_format", S::Warning, R::AccountNumber,
     "Copy the account number from your bill or the carrier's app exactly; the carrier compares every digit."},
    {"account.number_invalid", S::Error, R::AccountNumber,
     "Copy the account number from your bill exactly; the carrier's own format rules this one out."},
    {"account.number_is_phone_number", S::Warning, R::AccountNumber,
     "Enter the account number from your bill, not a phone number."},
    {"account.pin_format", S::Warning, R::WrongPin,
     "Request the carrier's port-out PIN and enter it exactly as given."},
    {"account.pin_expires", S::Info, R::WrongPin,
     "Send the bundle to Outreach before the PIN lapses; if it does, request a new one and update the draft."},
    {"account.pin_may_have_expired", S::Warning, R::WrongPin,
     "Request a new PIN from the carrier, enter it, and send the bundle to Outreach right away."},
    {"account.pin_recommended", S::Warning, R::WrongPin,
     "Ask your carrier for the account's port-out PIN (sometimes the last four digits of the account holder's "
     "Social Security number) and enter it."},
    {"carrier.reseller", S::Info, R::ResoldAccount,
     "Ask your provider which carrier holds your numbers, and get the account number, PIN and CSR that carrier has "
     "on file."},
    {"carrier.google_voice_locked", S::Error, R::GoogleVoiceLocked,
     "Unlock the number in Google Voice (www.google.com/voice/unlock), then confirm it here."},
    {"carrier.port_lock", S::Warning, R::NumberUnportable,
     "Ask the account holder to turn off number lock / port protection with the carrier, then confirm it here."},
    // Customer Service Record.
    {"csr.name_mismatch", S::Warning, R::LoaMismatch,
     "Use the name exactly as it appears on the CSR; the carrier compares it letter for letter."},
    {"csr.address_mismatch", S::Warning, R::LoaMismatch,
     "Use the service address exactly as it appears on the CSR; the carrier compares it letter for letter."},
    // A resubmission after a rejection: the reason of each is the rejected one (check.cpp).
    {"rejection.unchanged", S::Error, R::LoaMismatch,
     "Correct what the carrier named, exactly as its Customer Service Record shows it (ask the carrier's "
     "porting team for the CSR), then resubmit."},
    {"rejection.matches_csr", S::Warning, R::LoaMismatch,
     "Contact Outreach support with the rejection before resubmitting: the carrier's record and this request "
     "agree, so changing them will not help."},
    {"rejection.remedy_unconfirmed", S::Error, R::LoaMismatch,
     "Do what the carrier asked, then confirm it here: the resubmission is rejected again until it is done."},
    {"rejection.number_still_listed", S::Error, R::NumberInactive,
     "Remove the number from this request, or confirm the carrier has put it back in service (or lifted its "
     "lock)."},
    {"rejection.not_compared", S::Warning, R::LoaMismatch,
     "Start from the earlier bundle or draft under \"My port was rejected\", so the checker can compare (staff: "
     "portcheck check DRAFT --previous OLD)."},
    {"rejection.unplaced", S::Warning, R::RequiredField,
     "Contact Outreach support with the rejection text: the checker found no reason in it that it can show you "
     "how to fix."},
    {"rejection.reason_unknown", S::Warning, R::RequiredField, "Pick the reasons from the checklist's ten."},
    {"rejection.date_invalid", S::Warning, R::RequiredField, "Give the date the rejection arrived, as YYYY-MM-DD."},
    {"rejection.timeline_restarts", S::Info, R::RequiredField,
     "Keep your service with your current carrier until the new port completes."},
    {"csr.not_provided", S::Info, R::LoaMismatch,
     "Ask your carrier's porting team for the Customer Service Record (CSR) on file, not your billing "
     "record, and copy its name and address here."},
    {"csr.account_number_mismatch", S::Warning, R::AccountNumber,
     "Use the account number exactly as the CSR shows it."},
    {"csr.btn_mismatch", S::Warning, R::InvalidBtn,
     "Use the billing telephone number the CSR shows, or ask the carrier which number bills the account."},
    {"csr.numbers_not_ported", S::Warning, R::InvalidBtn,
     "Add them to the numbers to port, or say that some numbers stay: those that stay need a billing number of "
     "their own at the carrier."},
    {"csr.numbers_not_on_record", S::Warning, R::LoaMismatch,
     "Check that these numbers belong to this account; numbers on another account go in a request of their own."},
    // Bill.
    {"bill.missing", S::Error, R::RecentBill,
     "Attach a phone bill from the last 30 days. If your provider issues no bill, a purchase receipt or a "
     "screenshot of your account portal showing the numbers will do."},
    {"bill.date_missing", S::Error, R::RecentBill, "Enter the statement date printed on the bill."},
    {"bill.date_invalid", S::Error, R::RecentBill, "Enter the statement date as a real date (YYYY-MM-DD)."},
    {"bill.kind_invalid", S::Error, R::RecentBill,
     "Choose what you attached: a bill, a receipt, or a portal screenshot."},
    {"bill.too_old", S::Error, R::RecentBill, "Attach your most recent bill, dated within the last 30 days."},
    {"bill.expiring", S::Warning, R::RecentBill,
     "Submit by the date above, or attach your next bill when it arrives."},
    {"bill.future_date", S::Error, R::RecentBill, "Check the statement date on the bill and correct it."},
    {"bill.contents_unconfirmed", S::Warning, R::LoaMismatch,
     "Check that the bill shows the account number, the name, the service address and every number you are "
     "porting, then confirm each one here."},
    // The bill as evidence: what its own text shows against the LOA (evidence.hpp).
    {"bill.unreadable", S::Info, R::RecentBill,
     "Nothing to do if the date and boxes above are right. A PDF saved from the carrier's website usually has text "
     "the checker can read; a scan or a photo does not."},
    {"bill.date_differs", S::Warning, R::RecentBill,
     "Use the statement date printed on the bill, or clear the date and let the bill's own date count."},
    {"bill.account_number_not_found", S::Warning, R::AccountNumber,
     "Copy the account number exactly as the bill prints it; carriers reject a port over one wrong digit."},
    {"bill.name_not_found", S::Warning, R::LoaMismatch,
     "Write the account name exactly as the bill and the carrier's record have it, every word included (LLC, Inc, "
     "PLLC)."},
    {"bill.address_not_found", S::Warning, R::LoaMismatch,
     "Write the service address as the bill shows it. If the bill shows a billing address only, check the service "
     "address against the carrier's CSR."},
    {"bill.numbers_not_found", S::Warning, R::LoaMismatch,
     "Check that these numbers are on this account: attach the bill (or its pages) that lists them, or move them to "
     "a request for the account they are on."},
    {"bill.carrier_differs", S::Warning, R::ResoldAccount,
     "Name the carrier that sends this bill, or attach the bill of the carrier you named."},
    // Signature.
    {"signature.missing", S::Error, R::UnauthorizedSignature,
     "The authorized person must sign the Letter of Authorization and date it."},
    {"signature.not_authorized", S::Error, R::UnauthorizedSignature,
     "Have the authorized person sign, or ask the carrier to make the signer an authorized user first."},
    {"signature.name_variant", S::Warning, R::UnauthorizedSignature,
     "Sign with the name exactly as the carrier has the authorized person on file."},
    {"signature.future_date", S::Error, R::UnauthorizedSignature, "Date the signature today or earlier."},
    // Attestations.
    {"attest.numbers_in_service", S::Warning, R::NumberInactive,
     "Keep every number in service until the port completes; if one was disconnected, ask the carrier to "
     "reinstate it. Do not cancel your old service."},
    {"attest.balance_paid", S::Warning, R::UnpaidBalance,
     "Pay any outstanding balance or port-away fee to your current carrier before submitting."},
};

const std::vector<CarrierReason> kCarrierReasons = {
    {R::LoaMismatch, "Name or address differs from the carrier's record (CSR)",
     "Get the Customer Service Record from your current carrier's porting team and copy its name and address "
     "exactly."},
    {R::UnauthorizedSignature, "The signer is not authorized on the account",
     "Have the authorized person sign, or ask the carrier to update who is authorized on the account."},
    {R::AccountNumber, "Wrong or missing account number",
     "Ask your current carrier for the account number they have on file."},
    {R::NumberInactive, "A number is not in service",
     "Ask your current carrier to reinstate the number; numbers must be in service to port."},
    {R::UnpaidBalance, "Unpaid balance or port-away fee",
     "Pay any outstanding balance or port-away fee to your current carrier."},
    {R::WrongPin, "Wrong or missing account PIN",
     "Ask your current carrier for the PIN on file (sometimes the last four digits of the account holder's SSN)."},
    {R::GoogleVoiceLocked, "Google Voice number still locked",
     "Unlock the number at www.google.com/voice/unlock before the port is submitted."},
    {R::InvalidBtn, "Invalid billing telephone number (BTN)",
     "Ask your current carrier for the billing telephone number on file."},
    {R::NumberUnportable, "Number cannot be ported as requested",
     "Ask your current provider for detailed directions to port the number away (for example when it is part "
     "of a larger block, or number lock is on)."},
    {R::ResoldAccount, "Resold account",
     "Ask your service provider for the CSR or for detailed directions to port the number away."},
};

}  // namespace

const std::vector<CatalogEntry>& findingCatalog() { return kCatalog; }
const std::vector<CarrierReason>& carrierReasons() { return kCarrierReasons; }

Finding makeFinding(std::string_view code, std::string path, std::string message) {
  const auto it = std::find_if(kCatalog.begin(), kCatalog.end(),
                               [code](const CatalogEntry& e) { return e.code == code; });
  if (it == kCatalog.end()) {
    return {std::string(code), Severity::Error, std::move(path), Reason::RequiredField,
            std::move(message), "Internal: this finding is missing from the catalogue."};
  }
  return {std::string(code), it->severity, std::move(path), it->reason, std::move(message),
          std::string(it->fix)};
}

}  // namespace portcheck
