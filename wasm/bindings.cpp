// The Embind layer: JSON strings in, JSON strings out; every call catches everything and
// returns errors as data, so nothing is ever thrown into the page. No rules live here.
#include <emscripten/bind.h>

#include <exception>
#include <string>

#include "portcheck/engine.hpp"
#include "portcheck/json.hpp"
#include "portcheck/numbers.hpp"

namespace {

// A failure the core did not anticipate (out of memory …), as data the page can show; the
// core renders it, so no JSON is written by hand here.
std::string internalError(const char* what) {
  return portcheck::inputErrorJson({"internal", std::string("internal error: ") + what, ""});
}

template <typename Fn>
std::string guarded(Fn&& fn) {
  try {
    return fn();
  } catch (const std::exception& e) {
    return internalError(e.what());
  } catch (...) {
    return internalError("unknown failure");
  }
}

// Draft JSON → report JSON, or a report-shaped {"error": …} for unusable input.
std::string check(const std::string& draft_json) {
  return guarded([&] { return portcheck::checkDraftJson(draft_json).json; });
}

std::string checkNumber(const std::string& text) {
  return guarded([&] { return portcheck::numberVerdictJson(portcheck::classifyNumber(text)); });
}

std::string checkNumberList(const std::string& pasted) {
  return guarded([&] { return portcheck::numberListJson(pasted); });
}

std::string version() {
  return portcheck::engineVersion() + " (" + portcheck::phoneMetadata() + ")";
}

}  // namespace

EMSCRIPTEN_BINDINGS(portcheck) {
  emscripten::function("check", &check);
  emscripten::function("checkNumber", &checkNumber);
  emscripten::function("checkNumberList", &checkNumberList);
  emscripten::function("version", &version);
}
