// The peer of the load benchmark (bench/pageload.mjs): libphonenumber-js/max checks one typed
// number and puts its verdict on screen, marking the time as the real page does.
const { parsePhoneNumberFromString } = window.libphonenumber;
const number = parsePhoneNumberFromString('(217) 544-0111', 'US');
const status = document.getElementById('status');
status.textContent = number?.isValid() ? `Verdict: ${number.country} number ${number.number}, type ${number.getType() ?? 'unknown'}.` : 'Verdict: not a valid number.';
status.dataset.firstVerdictMs = performance.now().toFixed(0);
