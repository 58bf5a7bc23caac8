// The Embind layer, the worker's part (with bindings.cpp): the bills and CSRs as evidence, a
// resubmission judged against the earlier submission and the diff between them, the bundle
// (made, sealed, verified), CSV import and the recipient key. Linked into the worker's module
// (portcheck-worker.mjs) and the single module for hosts, never into the page's first stage,
// which the first verdict waits for. Errors come back as data, as in bindings.cpp.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <exception>
#include <optional>
#include <string>

#include "boundary.hpp"
#include "portcheck/bundle.hpp"
#include "portcheck/csv_import.hpp"
#include "portcheck/evidence.hpp"
#include "portcheck/jose.hpp"
#include "portcheck/json.hpp"

namespace {

using portcheck::wasm::guarded;
using portcheck::wasm::internalError;
using portcheck::wasm::toJs;

// The last evidence read, kept: the page checks on every keystroke with the same readings,
// and a 100-page bill's JSON and line index cost more than the rules.
const portcheck::Evidence* cachedEvidence(const std::string& evidence_json, portcheck::InputError& error) {
  static std::string text;
  static std::optional<portcheck::Evidence> evidence;
  if (!evidence || text != evidence_json) {
    evidence.reset();
    auto parsed = portcheck::parseEvidenceJson(evidence_json);
    if (auto* e = std::get_if<portcheck::InputError>(&parsed)) {
      error = *e;
      error.message = "evidence: " + error.message;
      return nullptr;
    }
    evidence = std::move(std::get<portcheck::Evidence>(parsed));
    text = evidence_json;
  }
  return &*evidence;
}

// The same with the documents' readings: {"bills": {"<sha256>": <readBill's JSON>}}, so each
// request's bill (linked by its file's SHA-256) is compared with the LOA (evidence.hpp).
emscripten::val checkWithEvidence(const std::string& draft_json, const std::string& evidence_json) {
  return guarded([&] {
    portcheck::InputError error;
    const portcheck::Evidence* evidence = cachedEvidence(evidence_json, error);
    if (!evidence) return portcheck::inputErrorJson(error);
    return portcheck::checkDraftJson(draft_json, std::nullopt, portcheck::ReportFormats::Json, evidence).json;
  });
}

// The earlier submission a resubmission answers (a bundle or a draft, as JSON text), kept as the
// evidence is: every keystroke re-checks against the same one.
const portcheck::Draft* cachedPrevious(const std::string& previous_json, portcheck::InputError& error) {
  static std::string text;
  static std::optional<portcheck::PreviousSubmission> previous;
  if (!previous || text != previous_json) {
    previous = portcheck::readPreviousSubmission(previous_json);
    text = previous_json;
  }
  if (!previous->ok) {
    error = previous->error;
    error.message = "earlier submission: " + error.message;
    return nullptr;
  }
  return &previous->draft;
}

// A resubmission: the draft with the bills as read ("{}" for none) and the earlier submission
// ("" for none), so what the rejection named is judged against what was sent before.
emscripten::val checkResubmission(const std::string& draft_json, const std::string& evidence_json,
                                  const std::string& previous_json) {
  return guarded([&] {
    portcheck::InputError error;
    const portcheck::Evidence* evidence = cachedEvidence(evidence_json, error);
    if (!evidence) return portcheck::inputErrorJson(error);
    const portcheck::Draft* previous = nullptr;
    if (!previous_json.empty()) {
      previous = cachedPrevious(previous_json, error);
      if (!previous) return portcheck::inputErrorJson(error);
    }
    return portcheck::checkDraftJson(draft_json, std::nullopt, portcheck::ReportFormats::Json, evidence, previous).json;
  });
}

// What changed between two submissions (bundles or drafts): "portcheck.diff/1", PINs masked.
emscripten::val diffSubmissions(const std::string& old_json, const std::string& new_json) {
  return guarded([&] { return portcheck::submissionDiffJson(portcheck::diffSubmissions(old_json, new_json)); });
}

// Evidence JSON -> evidence, or the input error (report-shaped) the caller returns as is.
template <typename Fail>
bool readEvidence(const std::string& evidence_json, portcheck::Evidence& evidence, Fail&& fail) {
  auto parsed = portcheck::parseEvidenceJson(evidence_json);
  if (auto* error = std::get_if<portcheck::InputError>(&parsed)) {
    error->message = "evidence: " + error->message;
    fail(*error);
    return false;
  }
  evidence = std::move(std::get<portcheck::Evidence>(parsed));
  return true;
}

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

// The same, with the attached bills as read (the page's readings): the bundle's report then
// compares the LOA with them, as staff's `portcheck verify` will.
emscripten::val bundleBodyWithEvidence(const std::string& draft_json, const std::string& attachments_json,
                                       const std::string& created_at, const std::string& evidence_json) {
  return okOrError(
      [&] {
        portcheck::Evidence evidence;
        portcheck::BundleBody failed;
        if (!readEvidence(evidence_json, evidence, [&](const portcheck::InputError& e) { failed.error = e; })) return failed;
        return portcheck::makeBundleBody(draft_json, attachments_json, created_at, &evidence);
      },
      [](emscripten::val& out, const portcheck::BundleBody& body) { out.set("body", toJs(body.canonical)); });
}

// A resubmission's bundle: it records the earlier submission (bundle.hpp, "resubmission").
emscripten::val bundleBodyResubmission(const std::string& draft_json, const std::string& attachments_json,
                                       const std::string& created_at, const std::string& evidence_json,
                                       const std::string& previous_json) {
  return okOrError(
      [&] {
        portcheck::Evidence evidence;
        portcheck::BundleBody failed;
        if (!readEvidence(evidence_json, evidence, [&](const portcheck::InputError& e) { failed.error = e; })) return failed;
        return portcheck::makeBundleBody(draft_json, attachments_json, created_at, &evidence, previous_json);
      },
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

// The same with the attachments as read: a report that disagrees with its own bill is
// inconsistent.
emscripten::val verifyBundleWithEvidence(const std::string& bundle_json, const std::string& digests_json,
                                         const std::string& evidence_json) {
  return guarded([&] {
    portcheck::Evidence evidence;
    std::string failed;
    if (!readEvidence(evidence_json, evidence, [&](const portcheck::InputError& e) { failed = portcheck::inputErrorJson(e); })) {
      return failed;
    }
    return portcheck::bundleVerdictJson(
        portcheck::verifyBundle(bundle_json, portcheck::parseBundleDigests(digests_json), &evidence));
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
    return portcheck::importCsvJson(portcheck::wasm::bytesOf(bytes));
  });
}

// The page's recipient key (the recipient-key attribute or recipient-key.jwk), judged by the
// core: JSON {ok, alg, jwk, thumbprint_input} or {ok: false, configured, message}.
emscripten::val recipientKey(const std::string& text) {
  return guarded([&] { return portcheck::jose::recipientKeyJson(text); });
}

// Whether a file the customer picked is an encrypted bundle (a JWE), which only Outreach opens.
bool looksLikeJwe(const std::string& text) { return portcheck::jose::looksLikeJwe(text); }

}  // namespace

EMSCRIPTEN_BINDINGS(portcheck_worker) {
  emscripten::function("check", &checkWithEvidence);
  emscripten::function("check", &checkResubmission);
  emscripten::function("diffSubmissions", &diffSubmissions);
  emscripten::function("bundleBody", &bundleBody);
  emscripten::function("bundleBody", &bundleBodyWithEvidence);
  emscripten::function("bundleBody", &bundleBodyResubmission);
  emscripten::function("sealBundle", &sealBundle);
  emscripten::function("bundleHashInputs", &bundleHashInputs);
  emscripten::function("verifyBundle", &verifyBundle);
  emscripten::function("verifyBundle", &verifyBundleWithEvidence);
  emscripten::function("importCsv", &importCsv);
  emscripten::function("importCsvBytes", &importCsvBytes);
  emscripten::function("recipientKey", &recipientKey);
  emscripten::function("looksLikeJwe", &looksLikeJwe);
}
