// portcheck: the native command line of Port Pre-Check (SPEC §6).
//
//   portcheck check FILE|- [--as-of YYYY-MM-DD] [--format json|text] [--attach FILE]... [--previous OLD]
//                   the report for a draft; with the bills it links (by SHA-256) compared
//                   with what they say; with the earlier submission (bundle or draft) a
//                   resubmission answers, judged on what the rejection named
//   portcheck verify BUNDLE|- [--key FILE]... [--format text|json]   re-derives a received bundle
//                   (plain, or encrypted: opened with whichever given key it was made for) and compares
//   portcheck keygen FILE [--type ec|rsa]   a new private key (0600); prints the public JWK
//   portcheck public-key FILE   the public JWK(s) of a key file, to deploy with the page
//   portcheck encrypt --to KEY BUNDLE|-   a bundle encrypted as the page does (compact JWE)
//   portcheck decrypt --key FILE... JWE|-   the plain bundle of an encrypted one
//   portcheck bundle DRAFT [--attach FILE]... [--created-at TIME] [--previous OLD]   makes a bundle (as the page does)
//   portcheck bill FILE|-      what a bill says: its text layer, statement date, account and
//                              phone numbers, carrier (JSON; a scan is text_layer false)
//   portcheck csr FILE|-       what a Customer Service Record (PDF, or text pasted from an
//                              e-mail) says: name, service address, BTN, account, numbers (JSON)
//   portcheck rejection FILE|-   a port rejection (forwarded e-mail text, Twilio's codes or Port In
//                              JSON, other providers' codes) placed on the ten reasons (JSON)
//   portcheck diff OLD NEW [--format json|text]   what changed, by JSON Pointer (PINs masked)
//   portcheck number TEXT…     one JSON line per number: input, e164, region, type, eligible, code
//   portcheck area-codes [NPA…]   what each NANP area code is today, and where that comes from
//   portcheck --version
//
// Exit codes: 0 ready (every number eligible), 1 not ready (some number not eligible),
// 2 unusable input or usage (a malformed JWE, or one for another key), 3 (verify, decrypt) a
// tampered or inconsistent bundle. Never a crash or a
// stack trace: every failure is one line on stderr.
#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <exception>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "digest.hpp"
#include "jwe.hpp"
#include "portcheck/area_codes.hpp"
#include "portcheck/bill.hpp"
#include "portcheck/bundle.hpp"
#include "portcheck/csr.hpp"
#include "portcheck/rejection.hpp"
#include "portcheck/dates.hpp"
#include "portcheck/draft.hpp"
#include "portcheck/engine.hpp"
#include "portcheck/jose.hpp"
#include "portcheck/json.hpp"
#include "portcheck/numbers.hpp"

