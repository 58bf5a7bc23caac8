// The element's part, findings and progress: the core's report drawn beside each field, the
// summary and task list, the chips, the ten reasons and the timeline, and the ways to a
// problem.
// Functions of the element's context (port-precheck.js): ctx holds its state and calls every
// part's functions by name, so the parts never import one another.
import * as core from './core.js';
import { h, nextTask, put } from './dom.js';
import { answersView, chipsView, findingNode, reasonsView, timelineView } from './report-view.js';
import { PARTS, hasValue, getAt } from './form-model.js';

const SUMMARY_LIMIT = 200;

export function render(ctx, elapsed) {
  const { report, draft } = ctx.result;
  const root = ctx.root;
  if (report.error) {
    ctx.ui.status.textContent = `The form could not be checked: ${report.error.message}`;
    return;
  }
  const { summary } = report;
  const tasks = ctx.renderTasks(report);
  // Calm until the customer acts: before any part is touched (or the full check is asked
  // for), progress, not a count of problems.
  const calm = !report.ready && !ctx.showAll && ctx.touched.size === 0;
  // Numbers only the second stage reads, before it has loaded (core.js): said, never guessed.
  const checking = report.findings.filter((f) => f.code === 'number.checking').length;
  const errors = summary.errors - checking;
  const still = checking ? ` Still checking ${checking === 1 ? 'one entry' : `${checking} entries`}\u2026` : '';
  ctx.ui.status.textContent = report.ready
    ? `Ready to submit: ${errors} to fix, ${summary.warnings} to review; ${summary.eligible_numbers} of ${summary.numbers} numbers can be ported.`
    : calm ? `Getting started: ${tasks.done} of ${tasks.total} parts done. Problems show up beside each part as you fill it in.${still}`
      : `Not ready yet: ${errors} to fix, ${summary.warnings} to review; ${summary.eligible_numbers} of ${summary.numbers} numbers can be ported.${still}`;
  ctx.ui.status.className = report.ready ? 'pc-status pc-ok' : calm || (checking && !errors) ? 'pc-status' : 'pc-status pc-not-ready';
  ctx.ui.barText.textContent = report.ready ? 'Ready to submit'
    : calm ? `${tasks.done} of ${tasks.total} parts done` : `${errors} to fix · ${summary.warnings} to review${checking ? ' · checking\u2026' : ''}`;
  ctx.ui.status.dataset.elapsed = elapsed.toFixed(0);
  ctx.markFirstVerdict();

  // A resubmission's rejection panels first: their findings boxes are placed into below.
  ctx.renderRejections(report);
  // Findings beside their fields: the nearest element whose data-for is a prefix of the path.
  for (const box of root.querySelectorAll('.pc-findings')) box.replaceChildren();
  for (const el of root.querySelectorAll('[aria-invalid]')) el.removeAttribute('aria-invalid');
  const byPath = new Map();
  report.findings.forEach((f, index) => {
    if (/^\/requests\/\d+\/phone_numbers\/\d+$/.test(f.path)) { byPath.set(f.path, [...(byPath.get(f.path) ?? []), f]); return; }
    const box = ctx.findingsBox(f.path);
    if (!box || !ctx.isTouched(box.dataset.for)) return;
    box.append(findingNode(f));
    const control = root.querySelector(`[data-path="${CSS.escape(f.path)}"]`);
    if (control && f.severity === 'error') control.setAttribute('aria-invalid', 'true');
  });

  // Summary: the findings of the parts the customer has been to (all of them once they ask
  // for the full check), each a link that moves focus to its field.
  const shown = report.findings.filter((f) => f.code !== 'number.checking' && (ctx.isTouched(f.path) || f.path.startsWith('/requests/') === false));
  const list = shown.slice(0, SUMMARY_LIMIT).map((f) => h('li', { class: `pc-sev-${f.severity}` },
    h('a', { href: `#${f.path}`, onclick: (e) => { e.preventDefault(); ctx.touch(f.path); ctx.render(0); ctx.focusPath(f.path); } },
      `${f.severity === 'error' ? 'Fix' : f.severity === 'warning' ? 'Review' : 'Tip'}: ${f.message}`)));
  put(ctx.ui.summary,
    report.findings.length && !ctx.showAll
      ? h('button', { type: 'button', class: 'pc-button', 'data-click': 'checkEverything' }, 'Check everything')
      : null,
    shown.length ? h('ol', { class: 'pc-summary-list' }, list)
      : report.findings.length ? null : h('p', {}, 'No problems found.'),
    shown.length > SUMMARY_LIMIT ? h('p', { class: 'pc-help' }, `…and ${shown.length - SUMMARY_LIMIT} more, shown beside their fields.`) : null);

  report.requests.forEach((r, i) => {
    ctx.renderBillSays(i, r.documents);
    ctx.renderChips(i, r.numbers, byPath);
    ctx.renderReasons(i, r.risks, report.findings);
    ctx.renderTimeline(i, r.timeline, report.as_of);
    const pins = root.querySelector(`section[data-request="${i}"] .pc-pins`)?.closest('details');
    if (pins?.open) ctx.renderPins(i, pins);
    const bad = r.numbers.filter((n) => !n.eligible && n.code !== 'checking').length;
    const pending = r.numbers.filter((n) => n.code === 'checking').length;
    const box = root.getElementById(`r${i}-numbers-findings`);
    if (box && bad) box.append(h('p', { class: 'pc-finding pc-sev-error' }, `${bad} of ${r.numbers.length} numbers cannot be ported as entered: see the marked numbers below.`));
    const progress = root.getElementById(`r${i}-numbers-progress`);
    const numbers = (k) => `${k} number${k === 1 ? '' : 's'}`;
    if (progress) progress.textContent = !r.numbers.length ? '' : pending ? `${numbers(r.numbers.length - pending)} checked; checking ${pending} more\u2026` : `${numbers(r.numbers.length)} checked.`;
  });
  ctx.renderExport();
  ctx.renderAnswers(draft, report);
}

