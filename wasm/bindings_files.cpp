// The Embind layer of files: bundles (export and verify) and tables of numbers (CSV import).
// In the single module, and in the page's worker (the first stage with these bindings, the
// second stage connected): never on the page's thread. No rules live here.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <exception>
#include <string>

#include "glue.hpp"
#include "portcheck/bundle.hpp"
#include "portcheck/csv_import.hpp"
#include "portcheck/json.hpp"

namespace {

using portcheck::wasm::guarded;
using portcheck::wasm::internalError;
using portcheck::wasm::toJs;

// {ok: true, …} filled in by `fill` from a core result, or {ok: false, error} with the
// report-shaped error JSON: objects, so a 13 MB bundle body is not escaped into JSON again.
template <typename Compute, typename Fill>
emscripten::val okOrError(Compute&& compute, Fill&& fill) {
  emscripten::val out = emscripten::val::object();
  try {
    auto result = compute();
    out.set("ok", result.ok);
    if (result.ok) {
      fill(out, result);
    } else {
      out.set("error", portcheck::inputErrorJson(result.error));
    }
  } catch (const std::exception& e) {
    out.set("ok", false);
    out.set("error", internalError(e.what()));
  } catch (...) {
    out.set("ok", false);
    out.set("error", internalError("unknown failure"));
  }
  return out;
}

// Export, step 1: {ok, body} with the canonical bundle body to hash.
emscripten::val bundleBody(const std::string& draft_json, const std::string& attachments_json,
                           const std::string& created_at) {
  return okOrError([&] { return portcheck::makeBundleBody(draft_json, attachments_json, created_at); },
                   [](emscripten::val& out, const portcheck::BundleBody& body) { out.set("body", toJs(body.canonical)); });
}

// Export, step 2: the bundle file, given the SHA-256 (hex) of the body.
emscripten::val sealBundle(const std::string& body, const std::string& sha256) {
  return guarded([&] { return portcheck::sealBundle(body, sha256); });
}

// Import, step 1: {ok, body, attachments: [base64…]}: what the page must hash.
emscripten::val bundleHashInputs(const std::string& bundle_json) {
  return okOrError([&] { return portcheck::bundleHashInputs(bundle_json); },
                   [](emscripten::val& out, const portcheck::BundleHashInputs& inputs) {
                     out.set("body", toJs(inputs.canonical_body));
                     emscripten::val data = emscripten::val::array();
                     for (const auto& d : inputs.attachment_data) data.call<void>("push", d);
                     out.set("attachments", data);
                   });
}

// Import, step 2: digests JSON {"body_sha256", "attachments": [{"sha256","size"} | null]} →
// the verdict JSON ("portcheck.verify/1") or a report-shaped error.
emscripten::val verifyBundle(const std::string& bundle_json, const std::string& digests_json) {
  return guarded([&] {
    return portcheck::bundleVerdictJson(portcheck::verifyBundle(bundle_json, portcheck::parseBundleDigests(digests_json)));
  });
}

// A table of numbers (with optional account, owner, address columns) → requests JSON: pasted
// text, or a file's bytes as read (a Uint8Array: the core reads UTF-8, UTF-16, Windows-1252).
emscripten::val importCsv(const std::string& csv) {
  return guarded([&] { return portcheck::importCsvJson(csv); });
}

emscripten::val importCsvBytes(const emscripten::val& bytes) {
  return guarded([&] {
    if (!bytes.instanceof(emscripten::val::global("Uint8Array"))) {
      return portcheck::inputErrorJson({"input.type", "importCsvBytes takes a Uint8Array", ""});
    }
    std::string data(bytes["length"].as<std::size_t>(), '\0');
    emscripten::val(emscripten::typed_memory_view(data.size(), reinterpret_cast<unsigned char*>(data.data())))
        .call<void>("set", bytes);
    return portcheck::importCsvJson(data);
  });
}

}  // namespace

EMSCRIPTEN_BINDINGS(portcheck_files) {
  emscripten::function("bundleBody", &bundleBody);
  emscripten::function("sealBundle", &sealBundle);
  emscripten::function("bundleHashInputs", &bundleHashInputs);
  emscripten::function("verifyBundle", &verifyBundle);
  emscripten::function("importCsv", &importCsv);
  emscripten::function("importCsvBytes", &importCsvBytes);
}
