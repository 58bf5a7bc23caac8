// The names of severities and reasons, as reports and rejections write them, and what each
// rejection reason concerns: shared by the rules (which judge a resubmission), the CLI and the
// documents reader (the rejection classifier), which links no catalogue.
#include "portcheck/findings.hpp"
#include "portcheck/rejection.hpp"

namespace portcheck {

using R = Reason;

std::string_view severityName(Severity severity) {
  switch (severity) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    case Severity::Info: break;
  }
  return "info";
}

std::string_view reasonName(Reason reason) {
  switch (reason) {
    case R::LoaMismatch: return "loa_mismatch";
    case R::UnauthorizedSignature: return "unauthorized_signature";
    case R::AccountNumber: return "account_number";
    case R::NumberInactive: return "number_inactive";
    case R::UnpaidBalance: return "unpaid_balance";
    case R::WrongPin: return "wrong_pin";
    case R::GoogleVoiceLocked: return "google_voice_locked";
    case R::InvalidBtn: return "invalid_btn";
    case R::NumberUnportable: return "number_unportable";
    case R::ResoldAccount: return "resold_account";
    case R::UsOnly: return "us_only";
    case R::NoTollFree: return "no_toll_free";
    case R::PhysicalAddress: return "physical_address";
    case R::RecentBill: return "recent_bill";
    case R::RequiredField: return "required_field";
    case R::ValidNumber: return "valid_number";
    case R::UniqueNumber: return "unique_number";
    case R::RequestSize: break;
  }
  return "request_size";
}

bool carrierReasonFromName(std::string_view name, Reason& out) {
  for (int i = 0; i <= static_cast<int>(R::ResoldAccount); ++i) {
    const auto reason = static_cast<Reason>(i);
    if (reasonName(reason) == name) {
      out = reason;
      return true;
    }
  }
  return false;
}

std::vector<std::string> defaultRejectionFields(Reason reason) {
  switch (reason) {
    case R::LoaMismatch: return {"/customer_name", "/service_address"};
    case R::UnauthorizedSignature: return {"/authorized_representative", "/signature/signer_name"};
    case R::AccountNumber: return {"/account_number"};
    case R::NumberInactive: return {"/phone_numbers"};
    case R::UnpaidBalance: return {"/attestations/balance_paid"};
    case R::WrongPin: return {"/account_pin"};
    case R::GoogleVoiceLocked: return {"/attestations/google_voice_unlocked"};
    case R::InvalidBtn: return {"/account_telephone_number"};
    case R::NumberUnportable: return {"/phone_numbers", "/attestations/port_lock_removed"};
    case R::ResoldAccount: return {"/losing_carrier"};
    default: return {};
  }
}

bool remedyIsAction(Reason reason) {
  switch (reason) {
    case R::NumberInactive:
    case R::UnpaidBalance:
    case R::GoogleVoiceLocked:
    case R::NumberUnportable:
    case R::ResoldAccount: return true;
    default: return false;
  }
}

}  // namespace portcheck