// Navigation → the first verdict on screen, for the benchmarks (bench/pageload.mjs): the
// core's first report, or at once where the prerendered view is the verdict (start()). Then the
// rest of the checker loads, once the first stage has compiled, so it never slows a first
// check; data-loaded: every file it needs has been fetched, no request follows.
export function markFirstVerdict(ctx) {
  if (ctx.ui.status.dataset.firstVerdictMs !== undefined) return;
  ctx.ui.status.dataset.firstVerdictMs = performance.now().toFixed(0);
  core.warm().catch(() => {})
    .then(nextTask)  // not in the task that instantiated the first stage
    .then(() => Promise.all([core.finishLoading(), ctx.loadKey()]))
    .then(() => {
      ctx.renderExport();
      ctx.host.toggleAttribute('data-loaded', true);
      ctx.markLoaded();
      if (core.needsSecondStage(ctx.result?.report)) ctx.checkNow();
    }, (e) => ctx.showFailure(e));
}

export function renderAnswers(ctx, draft, report) {
  put(ctx.ui.answers, ...answersView(draft, report));
}

// The task list: each request's parts with their state, and how many are done.
export function renderTasks(ctx, report) {
  const requests = ctx.form.draft.requests;
  let done = 0, total = 0;
  const groups = requests.map((request, i) => {
    const items = PARTS.map((part) => {
      const prefixes = part.paths.map((p) => `/requests/${i}/${p}`);
      const mine = (path) => prefixes.some((p) => path === p || path.startsWith(`${p}/`));
      const filled = (part.fills ?? part.paths).some((p) => (p === 'phone_numbers' ? hasValue(ctx.form.numbersText[i] ?? '') : hasValue(getAt(request, p))));
      const problems = report.findings.filter((f) => f.severity !== 'info' && f.code !== 'number.checking' && mine(f.path)).length;
      const checking = report.findings.some((f) => f.code === 'number.checking' && mine(f.path));
      const visible = prefixes.some((p) => ctx.isTouched(p));
      const state = visible && problems ? 'attention' : !filled ? 'not-started' : problems || checking ? 'in-progress' : 'done';
      total += 1;
      done += state === 'done';
      const label = { 'not-started': 'Not started', 'in-progress': 'In progress', attention: `Needs attention (${problems})`, done: 'Done' }[state];
      return h('li', { class: `pc-task pc-task-${state}` },
        h('a', { href: `#${prefixes[0]}`, 'data-click': 'focusPart', 'data-paths': prefixes.join(' ') }, part.title),
        h('span', { class: 'pc-task-state' }, label));
    });
    return h('div', { class: 'pc-task-group' },
      requests.length > 1 ? h('h3', {}, `Request ${i + 1}`) : null,
      h('ul', { class: 'pc-task-list' }, items));
  });
  put(ctx.ui.tasks, ...groups);
  return { done, total };
}

