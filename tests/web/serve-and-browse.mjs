// Browser-test fixtures: the built web folder served exactly as `scripts/serve.sh` serves it
// (scripts/serve.py on 127.0.0.1: precompressed files, cache headers), and Debian's Chromium
// driven by playwright-core.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const webDir = process.env.PORTCHECK_WEB_DIR ?? join(root, 'build', 'wasm', 'web');
export const resultsDir = join(root, 'test-results');

/** Starts the static server on a free port; resolves to {origin, stop()}. */
export async function serve(directory = webDir) {
  const server = spawn('/usr/bin/python3', [join(root, 'scripts', 'serve.py'), directory, '0'],
    { stdio: ['ignore', 'pipe', 'inherit'] });
  let output = '';
  const port = await new Promise((resolvePort, reject) => {
    const onData = (chunk) => {
      output += chunk;
      const match = /port (\d+)/.exec(output);
      if (match) resolvePort(Number(match[1]));
    };
    server.stdout.on('data', onData);
    server.once('exit', (code) => reject(new Error(`static server exited (${code}): ${output}`)));
  });
  return {
    origin: `http://127.0.0.1:${port}`,
    async stop() { server.kill(); await once(server, 'exit'); },
  };
}

/** Launches headless Chromium with the flags this closed network needs (TOOLCHAIN.md). */
export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
  });
}

/** Saves a screenshot of the page into test-results/ (kept as test output). */
export async function screenshot(page, name) {
  mkdirSync(resultsDir, { recursive: true });
  await page.screenshot({ path: join(resultsDir, `${name}.png`), fullPage: true });
}
