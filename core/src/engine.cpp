// Engine identity, fixed at build time: the version from CMakeLists.txt and the numbering
// data the verdicts come from (the linked libphonenumber and the fresher libphonenumber-js
// metadata merged into the area-code table).
#include "portcheck/engine.hpp"

#include "portcheck/area_codes.hpp"

namespace portcheck {

std::string engineVersion() { return PORTCHECK_VERSION; }
std::string phoneMetadata() { return std::string(areaCodeProvenance()); }

}  // namespace portcheck
