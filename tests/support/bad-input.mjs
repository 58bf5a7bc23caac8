// Builds the inputs of tests/cases/bad-input.json for the JavaScript suites (the C++ twin is
// buildInput in tests/support/cases.cpp): each input is the concatenation of its parts.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const casesFile = join(dirname(fileURLToPath(import.meta.url)), '..', 'cases', 'bad-input.json');

// n distinct valid US numbers, quoted and comma separated: (217) 200-0000, (217) 200-0001, …
function usNumbers(n) {
  return Array.from({ length: n }, (_, i) => `"(217) ${200 + Math.floor(i / 10000)}-${String(i % 10000).padStart(4, '0')}"`).join(',');
}

export function buildInput(parts) {
  return Buffer.concat(parts.map((part) => {
    if (typeof part === 'string') return Buffer.from(part, 'utf8');
    if (part.hex !== undefined) return Buffer.from(part.hex.replaceAll(' ', ''), 'hex');
    if (part.us_numbers !== undefined) return Buffer.from(usNumbers(part.us_numbers), 'utf8');
    return Buffer.from(part.repeat.repeat(part.times), 'utf8');
  }));
}

export function badInputCases() {
  return JSON.parse(readFileSync(casesFile, 'utf8')).cases.map((c) => ({ ...c, input: buildInput(c.parts) }));
}
