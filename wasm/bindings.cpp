// The Embind layer, the page's part: what the page's thread asks of its first stage before and
// after the first verdict (a draft checked, numbers, carriers). The rest of the API, which only
// the worker and hosts need (documents as evidence, resubmissions, bundles, CSV, the recipient
// key), is worker_bindings.cpp, so the first stage carries none of it. JSON strings in, JSON
// strings out; every call catches everything and returns errors as data, so nothing is ever
// thrown into the page. No rules live here.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <exception>
#include <string>

#include "boundary.hpp"
#include "portcheck/carriers.hpp"
#include "portcheck/engine.hpp"
#include "portcheck/json.hpp"
#include "portcheck/numbers.hpp"

namespace {

using portcheck::wasm::guarded;
using portcheck::wasm::toJs;

// Draft JSON → report JSON, or a report-shaped {"error": …} for unusable input.
emscripten::val check(const std::string& draft_json) {
  return guarded([&] { return portcheck::checkDraftJson(draft_json).json; });
}

emscripten::val checkNumber(const std::string& text) {
  return guarded([&] { return portcheck::numberVerdictJson(portcheck::classifyNumber(text)); });
}

// One number per line → [[code, e164, region, type], …]: a whole batch in one call.
emscripten::val classifyBatch(const std::string& lines) {
  return guarded([&] { return portcheck::numberBatchJson(lines); });
}

emscripten::val checkNumberList(const std::string& pasted) {
  return guarded([&] { return portcheck::numberListJson(pasted); });
}

// A pasted list → JSON array of the numbers it holds (the core's separators: newline, comma,
// semicolon, tab), so the page builds drafts with exactly the core's splitting.
emscripten::val splitNumberList(const std::string& pasted) {
  return guarded([&] { return portcheck::splitNumberListJson(pasted); });
}

// The known carriers with their PIN and account-number hints, for the page's suggestions:
// JSON [{"name", "pin_hint", "account_hint"}].
emscripten::val carriers() {
  return guarded([] { return portcheck::carriersJson(); });
}

// What the core knows of a typed carrier name → JSON {name, pin_hint, account_hint}, or null.
emscripten::val carrierFor(const std::string& typed) {
  return guarded([&] {
    const auto* carrier = portcheck::findCarrier(typed);
    return carrier ? portcheck::carrierJson(*carrier) : std::string("null");
  });
}

std::string version() {
  return portcheck::engineVersion() + " (" + portcheck::phoneMetadata() + ")";
}

}  // namespace

EMSCRIPTEN_BINDINGS(portcheck) {
  emscripten::function("check", &check);
  emscripten::function("checkNumber", &checkNumber);
  emscripten::function("checkNumberList", &checkNumberList);
  emscripten::function("classifyBatch", &classifyBatch);
  emscripten::function("splitNumberList", &splitNumberList);
  emscripten::function("carriers", &carriers);
  emscripten::function("carrierFor", &carrierFor);
  emscripten::function("version", &version);
}
