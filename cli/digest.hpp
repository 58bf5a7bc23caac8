// SHA-256 and base64 for the CLI, from OpenSSL's libcrypto (Debian libssl-dev). The page uses
// WebCrypto for the same digests; the core only says what to hash.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace portcheck::cli {

std::string sha256Hex(std::string_view bytes);
std::string base64Encode(std::string_view bytes);
// Strict padded base64 (RFC 4648 §4, no line breaks); nullopt when it is not.
std::optional<std::string> base64Decode(std::string_view text);

}  // namespace portcheck::cli