namespace {

constexpr int kExitOk = 0;
constexpr int kExitNotReady = 1;
constexpr int kExitUnusable = 2;
constexpr int kExitTampered = 3;

constexpr std::string_view kUsage =
    "usage: portcheck check FILE|- [--as-of YYYY-MM-DD] [--format json|text] [--attach FILE]... [--previous OLD]\n"
    "       portcheck verify BUNDLE|- [--key FILE]... [--format text|json]\n"
    "       portcheck keygen FILE [--type ec|rsa]   new private key; prints its public JWK\n"
    "       portcheck public-key FILE   the public JWK of a key file\n"
    "       portcheck encrypt --to KEYFILE BUNDLE|-   encrypt a bundle (compact JWE)\n"
    "       portcheck decrypt --key FILE [--key FILE]... JWE|-   the plain bundle\n"
    "       portcheck bundle DRAFT [--attach FILE]... [--created-at YYYY-MM-DDTHH:MM:SSZ] [--previous OLD]\n"
    "       portcheck bill FILE|-   what a bill (PDF or image) says, as JSON\n"
    "       portcheck csr FILE|-   what a CSR (PDF or pasted text) says, as JSON\n"
    "       portcheck rejection FILE|-   a rejection placed on the checklist's ten reasons, as JSON\n"
    "       portcheck diff OLD NEW [--format json|text]   what changed between two submissions (PINs masked)\n"
    "       portcheck number TEXT...   classify phone numbers (one JSON line each)\n"
    "       portcheck area-codes [NPA...]   the NANP area-code table (tab-separated)\n"
    "       portcheck --version\n";

int usage(const std::string& problem) {
  std::fprintf(stderr, "portcheck: %s\n%.*s", problem.c_str(), static_cast<int>(kUsage.size()),
               kUsage.data());
  return kExitUnusable;
}

int runNumber(const std::vector<std::string_view>& args) {
  if (args.empty()) return usage("number: give at least one phone number");
  bool allEligible = true;
  for (const auto arg : args) {
    const auto verdict = portcheck::classifyNumber(arg);
    allEligible = allEligible && verdict.eligible();
    std::puts(portcheck::numberVerdictJson(verdict).c_str());
  }
  return allEligible ? kExitOk : kExitNotReady;
}

int unusable(const std::string& message) {
  std::fprintf(stderr, "portcheck: %s\n", message.c_str());
  return kExitUnusable;
}

// Reads the whole file (or stdin for "-"), refusing more than the draft size limit without
// reading it all: a 33 MiB input costs 32 MiB of memory at most.
bool readInput(std::string_view name, std::string& out, std::string& problem,
               std::size_t limit = portcheck::kMaxDraftBytes) {
  std::FILE* file = name == "-" ? stdin : std::fopen(std::string(name).c_str(), "rb");
  if (!file) {
    problem = "cannot read " + std::string(name) + ": " + std::strerror(errno);
    return false;
  }
  char buffer[1 << 16];
  std::size_t n = 0;
  while ((n = std::fread(buffer, 1, sizeof buffer, file)) > 0) {
    out.append(buffer, n);
    if (out.size() > limit) {
      problem = std::string(name == "-" ? "standard input" : name) + ": input is over the " +
                std::to_string(limit >> 20) + " MiB limit";
      break;
    }
  }
  const bool failed = std::ferror(file) != 0;
  if (file != stdin) std::fclose(file);
  if (failed && problem.empty()) problem = "cannot read " + std::string(name);
  return problem.empty();
}

// A command's arguments: options that take a value (in order; a repeated one repeats) and at
// most one operand (a file, or - for standard input). Every command reads its own with this.
struct Args {
  std::string_view operand;
  std::vector<std::pair<std::string_view, std::string_view>> options;

