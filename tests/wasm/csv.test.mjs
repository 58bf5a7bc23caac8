// Number lists through the WASM module as the page hands them over: a file's bytes in any
// encoding the core reads, and pasted text; both give the same preview.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { loadModule } from './load-module.mjs';

const core = await loadModule();
const spectrum = join(dirname(createRequire(import.meta.url).resolve('csv-spectrum/package.json')), 'csvs');

const table = 'TN\tAccount #\tCustomer Name\tService Address\r\n'
  + '(217) 544-0100\t111\tJosé Peña\t"123 Main St, Springfield, IL 62701"\r\n'
  + '(312) 555-2000\t222\tAcme\t"9 Lake St, Chicago, IL 60601"\r\n';

test('a file\'s bytes (UTF-8, UTF-16 with BOM) give the same preview as the pasted text', () => {
  const pasted = JSON.parse(core.importCsv(table));
  assert.equal(pasted.delimiter, 'tab');
  assert.equal(pasted.requests.length, 2);
  assert.deepEqual(pasted.requests[0].service_address, { street: '123 Main St', city: 'Springfield', state: 'IL', zip: '62701' });
  for (const [bytes, encoding] of [
    [Buffer.from(table, 'utf8'), 'utf-8'],
    [Buffer.concat([Buffer.from([0xEF, 0xBB, 0xBF]), Buffer.from(table, 'utf8')]), 'utf-8'],
    [Buffer.concat([Buffer.from([0xFF, 0xFE]), Buffer.from(table, 'utf16le')]), 'utf-16le'],
    [Buffer.from(table.replace('é', '\u00e9').replace('ñ', '\u00f1'), 'latin1'), 'windows-1252'],
  ]) {
    const read = JSON.parse(core.importCsvBytes(new Uint8Array(bytes)));
    assert.equal(read.encoding, encoding);
    assert.deepEqual({ ...read, encoding: 'utf-8' }, pasted);
  }
});

test('importCsvBytes refuses what is not bytes, as data', () => {
  assert.equal(JSON.parse(core.importCsvBytes('a string')).error.code, 'input.type');
  assert.equal(JSON.parse(core.importCsvBytes(new Uint8Array([0x50, 0x4B, 3, 4, 0, 0, 0, 0]))).error.code, 'csv.binary');
});

test('csv-spectrum\'s files (RFC 4180 edge cases written by others) never break the import', () => {
  const files = readdirSync(spectrum);
  assert.ok(files.length >= 12);
  for (const name of files) {
    const result = JSON.parse(core.importCsvBytes(new Uint8Array(readFileSync(join(spectrum, name)))));
    assert.ok(result.error || result.requests, name);
    if (name === 'location_coordinates.csv') assert.equal(result.numbers, 1, 'its "Contact Phone Number" column is found');
  }
});
