// The page's dates (web/dom.js: longDate, shortDate) are written without Intl, for speed; they
// must read exactly as Intl's en-US formatting reads, every day of two years and the edges.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { longDate, shortDate } from '../../web/dom.js';

test('longDate and shortDate read as Intl en-US does, every day of 2026 and 2027', () => {
  const long = new Intl.DateTimeFormat('en-US', { weekday: 'short', month: 'short', day: 'numeric', year: 'numeric' });
  const short = new Intl.DateTimeFormat('en-US', { weekday: 'short', month: 'short', day: 'numeric' });
  const days = [];
  for (let t = Date.UTC(2026, 0, 1); t <= Date.UTC(2027, 11, 31); t += 86400000) days.push(new Date(t).toISOString().slice(0, 10));
  days.push('2028-02-29', '1999-12-31', '2100-03-01');
  for (const iso of days) {
    const local = new Date(`${iso}T12:00:00`);
    assert.equal(longDate(iso), long.format(local), iso);
    assert.equal(shortDate(iso), short.format(local), iso);
  }
});
