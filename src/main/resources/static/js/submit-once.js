/*
 * Förderfluss: a form is sent once. After the first press its submit buttons are
 * disabled and the pressed one says that it is sending (aria-busy), so a double click or an
 * impatient second press sends nothing more. The server protects the same with the form's
 * one-time token; this only spares the second request and shows that something happens.
 *
 *  - Every form with method="post", unless it has data-submit-once="off".
 *  - A submission another script cancelled (a confirmation answered "Abbrechen", a file
 *    too large) leaves the form as it was.
 *  - A page shown again from the browser's history gets its buttons back.
 */
(function () {
	'use strict';

	var BUSY_TEXT = { de: 'Wird gesendet …', en: 'Sending …' };

	function busyText() {
		var lang = (document.documentElement.lang || 'de').substring(0, 2);
		return BUSY_TEXT[lang] || BUSY_TEXT.de;
	}

	function visible(button) {
		return button.getAttribute('aria-hidden') !== 'true' && !button.classList.contains('visually-hidden');
	}

	/** The button that shows the busy state: the one pressed, or the form's last visible one. */
	function busyButton(form, submitter) {
		if (submitter && submitter.tagName === 'BUTTON' && visible(submitter)) {
			return submitter;
		}
		var buttons = Array.prototype.filter.call(form.querySelectorAll('button[type=submit], button:not([type])'), visible);
		return buttons.length ? buttons[buttons.length - 1] : null;
	}

	function submitButtons(form) {
		return form.querySelectorAll('button[type=submit], button:not([type]), input[type=submit]');
	}

	function markBusy(form, submitter) {
		form.setAttribute('data-sending', '');
		form.setAttribute('aria-busy', 'true');
		var button = busyButton(form, submitter);
		if (button) {
			button.setAttribute('data-label', button.textContent);
			button.setAttribute('aria-busy', 'true');
			button.textContent = busyText();
		}
		// Disabled only after the browser has collected what the form sends: a disabled
		// button would leave out its own name and value (such as "Zeile hinzufügen").
		window.setTimeout(function () {
			submitButtons(form).forEach(function (element) {
				element.disabled = true;
			});
		}, 0);
	}

	function reset(form) {
		form.removeAttribute('data-sending');
		form.removeAttribute('aria-busy');
		submitButtons(form).forEach(function (element) {
			element.disabled = false;
			if (element.hasAttribute('data-label')) {
				element.textContent = element.getAttribute('data-label');
				element.removeAttribute('data-label');
				element.removeAttribute('aria-busy');
			}
		});
	}

	// On the window and in the bubbling phase: every other script has had its say on the
	// submission by then, so a cancelled one is known.
	window.addEventListener('submit', function (event) {
		var form = event.target;
		if (!(form instanceof HTMLFormElement) || (form.getAttribute('method') || '').toLowerCase() !== 'post'
				|| form.getAttribute('data-submit-once') === 'off') {
			return;
		}
		if (form.hasAttribute('data-sending')) {
			event.preventDefault();
			return;
		}
		if (!event.defaultPrevented) {
			markBusy(form, event.submitter);
		}
	});

	window.addEventListener('pageshow', function (event) {
		if (event.persisted) {
			document.querySelectorAll('form[data-sending]').forEach(reset);
		}
	});
})();