  std::vector<std::string_view> all(std::string_view name) const {
    std::vector<std::string_view> values;
    for (const auto& [option, value] : options) {
      if (option == name) values.push_back(value);
    }
    return values;
  }
  std::optional<std::string_view> last(std::string_view name) const {
    const auto values = all(name);
    return values.empty() ? std::nullopt : std::optional(values.back());
  }
};

// nullopt when `in` reads as `command`'s arguments, else the usage problem, in one line.
std::optional<std::string> readArgs(std::string_view command, const std::vector<std::string_view>& in,
                                    std::initializer_list<std::string_view> options, Args& out) {
  for (std::size_t i = 0; i < in.size(); ++i) {
    const std::string_view arg = in[i];
    if (std::find(options.begin(), options.end(), arg) != options.end()) {
      if (i + 1 == in.size()) return std::string(command) + ": " + std::string(arg) + " needs a value";
      out.options.emplace_back(arg, in[++i]);
    } else if (out.operand.empty() && (arg == "-" || arg.substr(0, 1) != "-")) {
      out.operand = arg;
    } else {
      return std::string(command) + ": unexpected argument '" + std::string(arg) + "'";
    }
  }
  return std::nullopt;
}

std::string displayName(std::string_view input) { return input == "-" ? "standard input" : std::string(input); }

// A document's bytes as read for the rules: by its SHA-256, as drafts and bundles link bills.
// A file the reader cannot use is kept as such (the rules say bill.unreadable), not refused.
void addBill(portcheck::Evidence& evidence, const std::string& bytes) {
  evidence.add(portcheck::cli::sha256Hex(bytes), portcheck::readBill(bytes));
}

int runCheck(const std::vector<std::string_view>& args) {
  Args a;
  if (const auto problem = readArgs("check", args, {"--as-of", "--format", "--attach", "--previous"}, a)) {
    return usage(*problem);
  }
  const std::string_view input = a.operand;
  const std::string_view format = a.last("--format").value_or("json");
  if (format != "json" && format != "text") return usage("check: --format is json or text");
  std::optional<portcheck::Date> as_of;
  if (const auto value = a.last("--as-of")) {
    as_of = portcheck::Date::parseIso(*value);
    if (!as_of) return usage("check: --as-of must be a date, YYYY-MM-DD");
  }
  if (input.empty()) return usage("check: give a draft file, or - for standard input");
  portcheck::Evidence evidence;
  for (const auto file : a.all("--attach")) {
    std::string bytes, problem;
    if (!readInput(file, bytes, problem, portcheck::kMaxAttachmentBytes)) return unusable(problem);
    addBill(evidence, bytes);
  }
  std::optional<portcheck::PreviousSubmission> previous;
  if (const auto file = a.last("--previous")) {
    std::string earlier, problem;
    if (!readInput(*file, earlier, problem)) return unusable(problem);
    previous = portcheck::readPreviousSubmission(earlier);
    if (!previous->ok) return unusable(displayName(*file) + ": " + previous->error.message);
  }
  std::string text, problem;
  if (!readInput(input, text, problem)) return unusable(problem);
  const auto outcome = portcheck::checkDraftJson(
      text, as_of, format == "text" ? portcheck::ReportFormats::JsonAndText : portcheck::ReportFormats::Json,
      a.all("--attach").empty() ? nullptr : &evidence, previous ? &previous->draft : nullptr);
  if (!outcome.usable) return unusable(displayName(input) + ": " + outcome.error.message);
  std::fputs((format == "text" ? outcome.text : outcome.json).c_str(), stdout);
  return outcome.ready ? kExitOk : kExitNotReady;
}

// What a bill says: exit 0 when it was read (a scan without text included), 2 with one line
// when it cannot be: not a PDF or image, password-protected, damaged beyond repair, too large.
int runBill(const std::vector<std::string_view>& args) {
  Args a;
  if (const auto problem = readArgs("bill", args, {}, a)) return usage(*problem);
  if (a.operand.empty()) return usage("bill: give a bill file (PDF or image), or - for standard input");
  const portcheck::DocumentLimits limits;
  std::string bytes, problem;
  if (!readInput(a.operand, bytes, problem, limits.max_input_bytes)) {
    return unusable(problem.find("limit") != std::string::npos
                        ? displayName(a.operand) + ": the file is over " + std::to_string(limits.max_input_bytes >> 20) + " MB"
                        : problem);
  }
  const auto reading = portcheck::readBill(bytes, limits);
  if (!reading.usable) return unusable(displayName(a.operand) + ": " + reading.error);
  std::fputs(portcheck::billJson(reading).c_str(), stdout);
  return kExitOk;
}

// What a CSR says: a PDF (or image) or UTF-8 text; exit 0 when read, 2 with one line when not.
int runCsr(const std::vector<std::string_view>& args) {
  Args a;
  if (const auto problem = readArgs("csr", args, {}, a)) return usage(*problem);
  if (a.operand.empty()) return usage("csr: give a CSR file (PDF or text), or - for standard input");
  const portcheck::DocumentLimits limits;
  std::string bytes, problem;
  if (!readInput(a.operand, bytes, problem, limits.max_input_bytes)) {
    return unusable(problem.find("limit") != std::string::npos
                        ? displayName(a.operand) + ": the file is over " + std::to_string(limits.max_input_bytes >> 20) + " MB"
                        : problem);
  }
  const auto reading = portcheck::readCsr(bytes, limits);
  if (!reading.usable) return unusable(displayName(a.operand) + ": " + reading.error);
  std::fputs(portcheck::csrJson(reading).c_str(), stdout);
  return kExitOk;
}

// A rejection as received: exit 0 with the JSON when read (unplaced text included, in
// "unrecognized"), 2 with one line when the file cannot be read or is over the limit.
int runRejection(const std::vector<std::string_view>& args) {
  Args a;
  if (const auto problem = readArgs("rejection", args, {}, a)) return usage(*problem);
  if (a.operand.empty()) return usage("rejection: give the rejection's text or JSON in a file, or - for standard input");
  std::string text, problem;
  if (!readInput(a.operand, text, problem, portcheck::kMaxRejectionBytes)) {
    return unusable(problem.find("limit") != std::string::npos
                        ? displayName(a.operand) + ": over " + std::to_string(portcheck::kMaxRejectionBytes >> 10) + " KiB"
                        : problem);
  }
  const auto rejection = portcheck::classifyRejection(text);
  if (!rejection.usable) return unusable(displayName(a.operand) + ": " + rejection.error);
  std::fputs(portcheck::rejectionJson(rejection).c_str(), stdout);
  return kExitOk;
}

// Private keys for opening bundles, from each --key file (a JWK or a JWK Set), with the file
// each came from, so staff see which key, old or new, a bundle was made for.
struct KeyRing {
  std::vector<portcheck::jose::Jwk> keys;
  std::vector<std::string> files;
};

bool loadKeys(const std::vector<std::string_view>& files, KeyRing& ring, std::string& problem) {
  for (const auto file : files) {
    std::string text;
    if (!readInput(file, text, problem, 1u << 20)) return false;
    auto set = portcheck::jose::parseJwkOrSet(text, portcheck::jose::KeyNeed::Private);
    if (!set.ok) {
      problem = displayName(file) + ": " + set.message;
      return false;
    }
    for (auto& key : set.keys) {
      if (!portcheck::cli::usableKey(key, problem)) {
        problem = displayName(file) + ": " + problem;
        return false;
      }
      ring.keys.push_back(std::move(key));
      ring.files.emplace_back(file);
    }
  }
  return true;
}

// An encrypted bundle → its plaintext, or the exit code and the one line saying why not.
struct Decrypted {
  int exit = kExitOk;
  std::string plaintext;
  std::string opened_with;  // "key THUMBPRINT (FILE)"
};

Decrypted decryptBundle(std::string_view input, const std::string& text, const KeyRing& ring) {
  Decrypted out;
  const auto parsed = portcheck::jose::parseJwe(text);
  if (parsed.fault != portcheck::jose::JweFault::None) {
    std::fprintf(stderr, "portcheck: %s: %s\n", displayName(input).c_str(), parsed.message.c_str());
    out.exit = parsed.fault == portcheck::jose::JweFault::Damaged ? kExitTampered : kExitUnusable;
    return out;
  }
  if (ring.keys.empty()) {
    const auto& kid = parsed.jwe.recipients.front().kid;
    std::fprintf(stderr, "portcheck: %s: the bundle is encrypted (for key %s); give the private key with --key FILE\n",
                 displayName(input).c_str(), kid.empty() ? "unnamed" : kid.c_str());
    out.exit = kExitUnusable;
    return out;
  }
  auto opened = portcheck::cli::decrypt(parsed.jwe, ring.keys);
  if (opened.fault != portcheck::cli::OpenFault::None) {
    std::fprintf(stderr, "portcheck: %s: %s\n", displayName(input).c_str(), opened.message.c_str());
    out.exit = opened.fault == portcheck::cli::OpenFault::Damaged ? kExitTampered : kExitUnusable;
    return out;
  }
  out.plaintext = std::move(opened.plaintext);
  out.opened_with = "key " + portcheck::cli::thumbprint(ring.keys[opened.key_index]) + " (" +
                    displayName(ring.files[opened.key_index]) + ")";
  return out;
}

int runVerify(const std::vector<std::string_view>& args) {
  Args a;
  if (const auto problem = readArgs("verify", args, {"--format", "--key"}, a)) return usage(*problem);
  const std::string_view input = a.operand;
  const std::string_view format = a.last("--format").value_or("text");
  if (format != "json" && format != "text") return usage("verify: --format is text or json");
  const auto key_files = a.all("--key");
  if (input.empty()) return usage("verify: give a bundle file, or - for standard input");
  KeyRing ring;
  std::string text, problem;
  if (!loadKeys(key_files, ring, problem)) return unusable(problem);
  if (!readInput(input, text, problem, portcheck::jose::kMaxJweBytes)) return unusable(problem);

  std::string opened_with;
  if (portcheck::jose::looksLikeJwe(text)) {
    auto decrypted = decryptBundle(input, text, ring);
    if (decrypted.exit != kExitOk) return decrypted.exit;
    text = std::move(decrypted.plaintext);
    opened_with = std::move(decrypted.opened_with);
  } else if (text.size() > portcheck::kMaxDraftBytes) {
    return unusable(displayName(input) + ": input is over the 32 MiB limit");
  }
  const auto inputs = portcheck::bundleHashInputs(text);
  if (!inputs.ok) return unusable(displayName(input) + ": " + (opened_with.empty() ? "" : "decrypted, but ") + inputs.error.message);
  portcheck::BundleDigests digests;
  digests.body_sha256 = portcheck::cli::sha256Hex(inputs.canonical_body);
  portcheck::Evidence evidence;  // the bills inside, read here: the browser's reading is never trusted
  for (const auto& data : inputs.attachment_data) {
    const auto bytes = portcheck::cli::base64Decode(data);
    digests.attachments.push_back(bytes ? portcheck::AttachmentDigest{true, bytes->size(), portcheck::cli::sha256Hex(*bytes)}
                                        : portcheck::AttachmentDigest{});
    if (bytes && bytes->size() <= portcheck::kMaxAttachmentBytes) addBill(evidence, *bytes);
  }
  const auto verdict = portcheck::verifyBundle(text, digests, &evidence);
  if (!verdict.usable) return unusable(displayName(input) + ": " + verdict.error.message);
  if (format == "json") {
    std::fputs(portcheck::bundleVerdictJson(verdict).c_str(), stdout);
  } else {
    if (!opened_with.empty()) {
      std::printf("%s: encrypted (JWE); authenticated and decrypted with %s\n", displayName(input).c_str(), opened_with.c_str());
    }
    if (verdict.consistent) {
      std::printf("%s: consistent: integrity, attachments, draft, report and Twilio bodies all match; %s\n",
                  displayName(input).c_str(), verdict.ready ? "READY" : "NOT READY (the report has errors)");
    } else {
      std::printf("%s: TAMPERED OR INCONSISTENT: %zu problem(s)\n", displayName(input).c_str(), verdict.problems.size());
      for (const auto& p : verdict.problems) std::printf("  %s: %s\n", p.path.c_str(), p.message.c_str());
    }
  }
  if (!verdict.consistent) return kExitTampered;
  return verdict.ready ? kExitOk : kExitNotReady;
}

int runDecrypt(const std::vector<std::string_view>& args) {
  Args a;
  if (const auto problem = readArgs("decrypt", args, {"--key"}, a)) return usage(*problem);
  const std::string_view input = a.operand;
  const auto key_files = a.all("--key");
  if (key_files.empty()) return usage("decrypt: give the private key with --key FILE (several for old keys)");
  if (input.empty()) return usage("decrypt: give an encrypted bundle, or - for standard input");
  KeyRing ring;
  std::string text, problem;
  if (!loadKeys(key_files, ring, problem)) return unusable(problem);
  if (!readInput(input, text, problem, portcheck::jose::kMaxJweBytes)) return unusable(problem);
  if (!portcheck::jose::looksLikeJwe(text)) return unusable(displayName(input) + ": not encrypted: it is not a JWE");
  auto decrypted = decryptBundle(input, text, ring);
  if (decrypted.exit != kExitOk) return decrypted.exit;
  std::fwrite(decrypted.plaintext.data(), 1, decrypted.plaintext.size(), stdout);
  std::fprintf(stderr, "portcheck: %s: decrypted with %s\n", displayName(input).c_str(), decrypted.opened_with.c_str());
  return kExitOk;
}

int runEncrypt(const std::vector<std::string_view>& args) {
  Args a;
  if (const auto problem = readArgs("encrypt", args, {"--to"}, a)) return usage(*problem);
  const std::string_view input = a.operand;
  const std::string_view key_file = a.last("--to").value_or("");
  if (key_file.empty()) return usage("encrypt: give the recipient's key with --to FILE");
  if (input.empty()) return usage("encrypt: give a bundle file, or - for standard input");
  std::string key_text, text, problem;
  if (!readInput(key_file, key_text, problem, 1u << 20)) return unusable(problem);
  const auto key = portcheck::jose::parseJwk(key_text, portcheck::jose::KeyNeed::Either);
  if (!key.ok) return unusable(displayName(key_file) + ": " + key.message);
  if (!readInput(input, text, problem)) return unusable(problem);
  std::string error;
  const auto jwe = portcheck::cli::encryptCompact(text, key.key, error);
  if (!jwe) return unusable(displayName(key_file) + ": " + error);
  std::printf("%s\n", jwe->c_str());
  return kExitOk;
}

int runKeygen(const std::vector<std::string_view>& args) {
  Args a;
  if (const auto problem = readArgs("keygen", args, {"--type"}, a)) return usage(*problem);
  const std::string_view file = a.operand == "-" ? std::string_view() : a.operand;  // a file, never standard output
  const std::string_view type_name = a.last("--type").value_or("ec");
  if (type_name != "ec" && type_name != "rsa") return usage("keygen: --type is ec (P-256, the default) or rsa (3072 bits)");
  const auto type = type_name == "ec" ? portcheck::jose::KeyType::Ec : portcheck::jose::KeyType::Rsa;
  if (file.empty()) return usage("keygen: give the file to write the private key to");
  std::string error;
  const auto key = portcheck::cli::generateKey(type, error);
  if (!key) return unusable("keygen: " + error);
  const std::string thumbprint = portcheck::cli::thumbprint(*key);
  const std::string body = portcheck::jose::privateJwkJson(*key, thumbprint);
  // Created here, readable by its owner only, never over an existing key.
  const int fd = ::open(std::string(file).c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0) {
    return unusable("keygen: " + std::string(file) + ": " +
                    (errno == EEXIST ? std::string("already exists; a key is never overwritten") : std::strerror(errno)));
  }
  bool ok = ::fchmod(fd, 0600) == 0;
  for (std::size_t done = 0; ok && done < body.size();) {
    const ssize_t n = ::write(fd, body.data() + done, body.size() - done);
    ok = n > 0;
    if (ok) done += static_cast<std::size_t>(n);
  }
  ok = ::fsync(fd) == 0 && ok;
  ok = ::close(fd) == 0 && ok;
  if (!ok) {
    ::unlink(std::string(file).c_str());
    return unusable("keygen: could not write " + std::string(file));
  }
  std::printf("%s\n", portcheck::jose::publicJwkJson(*key, thumbprint).c_str());
  std::fprintf(stderr,
               "portcheck: wrote the private key to %s (mode 0600); keep it secret and backed up.\n"
               "portcheck: its thumbprint is %s. The line above is the public key: deploy it as\n"
               "portcheck: recipient-key.jwk next to the page, or in the recipient-key attribute.\n",
               std::string(file).c_str(), thumbprint.c_str());
  return kExitOk;
}

int runPublicKey(const std::vector<std::string_view>& args) {
  if (args.size() != 1) return usage("public-key: give one key file");
  std::string text, problem;
  if (!readInput(args[0], text, problem, 1u << 20)) return unusable(problem);
  const auto set = portcheck::jose::parseJwkOrSet(text, portcheck::jose::KeyNeed::Either);
  if (!set.ok) return unusable(displayName(args[0]) + ": " + set.message);
  for (const auto& key : set.keys) std::printf("%s\n", portcheck::jose::publicJwkJson(key, portcheck::cli::thumbprint(key)).c_str());
  return kExitOk;
}

std::string mediaTypeOf(std::string_view name) {
  const auto dot = name.rfind('.');
  std::string ext(dot == std::string_view::npos ? "" : name.substr(dot + 1));
  for (auto& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (ext == "pdf") return "application/pdf";
  if (ext == "png") return "image/png";
  if (ext == "jpg" || ext == "jpeg") return "image/jpeg";
  return "application/octet-stream";
}

int runBundle(const std::vector<std::string_view>& args) {
  Args a;
  if (const auto problem = readArgs("bundle", args, {"--attach", "--created-at", "--previous"}, a)) return usage(*problem);
  const std::string_view input = a.operand;
  std::string created_at(a.last("--created-at").value_or(""));
  nlohmann::json attachments = nlohmann::json::array();
  portcheck::Evidence evidence;
  for (const auto file : a.all("--attach")) {
    std::string bytes, problem;
    if (!readInput(file, bytes, problem)) return unusable(problem);
    if (bytes.size() > portcheck::kMaxAttachmentBytes) return unusable(std::string(file) + ": over the 10 MiB limit");
    addBill(evidence, bytes);
    const auto slash = file.rfind('/');
    const std::string name(slash == std::string_view::npos ? file : file.substr(slash + 1));
    attachments.push_back({{"name", name}, {"media_type", mediaTypeOf(name)}, {"size", bytes.size()},
                           {"sha256", portcheck::cli::sha256Hex(bytes)}, {"data", portcheck::cli::base64Encode(bytes)}});
  }
  if (input.empty()) return usage("bundle: give a draft file, or - for standard input");
  if (created_at.empty()) {
    char now[32];
    const std::time_t t = std::time(nullptr);
    std::tm utc{};
    gmtime_r(&t, &utc);
    std::strftime(now, sizeof now, "%Y-%m-%dT%H:%M:%SZ", &utc);
    created_at = now;
  }
  std::string text, problem, earlier;
  if (const auto file = a.last("--previous"); file && !readInput(*file, earlier, problem)) return unusable(problem);
  if (!readInput(input, text, problem)) return unusable(problem);
  const auto body = portcheck::makeBundleBody(text, attachments.dump(), created_at, &evidence, earlier);
  if (!body.ok) return unusable(displayName(input) + ": " + body.error.message);
  std::fputs(portcheck::sealBundle(body.canonical, portcheck::cli::sha256Hex(body.canonical)).c_str(), stdout);
  return kExitOk;
}

// What changed between two submissions (bundles or drafts): JSON or text, PINs masked.
int runDiff(const std::vector<std::string_view>& args) {
  std::vector<std::string_view> files;
  std::string_view format = "json";
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--format" && i + 1 < args.size()) {
      format = args[++i];
    } else if (args[i].size() > 1 && args[i][0] == '-') {
      return usage("diff: unknown option " + std::string(args[i]));
    } else {
      files.push_back(args[i]);
    }
  }
  if (format != "json" && format != "text") return usage("diff: --format is json or text");
  if (files.size() != 2) return usage("diff: give the earlier and the new submission (bundles or drafts)");
  std::string old_text, new_text, problem;
  if (!readInput(files[0], old_text, problem) || !readInput(files[1], new_text, problem)) return unusable(problem);
  const auto diff = portcheck::diffSubmissions(old_text, new_text);
  if (!diff.ok) return unusable(diff.error.message);
  std::fputs((format == "text" ? portcheck::submissionDiffText(diff) : portcheck::submissionDiffJson(diff)).c_str(), stdout);
  return kExitOk;
}

