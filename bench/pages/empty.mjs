// The floor of the load benchmark (bench/pageload.mjs): a module script that puts a verdict on
// screen and marks the time, as the real page marks its first verdict.
const status = document.getElementById('status');
status.textContent = 'Verdict: nothing to check.';
status.dataset.firstVerdictMs = performance.now().toFixed(0);
