// portcheck: the native command line of Port Pre-Check (SPEC §6).
//
//   portcheck check FILE|- [--as-of YYYY-MM-DD] [--format json|text]   the report for a draft
//   portcheck number TEXT…     one JSON line per number: input, e164, region, type, eligible, code
//   portcheck --version
//
// Exit codes: 0 ready (every number eligible), 1 not ready (some number not eligible),
// 2 unusable input or usage. Never a crash or a stack trace: every failure is one line on stderr.
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <exception>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "portcheck/dates.hpp"
#include "portcheck/draft.hpp"
#include "portcheck/engine.hpp"
#include "portcheck/json.hpp"
#include "portcheck/numbers.hpp"

namespace {

constexpr int kExitOk = 0;
constexpr int kExitNotReady = 1;
constexpr int kExitUnusable = 2;

constexpr std::string_view kUsage =
    "usage: portcheck check FILE|- [--as-of YYYY-MM-DD] [--format json|text]\n"
    "       portcheck number TEXT...   classify phone numbers (one JSON line each)\n"
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
bool readInput(std::string_view name, std::string& out, std::string& problem) {
  std::FILE* file = name == "-" ? stdin : std::fopen(std::string(name).c_str(), "rb");
  if (!file) {
    problem = "cannot read " + std::string(name) + ": " + std::strerror(errno);
    return false;
  }
  char buffer[1 << 16];
  std::size_t n = 0;
  while ((n = std::fread(buffer, 1, sizeof buffer, file)) > 0) {
    out.append(buffer, n);
    if (out.size() > portcheck::kMaxDraftBytes) {
      problem = std::string(name == "-" ? "standard input" : name) + ": input is over the 32 MiB limit";
      break;
    }
  }
  const bool failed = std::ferror(file) != 0;
  if (file != stdin) std::fclose(file);
  if (failed && problem.empty()) problem = "cannot read " + std::string(name);
  return problem.empty();
}

int runCheck(const std::vector<std::string_view>& args) {
  std::string_view input;
  std::string_view format = "json";
  std::optional<portcheck::Date> as_of;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string_view arg = args[i];
    if (arg == "--as-of" || arg == "--format") {
      if (i + 1 == args.size()) return usage("check: " + std::string(arg) + " needs a value");
      const std::string_view value = args[++i];
      if (arg == "--format") {
        if (value != "json" && value != "text") return usage("check: --format is json or text");
        format = value;
      } else {
        as_of = portcheck::Date::parseIso(value);
        if (!as_of) return usage("check: --as-of must be a date, YYYY-MM-DD");
      }
    } else if (input.empty() && (arg == "-" || arg.substr(0, 1) != "-")) {
      input = arg;
    } else {
      return usage("check: unexpected argument '" + std::string(arg) + "'");
    }
  }
  if (input.empty()) return usage("check: give a draft file, or - for standard input");
  std::string text, problem;
  if (!readInput(input, text, problem)) return unusable(problem);
  const auto outcome = portcheck::checkDraftJson(text, as_of);
  if (!outcome.usable) return unusable(std::string(input == "-" ? "standard input" : input) + ": " + outcome.error.message);
  std::fputs((format == "text" ? outcome.text : outcome.json).c_str(), stdout);
  return outcome.ready ? kExitOk : kExitNotReady;
}

int run(int argc, char** argv) {
  std::vector<std::string_view> args(argv + 1, argv + argc);
  if (args.empty()) return usage("no command");
  const std::string_view command = args.front();
  args.erase(args.begin());
  if (command == "number") return runNumber(args);
  if (command == "check") return runCheck(args);
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
