// Losing carriers: what kind of service each known carrier sells decides the PIN and
// port-lock advice (wireless carriers require a port-out PIN and offer number lock).
#pragma once

#include <string_view>

namespace portcheck {

enum class CarrierKind { Unknown, Wireless, Wireline, Voip, GoogleVoice };

// The kind of a carrier typed by the customer ("T-Mobile", "verizon wireless", "Google Voice");
// Unknown when the name is not in the table.
CarrierKind carrierKind(std::string_view typed);

}  // namespace portcheck
