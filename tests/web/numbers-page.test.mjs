// The page in Chromium, used as a person would: type numbers into the labelled textarea and
// read the verdicts. Also proves nothing is requested from anywhere but the page's own origin.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, screenshot, serve } from './serve-and-browse.mjs';

let server;
let browser;
before(async () => {
  server = await serve();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

async function openPage() {
  const page = await browser.newPage();
  const requests = [];
  const problems = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => { if (message.type() === 'error') problems.push(message.text()); });
  await page.goto(`${server.origin}/`);
  await page.getByText('Paste numbers above to check them.').waitFor();
  return { page, requests, problems };
}

test('pasted numbers get their verdicts in words', async () => {
  const { page, requests, problems } = await openPage();
  await page.getByLabel('Phone numbers to port').fill('(787) 724-2000\n+1 416 979 1234\n1-800-FLOWERS');
  await page.getByText('3 numbers checked: 1 eligible, 2 not eligible.').waitFor();

  const items = page.locator('#verdicts li');
  assert.equal(await items.count(), 3);
  const rows = await items.evaluateAll((lis) => lis.map((li) => ({
    code: li.dataset.code, chip: li.querySelector('.chip').textContent, message: li.querySelector('.message').textContent,
  })));
  assert.deepEqual(rows.map((r) => r.code), ['ok', 'canadian', 'toll_free']);
  assert.deepEqual(rows.map((r) => r.chip), ['Eligible', 'Not eligible', 'Not eligible']);
  assert.match(rows[0].message, /^Puerto Rico number: eligible to port\./);
  assert.match(rows[1].message, /^Canadian number: Outreach can port numbers from the US/);
  assert.match(rows[2].message, /^Toll-free number: porting toll-free numbers/);
  assert.match(await page.locator('#engine').textContent(), /libphonenumber 8\.13\.51/);
  await screenshot(page, 'numbers-page-verdicts');

  assert.deepEqual(problems, []);
  for (const url of requests) assert.ok(url.startsWith(`${server.origin}/`), `request left the page's origin: ${url}`);
  await page.close();
});

test('typed markup is shown as text, never run', async () => {
  const { page, problems } = await openPage();
  await page.evaluate(() => { window.injected = false; });
  await page.getByLabel('Phone numbers to port').fill('<img src=x onerror="window.injected=true">\n<b>bold</b>');
  await page.getByText('2 numbers checked: 0 eligible, 2 not eligible.').waitFor();
  assert.equal(await page.locator('#verdicts img, #verdicts b').count(), 0);
  assert.equal(await page.locator('#verdicts .typed').first().textContent(), '<img src=x onerror="window.injected=true">');
  assert.equal(await page.evaluate(() => window.injected), false);
  assert.deepEqual(problems, []);
  await page.close();
});