export function goToProblems(ctx) {
  const results = ctx.root.querySelector('.pc-results');
  results.scrollIntoView({ block: 'start' });
  (results.querySelector('.pc-summary-list a') ?? results.querySelector('button') ?? ctx.ui.status).focus?.();
}

// Trying to export before the report is ready is asking for the full check: every problem
// is listed at the top, each a link to its field. Once ready, the way leads to the export.
export function goToExport(ctx) {
  if (ctx.result && !ctx.result.report.ready) {
    ctx.showAll = true;
    ctx.render(0);
    ctx.goToProblems();
    return;
  }
  ctx.root.querySelector('.pc-export').scrollIntoView({ block: 'center' });
  ctx.ui.exportButton.focus();
}

export function focusPart(ctx, prefixes) {
  for (const p of prefixes) {
    const el = ctx.root.querySelector(`[data-path="${CSS.escape(p)}"], [data-path^="${CSS.escape(p)}/"]`);
    if (el) { ctx.focusPath(el.dataset.path); return; }
  }
}

export function findingsBox(ctx, path) {
  let p = path;
  while (p) {
    const box = ctx.root.querySelector(`.pc-findings[data-for="${CSS.escape(p)}"]`);
    if (box) return box;
    p = p.slice(0, p.lastIndexOf('/'));
  }
  return null;
}

export function focusPath(ctx, path) {
  let p = path;
  if (/\/phone_numbers\/\d+$/.test(p)) {
    const chip = ctx.root.querySelector(`[data-number-path="${CSS.escape(p)}"]`);
    if (chip) { chip.focus(); return; }
  }
  while (p) {
    const el = ctx.root.querySelector(`[data-path="${CSS.escape(p)}"]`);
    if (el) {
      if (el.tagName === 'DETAILS' || el.tagName === 'FIELDSET') {
        if (el.tagName === 'DETAILS') el.open = true;
        (el.querySelector('input, select, textarea') ?? el).focus();
      } else {
        el.focus();
      }
      el.scrollIntoView?.({ block: 'center' });
      return;
    }
    p = p.slice(0, p.lastIndexOf('/'));
  }
}

export function renderChips(ctx, i, numbers, byPath) {
  ctx.root.getElementById(`r${i}-numbers-chips`)?.replaceChildren(...chipsView(i, numbers, byPath));
}

// A reason at risk only from parts the customer has not been to yet reads "Not checked yet"
// until they go there (or ask for the full check): a blank form is not ten red flags. A part
// is the task list's (PARTS): a finding on a confirmation counts once any confirmation was.
export function partVisited(ctx, i, path) {
  const relative = path.replace(/^\/requests\/\d+\//, '');
  const part = PARTS.find((p) => p.paths.some((q) => relative === q || relative.startsWith(`${q}/`)));
  return (part ? part.paths.map((q) => `/requests/${i}/${q}`) : [path]).some((p) => ctx.isTouched(p));
}

export function renderReasons(ctx, i, risks, findings) {
  const shown = risks.map((r) => (r.status === 'at_risk' && !r.findings.some((k) => findings[k] && ctx.partVisited(i, findings[k].path))
    ? { ...r, status: 'pending', findings: [], because: '' } : r));
  // A resubmission's rejected reasons lead the checklist.
  shown.sort((a, b) => Number(Boolean(b.rejected)) - Number(Boolean(a.rejected)));
  ctx.root.getElementById(`r${i}-reasons`)?.replaceChildren(...reasonsView(shown, findings));
}

export function renderTimeline(ctx, i, t, asOf) {
  const box = ctx.root.getElementById(`r${i}-timeline`);
  if (box && t) box.replaceChildren(...timelineView(t, asOf));
}

export function notice(ctx, text, kind) {
  ctx.ui.notice.replaceChildren(h('p', { class: `pc-notice-${kind}` }, text));
}

export function showFailure(ctx, error) {
  ctx.ui.status.textContent = `The checker could not run in this browser: ${error.message ?? error}`;
}
