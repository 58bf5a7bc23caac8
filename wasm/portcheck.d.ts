// Types of the Port Pre-Check WASM module (portcheck.mjs), as wasm/bindings.cpp exports it.
// Functions take strings and return strings of JSON (or, for the bundle steps, plain objects of
// strings) and never throw: failures come back as data, a report-shaped
// {"schema", "engine", "ready": false, "error": {"code", "message", "path"}}.
export interface NumberVerdict {
  input: string;
  e164: string | null;
  region: string | null;
  /** libphonenumber's line type for +1 numbers; "unknown" outside the NANP (the country is named,
   *  its line type not looked up). */
  type: string | null;
  eligible: boolean;
  code: 'ok' | 'unverified' | 'canadian' | 'international' | 'toll_free' | 'premium_rate'
      | 'non_geographic' | 'fictional' | 'invalid';
}

/** A bundle step's answer: `ok` with its fields, or the report-shaped error JSON. */
export type OkOrError<T> = ({ ok: true } & T) | { ok: false; error: string };

export interface PortCheckModule {
  /** Draft JSON ("portcheck.draft/1") → report JSON ("portcheck.report/1"), byte-identical to
   *  `portcheck check`; unusable input → the report-shaped error. */
  check(draftJson: string): string;
  /** The same, with the documents as read: evidenceJson {"bills": {"<sha256 of the file>":
   *  <readBill's JSON>}}. A request whose bill file has that hash is compared with what the
   *  bill says (bill.date_differs, bill.account_number_not_found, …), byte-identical to
   *  `portcheck check DRAFT --attach FILE`. Evidence that is not that form → the error. */
  check(draftJson: string, evidenceJson: string): string;
  /** A resubmission: the draft (whose requests carry `rejection`) judged against the earlier
   *  submission it answers (previousJson: a bundle or a draft, as text; "" for none), with the
   *  bills as read ("{}" for none), as `portcheck check DRAFT --previous OLD`. */
  check(draftJson: string, evidenceJson: string, previousJson: string): string;
  /** What changed between two submissions (bundles or drafts): "portcheck.diff/1" JSON as
   *  `portcheck diff OLD NEW` prints it — {changes: [{path, op, old, new} | {path, removed,
   *  added}], pins: [{path, status}]}; PINs only as changed/unchanged/added/removed. */
  diffSubmissions(oldJson: string, newJson: string): string;
  /** One typed number → JSON of NumberVerdict (the same line `portcheck number` prints). */
  checkNumber(text: string): string;
  /** A pasted list → JSON {numbers: (NumberVerdict & {extension: string|null, message: string})[], eligible: number}. */
  checkNumberList(pasted: string): string;
  /** One number per line → JSON [[code, e164, region, type], …]: a whole batch in one call. */
  classifyBatch(lines: string): string;
  /** A pasted list → JSON array of the numbers in it, split as the core splits (newline, comma,
   *  semicolon, tab). */
  splitNumberList(pasted: string): string;
  /** A table of numbers (CSV, semicolon-, tab- or pipe-separated; a pasted spreadsheet range)
   *  with optional account, owner and address columns → JSON {encoding, delimiter, header,
   *  columns, rows, numbers, requests, problems: [{row, message, skipped}]}: the preview of the
   *  requests it makes. */
  importCsv(csv: string): string;
  /** The same, from a file's bytes as read (UTF-8, UTF-16 as Excel's "Unicode text", or
   *  Windows-1252). */
  importCsvBytes(bytes: Uint8Array): string;
  /** Export, step 1: the canonical bundle body to hash (attachmentsJson: [{name, media_type,
   *  size, sha256, data (base64)}], each the bill of a request; createdAt: YYYY-MM-DDTHH:MM:SSZ). */
  bundleBody(draftJson: string, attachmentsJson: string, createdAt: string): OkOrError<{ body: string }>;
  /** The same, with the attached bills as read (evidenceJson as for check): the bundle's
   *  report compares the LOA with them, as staff's `portcheck verify` re-reads them. */
  bundleBody(draftJson: string, attachmentsJson: string, createdAt: string, evidenceJson: string): OkOrError<{ body: string }>;
  /** A resubmission's bundle: it records the earlier submission under "resubmission" (its
   *  kind, integrity hash and draft), so `portcheck verify` recomputes the same judgement. */
  bundleBody(draftJson: string, attachmentsJson: string, createdAt: string, evidenceJson: string,
             previousJson: string): OkOrError<{ body: string }>;
  /** Export, step 2: the bundle file, given the SHA-256 (hex) of the body. */
  sealBundle(body: string, sha256: string): string;
  /** Import, step 1: what the host must hash (the body, and each attachment's base64 data). */
  bundleHashInputs(bundleJson: string): OkOrError<{ body: string; attachments: string[] }>;
  /** Import, step 2: digestsJson {body_sha256, attachments: ({sha256, size} | null)[]} → JSON
   *  {"schema": "portcheck.verify/1", consistent, ready, problems: [{path, message}]}, as
   *  `portcheck verify --format json` prints it. */
  verifyBundle(bundleJson: string, digestsJson: string): string;
  /** The same with the attachments as read (evidenceJson as for check). */
  verifyBundle(bundleJson: string, digestsJson: string, evidenceJson: string): string;
  /** The carriers the core knows → JSON [{name, pin_hint, account_hint}]: what the page
   *  suggests for the carrier field and shows under the PIN and account-number fields. */
  carriers(): string;
  /** A carrier name as typed → JSON {name, pin_hint, account_hint} of the carrier the core
   *  matches it to (loosely: case, spaces, punctuation, company suffixes), or null. */
  carrierFor(typed: string): string;
  /** The recipient's public key for encrypted bundles (a JWK, or a JWK Set of one) → JSON
   *  {ok: true, alg: "ECDH-ES+A256KW" | "RSA-OAEP-256", jwk: {public members},
   *  thumbprint_input} (SHA-256 of thumbprint_input, base64url, is the JWE "kid"), or
   *  {ok: false, configured: false} for an empty set, or {ok: false, configured: true, message}. */
  recipientKey(jwkText: string): string;
  /** Whether a file's text is meant as a JWE (an encrypted bundle: compact, or JSON with
   *  "ciphertext"), which only Outreach can open, rather than a bundle or a draft. */
  looksLikeJwe(text: string): boolean;
  /**
   * What a bill says, from its bytes (a PDF, or an image, which has no text layer): the same
   * "portcheck.bill/1" JSON as `portcheck bill FILE` — text_layer, pages {read, in_file},
   * limits, statement_date, billing_period, account_numbers, phone_numbers, carrier, found
   * (page and line of each), text (each page's lines in reading order) — or, for a file that
   * cannot be read, {"schema", "error": {"code", "message"}}. Never throws.
   */
  readBill(bytes: Uint8Array): string;
  /**
   * What a Customer Service Record says, from a PDF's bytes or pasted text as UTF-8 bytes: the
   * same "portcheck.csr/1" JSON as `portcheck csr FILE` — customer_name, the service address
   * (street, street_2, city, state, zip; never the billing address), account_telephone_number
   * (E.164), account_number, phone_numbers (E.164), carrier, found, text — or the error object.
   */
  readCsr(bytes: Uint8Array): string;
  /**
   * A port rejection as received — forwarded e-mail text, Twilio's rejection_reason values or
   * Port In JSON, other providers' exception codes — placed on the checklist's ten reasons:
   * "portcheck.rejection/1" JSON as `portcheck rejection` prints it — {reasons, fields: {reason:
   * [JSON Pointer]}, numbers: {E.164: [reason]}, matches, unrecognized}. Text it cannot place is
   * kept in `unrecognized`, never guessed.
   */
  classifyRejection(text: string): string;
  /** "0.3.0 (libphonenumber 8.13.51 + libphonenumber-js 1.13.16)" */
  version(): string;
}

export default function createPortCheck(options?: {
  wasmBinary?: ArrayBuffer | Uint8Array;
  locateFile?: (path: string, prefix: string) => string;
  /** Emscripten's hook: instantiate a module compiled elsewhere (web/core.js compiles it while
   *  the page loads). */
  instantiateWasm?: (imports: WebAssembly.Imports,
                     receive: (instance: WebAssembly.Instance, module: WebAssembly.Module) => void) => object;
  print?: (text: string) => void;
  printErr?: (text: string) => void;
}): Promise<PortCheckModule>;
