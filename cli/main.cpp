// portcheck: the native command line of Port Pre-Check (SPEC §6).
//
//   portcheck number TEXT…     one JSON line per number: input, e164, region, type, eligible, code
//   portcheck --version
//
// Exit codes: 0 every number eligible, 1 some number not eligible, 2 unusable input or usage.
// Never a crash or a stack trace: every failure is one line on stderr.
#include <cstdio>
#include <exception>
#include <string>
#include <string_view>
#include <vector>

#include "portcheck/engine.hpp"
#include "portcheck/json.hpp"
#include "portcheck/numbers.hpp"

namespace {

constexpr int kExitOk = 0;
constexpr int kExitNotReady = 1;
constexpr int kExitUnusable = 2;

constexpr std::string_view kUsage =
    "usage: portcheck number TEXT...   classify phone numbers (one JSON line each)\n"
    "       portcheck --version\n";

int usage(std::string_view problem) {
  std::fprintf(stderr, "portcheck: %.*s\n%.*s", static_cast<int>(problem.size()), problem.data(),
               static_cast<int>(kUsage.size()), kUsage.data());
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

int run(int argc, char** argv) {
  std::vector<std::string_view> args(argv + 1, argv + argc);
  if (args.empty()) return usage("no command");
  const std::string_view command = args.front();
  args.erase(args.begin());
  if (command == "number") return runNumber(args);
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
