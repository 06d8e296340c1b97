// Progress of a large observation import (progressive enhancement): asks the page's Voortgang handler every second
// and updates the progress bar and its status text; when the import has ended it reloads the page, which then shows
// the result or the errors per line. Without JavaScript the page has a "Voortgang bijwerken" link.
(function () {
    'use strict';
    var section = document.querySelector('[data-progress-url]');
    if (!section || !window.fetch) { return; }
    var bar = section.querySelector('progress');
    var text = section.querySelector('[role="status"]');
    function poll() {
        fetch(section.getAttribute('data-progress-url'), { credentials: 'same-origin', headers: { Accept: 'application/json' } })
            .then(function (r) { if (!r.ok) { throw new Error(String(r.status)); } return r.json(); })
            .then(function (p) {
                if (p.done) { window.location.reload(); return; }
                bar.max = p.total || 1;
                bar.value = p.saved;
                bar.textContent = p.saved + ' van ' + p.total;
                if (text.textContent !== p.text) { text.textContent = p.text; }
                window.setTimeout(poll, 1000);
            })
            .catch(function () { window.setTimeout(poll, 3000); });
    }
    window.setTimeout(poll, 1000);
}());
