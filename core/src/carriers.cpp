// Known US carriers (rule data). Names are compared after folding case and dropping
// everything but letters, digits and '&', so "T-Mobile", "tmobile" and "T Mobile" agree.
// AT&T and Verizon sell both wireless and wireline service; they are listed as wireless
// because a missing PIN is the costlier mistake, and the advice is only a warning.
#include "portcheck/carriers.hpp"

#include <cctype>
#include <string>

namespace portcheck {
namespace {

struct KnownCarrier {
  std::string_view folded_name;
  CarrierKind kind;
};

constexpr KnownCarrier kCarriers[] = {
    {"googlevoice", CarrierKind::GoogleVoice}, {"google", CarrierKind::GoogleVoice},
    {"at&t", CarrierKind::Wireless}, {"att", CarrierKind::Wireless}, {"at&tmobility", CarrierKind::Wireless},
    {"at&twireless", CarrierKind::Wireless}, {"verizon", CarrierKind::Wireless},
    {"verizonwireless", CarrierKind::Wireless}, {"tmobile", CarrierKind::Wireless},
    {"sprint", CarrierKind::Wireless}, {"metrobytmobile", CarrierKind::Wireless},
    {"metropcs", CarrierKind::Wireless}, {"uscellular", CarrierKind::Wireless},
    {"cricket", CarrierKind::Wireless}, {"cricketwireless", CarrierKind::Wireless},
    {"boost", CarrierKind::Wireless}, {"boostmobile", CarrierKind::Wireless},
    {"mintmobile", CarrierKind::Wireless}, {"visible", CarrierKind::Wireless},
    {"googlefi", CarrierKind::Wireless}, {"straighttalk", CarrierKind::Wireless},
    {"tracfone", CarrierKind::Wireless}, {"consumercellular", CarrierKind::Wireless},
    {"xfinitymobile", CarrierKind::Wireless}, {"spectrummobile", CarrierKind::Wireless},
    {"cspire", CarrierKind::Wireless}, {"usmobile", CarrierKind::Wireless},
    {"comcast", CarrierKind::Wireline}, {"comcastbusiness", CarrierKind::Wireline},
    {"xfinity", CarrierKind::Wireline}, {"spectrum", CarrierKind::Wireline},
    {"spectrumbusiness", CarrierKind::Wireline}, {"charter", CarrierKind::Wireline},
    {"cox", CarrierKind::Wireline}, {"coxbusiness", CarrierKind::Wireline},
    {"lumen", CarrierKind::Wireline}, {"centurylink", CarrierKind::Wireline},
    {"frontier", CarrierKind::Wireline}, {"windstream", CarrierKind::Wireline},
    {"optimum", CarrierKind::Wireline}, {"altice", CarrierKind::Wireline},
    {"verizonfios", CarrierKind::Wireline}, {"ringcentral", CarrierKind::Voip},
    {"vonage", CarrierKind::Voip}, {"8x8", CarrierKind::Voip}, {"nextiva", CarrierKind::Voip},
    {"zoom", CarrierKind::Voip}, {"zoomphone", CarrierKind::Voip}, {"dialpad", CarrierKind::Voip},
    {"bandwidth", CarrierKind::Voip}, {"ooma", CarrierKind::Voip}, {"twilio", CarrierKind::Voip},
    {"grasshopper", CarrierKind::Voip}, {"aircall", CarrierKind::Voip},
    {"microsoftteams", CarrierKind::Voip}, {"teams", CarrierKind::Voip},
};

std::string fold(std::string_view typed) {
  std::string folded;
  for (const char c : typed) {
    const auto u = static_cast<unsigned char>(c);
    if (std::isalnum(u) || c == '&') folded += static_cast<char>(std::tolower(u));
  }
  return folded;
}

}  // namespace

CarrierKind carrierKind(std::string_view typed) {
  const std::string folded = fold(typed);
  for (const auto& carrier : kCarriers) {
    if (carrier.folded_name == folded) return carrier.kind;
  }
  return CarrierKind::Unknown;
}

}  // namespace portcheck
