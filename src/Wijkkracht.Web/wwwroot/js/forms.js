// Forms island (progressive enhancement; every page works without it).
// - Moves focus to the error summary, or else to the success message, after a page load that shows one.
// - Starts the session warning for signed-in users (session.js).
import { startSessionWarning } from './session.js';

const summary = document.querySelector('[data-wk-error-summary]');
const status = document.getElementById('melding');
if (summary) {
  summary.focus();
} else if (status) {
  status.focus({ preventScroll: false });
}

startSessionWarning(document.body);
