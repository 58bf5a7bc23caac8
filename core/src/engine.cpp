// Engine identity, fixed at build time from CMakeLists.txt.
#include "portcheck/engine.hpp"

namespace portcheck {

std::string engineVersion() { return PORTCHECK_VERSION; }
std::string phoneMetadata() { return "libphonenumber " PORTCHECK_LIBPHONENUMBER_VERSION; }

}  // namespace portcheck
