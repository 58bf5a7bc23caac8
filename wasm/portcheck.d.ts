// Types of the Port Pre-Check WASM module (portcheck.mjs). Every function takes and returns
// strings of JSON and never throws: failures come back as {"error": {"code", "message", "path"}}.
export interface NumberVerdict {
  input: string;
  e164: string | null;
  region: string | null;
  type: string | null;
  eligible: boolean;
  code: 'ok' | 'unverified' | 'canadian' | 'international' | 'toll_free' | 'premium_rate'
      | 'non_geographic' | 'fictional' | 'invalid';
}
export interface PortCheckModule {
  /** Draft JSON ("portcheck.draft/1") → report JSON ("portcheck.report/1"), byte-identical to
   *  `portcheck check`; unusable input → {"schema", "ready": false, "error": {code, message, path}}. */
  check(draftJson: string): string;
  /** One typed number → JSON of NumberVerdict (the same line `portcheck number` prints). */
  checkNumber(text: string): string;
  /** A pasted list → JSON {numbers: (NumberVerdict & {extension: string|null, message: string})[], eligible: number}. */
  checkNumberList(pasted: string): string;
  /** "0.2.0 (libphonenumber 8.13.51)" */
  version(): string;
}
export default function createPortCheck(options?: {
  wasmBinary?: ArrayBuffer | Uint8Array;
  locateFile?: (path: string, prefix: string) => string;
}): Promise<PortCheckModule>;
