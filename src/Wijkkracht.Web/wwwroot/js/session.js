// Session warning island: five minutes before the sign-in session expires, a small dialog (role=alertdialog) says
// "Uw sessie verloopt bijna" with a "Blijf ingelogd" button that calls the keep-alive endpoint (GET /sessie/verlengen,
// which renews the sliding cookie) and hides the dialog again. Keyboard: focus moves to the button; Escape closes the
// dialog and returns focus. If the session does expire, what was typed is kept by the server on the next submit
// (ExpiredSessionMiddleware).
const WARN_BEFORE_SECONDS = 5 * 60;

export function startSessionWarning(body) {
  const dialog = document.getElementById('sessie-waarschuwing');
  const seconds = Number(body?.dataset.wkSessionSeconds);
  if (!dialog || !Number.isFinite(seconds) || seconds <= 0) return;
  const button = dialog.querySelector('[data-wk-keep-alive]');
  const text = document.getElementById('sessie-tekst');
  let timer;
  let returnFocus = null;

  function schedule(remaining) {
    clearTimeout(timer);
    timer = setTimeout(show, Math.max(0, remaining - WARN_BEFORE_SECONDS) * 1000);
  }

  function show() {
    returnFocus = document.activeElement;
    dialog.hidden = false;
    button.focus();
  }

  function hide() {
    dialog.hidden = true;
    if (returnFocus && typeof returnFocus.focus === 'function') returnFocus.focus();
  }

  button.addEventListener('click', async () => {
    try {
      const response = await fetch('/sessie/verlengen', { credentials: 'same-origin', headers: { Accept: 'application/json' } });
      if (!response.ok) throw new Error(String(response.status));
      const answer = await response.json();
      hide();
      schedule(answer.seconds);
    } catch {
      text.textContent = 'Uw sessie is al verlopen. Wat u typte, blijft bewaard: verstuur het formulier en log opnieuw in.';
    }
  });
  dialog.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') hide();
  });
  schedule(seconds);
}
