// The floor of the load benchmark (bench/pageload.mjs): a module script that puts a verdict on
// screen and marks the time, as the real page marks its first verdict.
const status = document.getElementById('status');
status.textContent = 'Verdict: nothing to check.';
status.dataset.firstVerdictMs = performance.now().toFixed(0);
// The typed-number visit: a number typed into the field is echoed as its "verdict".
const input = document.getElementById('number');
const show = () => { if (input.value) document.getElementById('verdict').textContent = `Verdict: you typed ${input.value}.`; };
input.addEventListener('input', show);
show();  // typed before this script ran
