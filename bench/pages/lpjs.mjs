// The peer of the load benchmark (bench/pageload.mjs): libphonenumber-js/max checks one typed
// number and puts its verdict on screen, marking the time as the real page does.
const { parsePhoneNumberFromString } = window.libphonenumber;
const number = parsePhoneNumberFromString('(217) 544-0111', 'US');
const status = document.getElementById('status');
status.textContent = number?.isValid() ? `Verdict: ${number.country} number ${number.number}, type ${number.getType() ?? 'unknown'}.` : 'Verdict: not a valid number.';
status.dataset.firstVerdictMs = performance.now().toFixed(0);
// The typed-number visit: the number typed into the field, checked on input.
const input = document.getElementById('number');
const show = () => {
  if (!input.value) return;
  const typed = parsePhoneNumberFromString(input.value, 'US');
  document.getElementById('verdict').textContent = typed?.isValid() ? `Verdict: ${typed.country} number ${typed.number}, type ${typed.getType() ?? 'unknown'}.` : 'Verdict: not a valid number.';
};
input.addEventListener('input', show);
show();  // typed before this script ran
