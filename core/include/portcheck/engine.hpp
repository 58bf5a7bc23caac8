// Identity of the engine that produced a verdict: reports and bundles carry it so a report
// computed with different code or metadata can be told apart.
#pragma once

#include <string>

namespace portcheck {

std::string engineVersion();  // "0.2.0"
std::string phoneMetadata();  // "libphonenumber 8.13.51 + libphonenumber-js 1.13.16"

}  // namespace portcheck