// The area-code table as staff read it: every NPA, or the ones asked for (header kept).
int runAreaCodes(const std::vector<std::string_view>& args) {
  const std::string table = portcheck::areaCodeTable();
  if (args.empty()) {
    std::fputs(table.c_str(), stdout);
    return kExitOk;
  }
  std::fputs(table.substr(0, table.find('\n') + 1).c_str(), stdout);
  for (const auto npa : args) {
    const bool digits = npa.size() == 3 && npa.find_first_not_of("0123456789") == std::string_view::npos;
    if (!digits || npa < "200") return usage("area-codes: '" + std::string(npa) + "' is not an area code (200-999)");
    const std::size_t at = table.find("\n" + std::string(npa) + "\t");
    std::fputs(table.substr(at + 1, table.find('\n', at + 1) - at).c_str(), stdout);
  }
  return kExitOk;
}

int run(int argc, char** argv) {
  std::vector<std::string_view> args(argv + 1, argv + argc);
  if (args.empty()) return usage("no command");
  const std::string_view command = args.front();
  args.erase(args.begin());
  if (command == "number") return runNumber(args);
  if (command == "bill") return runBill(args);
  if (command == "csr") return runCsr(args);
  if (command == "rejection") return runRejection(args);
  if (command == "diff") return runDiff(args);
  if (command == "area-codes") return runAreaCodes(args);
  if (command == "check") return runCheck(args);
  if (command == "verify") return runVerify(args);
  if (command == "bundle") return runBundle(args);
  if (command == "decrypt") return runDecrypt(args);
  if (command == "encrypt") return runEncrypt(args);
  if (command == "keygen") return runKeygen(args);
  if (command == "public-key") return runPublicKey(args);
  if (command == "--version" || command == "version") {
    std::printf("portcheck %s (%s)\n", portcheck::engineVersion().c_str(),
                portcheck::phoneMetadata().c_str());
    return kExitOk;
  }
  if (command == "--help" || command == "-h" || command == "help") {
    std::fputs(kUsage.data(), stdout);
    return kExitOk;
  }
  return usage("unknown command '" + std::string(command) + "'");
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return run(argc, argv);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "portcheck: internal error: %s\n", e.what());
  } catch (...) {
    std::fprintf(stderr, "portcheck: internal error\n");
  }
  return kExitUnusable;
}
