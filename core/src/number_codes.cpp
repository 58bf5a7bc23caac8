// The names of the number verdict codes (SPEC §5), shared by every stage and by the generators.
#include "portcheck/numbers.hpp"

namespace portcheck {

std::string_view numberCodeName(NumberCode code) {
  switch (code) {
    case NumberCode::Ok: return "ok";
    case NumberCode::Unverified: return "unverified";
    case NumberCode::Canadian: return "canadian";
    case NumberCode::International: return "international";
    case NumberCode::TollFree: return "toll_free";
    case NumberCode::PremiumRate: return "premium_rate";
    case NumberCode::NonGeographic: return "non_geographic";
    case NumberCode::Fictional: return "fictional";
    case NumberCode::Checking: return "checking";
    case NumberCode::Invalid: break;
  }
  return "invalid";
}

bool isEligible(NumberCode code) { return code == NumberCode::Ok || code == NumberCode::Unverified; }

}  // namespace portcheck
