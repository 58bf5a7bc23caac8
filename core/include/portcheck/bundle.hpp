// The submission bundle (SPEC §6, "portcheck.bundle/1"): one JSON file the customer sends to
// Outreach, holding the normalized draft, its report, the body of Twilio's Port In request
// per request, the bill as an attachment, and an integrity SHA-256.
//
// Hashing is the platform's: WebCrypto in the page, OpenSSL in the CLI. The core says exactly
// which bytes to hash (the canonical JSON of the bundle without "integrity", and each
// attachment's decoded data) and judges the digests it is handed. Canonical JSON is compact
// nlohmann/json output with object keys sorted by byte and UTF-8 kept as is.
//
// Export:  makeBundleBody → hash the body → sealBundle.
// Verify:  bundleHashInputs → hash the body and each decoded attachment → verifyBundle.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "portcheck/dates.hpp"
#include "portcheck/draft.hpp"
#include "portcheck/evidence.hpp"

namespace portcheck {

inline constexpr std::uint64_t kMaxAttachmentBytes = 10u * 1024u * 1024u;  // the page's bill limit

// The bundle without "integrity", in canonical JSON; or why it cannot be made.
struct BundleBody {
  bool ok = false;
  std::string canonical;
  InputError error;
};

// draft_json: a draft (SPEC §3). attachments_json: [{"name","media_type","size","sha256","data"}]
// with data in base64. created_at: an ISO 8601 UTC time ("2026-11-25T14:03:00Z").
// evidence: the attached bills as read (evidence.hpp), so the bundle's report compares the LOA
// with them; verifyBundle must then be given them too (staff's CLI re-reads the attachments).
// previous_json: for a resubmission, the earlier submission (a bundle or a draft) it answers;
// the bundle then holds it under "resubmission" (kind, its integrity hash, its draft) and the
// report judges what the rejection named against it.
BundleBody makeBundleBody(std::string_view draft_json, std::string_view attachments_json,
                          std::string_view created_at, const Evidence* evidence = nullptr,
                          std::string_view previous_json = {});

// The bundle file: the body plus {"integrity": {"sha256": body_sha256}}, indented for people.
std::string sealBundle(std::string_view canonical_body, std::string_view body_sha256);

// What a verifier must hash.
struct BundleHashInputs {
  bool ok = false;
  std::string canonical_body;                // hash these bytes → integrity
  std::vector<std::string> attachment_data;  // base64 text of each attachment, to decode and hash
  InputError error;
};
BundleHashInputs bundleHashInputs(std::string_view bundle_json);

// The digests the platform computed for those inputs.
struct AttachmentDigest {
  bool decoded = false;  // false: the data is not valid base64
  std::uint64_t size = 0;
  std::string sha256;
};
struct BundleDigests {
  std::string body_sha256;
  std::vector<AttachmentDigest> attachments;
};

struct BundleProblem {
  std::string path;  // JSON Pointer into the bundle
  std::string message;
};

struct BundleVerdict {
  bool usable = false;      // false: `error` says why (CLI exit 2)
  bool consistent = false;  // false: `problems` says what differs (CLI exit 3)
  bool ready = false;       // of the recomputed report (CLI exit 0, else 1)
  std::vector<BundleProblem> problems;
  InputError error;
};

// Recomputes everything from the bundle's draft and compares: integrity, attachment sizes and
// hashes, the bills' links to attachments, the draft's normal form, the report (with the
// draft's as_of), the Twilio bodies and the engine that made them. Never throws.
// With `evidence`, the report is recomputed with the attachments as read: a report that
// disagrees with its own bill is inconsistent.
BundleVerdict verifyBundle(std::string_view bundle_json, const BundleDigests& digests,
                           const Evidence* evidence = nullptr);

// An earlier submission a resubmission answers: a bundle (its draft, its integrity hash as it
// claims) or a draft (normalized as a bundle would hold it). For checkDraft's `previous`.
struct PreviousSubmission {
  bool ok = false;
  std::string kind;              // "bundle" or "draft"
  std::string integrity_sha256;  // a bundle's; "" for a draft
  Draft draft;
  std::string normalized_draft;  // canonical JSON
  InputError error;
};
PreviousSubmission readPreviousSubmission(std::string_view json);

// What changed between two submissions (each a bundle or a draft), by JSON Pointer into the
// normalized draft: old value -> new value (canonical JSON), numbers per request as removed and
// added, PINs only as "changed", "unchanged", "added" or "removed". `portcheck diff`.
struct SubmissionChange {
  std::string path;
  std::string op;         // "replace", "add", "remove"
  std::string old_value;  // canonical JSON; "" when absent
  std::string new_value;
  std::vector<std::string> removed, added;  // for a request's phone numbers
};
struct PinChange {
  std::string path;
  std::string status;
};
struct SubmissionDiff {
  bool ok = false;
  std::vector<SubmissionChange> changes;
  std::vector<PinChange> pins;
  InputError error;
};
SubmissionDiff diffSubmissions(std::string_view old_json, std::string_view new_json);
// {"schema":"portcheck.diff/1","changes":[…],"pins":[…]}, or a report-shaped input error.
std::string submissionDiffJson(const SubmissionDiff& diff);
std::string submissionDiffText(const SubmissionDiff& diff);

// Digests as the page sends them: {"body_sha256", "attachments": [{"sha256", "size"} | null]}
// (null: not base64). Anything malformed yields digests that match nothing.
BundleDigests parseBundleDigests(std::string_view digests_json);

// {"schema":"portcheck.verify/1","consistent","ready","problems":[{"path","message"}]}, or a
// report-shaped input error when unusable.
std::string bundleVerdictJson(const BundleVerdict& verdict);

}  // namespace portcheck
