// What the CLI suites (tests/cli/*.test.mjs) share: the binary ctest names in PORTCHECK, a
// scratch folder removed when the suite exits, and a way to run the binary.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const portcheck = process.env.PORTCHECK;
assert.ok(portcheck, 'set PORTCHECK to the portcheck binary');
export const goldenDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'golden');

/** A fresh folder for this suite's files, gone when the process exits. */
export function scratchDir(name) {
  const dir = mkdtempSync(join(tmpdir(), `portcheck-${name}-`));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Runs portcheck; output as text unless `encoding: null` (bytes) is asked for. */
export const run = (args, input, { encoding = 'utf8', timeout } = {}) =>
  spawnSync(portcheck, args, { input, encoding: encoding ?? undefined, maxBuffer: 128 << 20, timeout });
