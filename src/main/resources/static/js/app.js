/*
 * Förderfluss: small progressive enhancements. Every page works without them; they only
 * save clicks and show sums while typing.
 *
 *  - The error summary of a form takes the focus, so screen readers announce it.
 *  - <form data-confirm="Text">  asks before submitting.
 *  - Repeatable rows: a container [data-rows] with a <template data-row-template>, buttons
 *    [data-add-row] and, in each row, [data-remove-row]. Field names carry the row index as
 *    "[0]", ids and label targets as "-0-"; both are renumbered after every change.
 *  - Running sums: <output data-sum-of="CSS selector"> shows the sum of the matching
 *    inputs of its form as an amount; with data-limit="1234.56" it warns above the limit
 *    by showing the element referenced in data-limit-warning.
 *  - Consequence preview: an element [data-preview-of="CSS selector of an amount input"]
 *    with data-paid and the texts data-text-clawback ("… {0} …"), data-text-closed and
 *    data-text-none says what the typed amount leads to: a clawback of the difference to
 *    what was paid, or the case closed.
 *  - <button data-history-back hidden> is shown and goes back one page (no inline script:
 *    the Content-Security-Policy allows scripts from this file only).
 *  - <input type="file" data-max-bytes="…" data-too-large="id"> keeps a file above the
 *    limit from being sent and shows the element with that id instead: the server never
 *    reads so large a request, so the browser would only see a broken connection.
 */
(function () {
	'use strict';

	var lang = document.documentElement.lang || 'de';
	var money = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'de-DE', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

	/** Reads "1.234,56", "1234,56" or "1234.56" as a number; NaN for anything else. */
	function parseAmount(text) {
		var value = (text || '').trim().replace(/\s|€/g, '');
		if (value === '') {
			return 0;
		}
		if (/^\d{1,3}(\.\d{3})*(,\d{1,2})?$/.test(value) || /^\d+(,\d{1,2})?$/.test(value)) {
			return Number(value.replace(/\./g, '').replace(',', '.'));
		}
		if (/^\d{1,3}(,\d{3})*(\.\d{1,2})?$/.test(value) || /^\d+(\.\d{1,2})?$/.test(value)) {
			return Number(value.replace(/,/g, ''));
		}
		return NaN;
	}

	function updateSums(form) {
		form.querySelectorAll('output[data-sum-of]').forEach(function (output) {
			var total = 0;
			var valid = true;
			form.querySelectorAll(output.getAttribute('data-sum-of')).forEach(function (input) {
				var amount = parseAmount(input.value);
				if (isNaN(amount)) {
					valid = false;
				} else {
					total += Math.round(amount * 100);
				}
			});
			output.textContent = valid ? money.format(total / 100) + ' €' : '–';
			var limit = output.getAttribute('data-limit');
			var warning = output.getAttribute('data-limit-warning');
			if (limit && warning && document.getElementById(warning)) {
				document.getElementById(warning).hidden = !(valid && total > Math.round(Number(limit) * 100));
			}
		});
	}

	function updatePreview(preview, input) {
		var typed = input.value.trim();
		var amount = parseAmount(typed);
		if (typed === '' || isNaN(amount)) {
			preview.textContent = preview.getAttribute('data-text-none');
			return;
		}
		var clawback = Math.round(Number(preview.getAttribute('data-paid')) * 100) - Math.round(amount * 100);
		preview.textContent = clawback > 0
			? preview.getAttribute('data-text-clawback').replace('{0}', money.format(clawback / 100) + ' €')
			: preview.getAttribute('data-text-closed');
	}

	function renumber(container) {
		container.querySelectorAll('[data-row]').forEach(function (row, index) {
			row.querySelectorAll('[name], [id], [for], [aria-describedby]').forEach(function (element) {
				['name', 'id', 'for', 'aria-describedby'].forEach(function (attribute) {
					var value = element.getAttribute(attribute);
					if (value) {
						element.setAttribute(attribute, value.replace(/\[\d+\]/g, '[' + index + ']').replace(/-\d+-/g, '-' + index + '-'));
					}
				});
			});
			row.querySelectorAll('[data-row-number]').forEach(function (number) {
				number.textContent = index + 1;
			});
		});
	}

	function setUpRows(container) {
		var template = container.querySelector('template[data-row-template]');
		var body = container.querySelector('[data-row-body]') || container;
		// The container is inside its form, or holds it together with a row template outside it.
		var form = container.closest('form') || container.querySelector('form');
		container.addEventListener('click', function (event) {
			var add = event.target.closest('[data-add-row]');
			var remove = event.target.closest('[data-remove-row]');
			if (add && template) {
				event.preventDefault();
				body.appendChild(template.content.cloneNode(true));
				renumber(container);
				var rows = body.querySelectorAll('[data-row]');
				var first = rows[rows.length - 1].querySelector('input, select, textarea');
				if (first) {
					first.focus();
				}
			} else if (remove) {
				event.preventDefault();
				if (body.querySelectorAll('[data-row]').length > 1) {
					remove.closest('[data-row]').remove();
					renumber(container);
					var addButton = container.querySelector('[data-add-row]');
					if (addButton) {
						addButton.focus();
					}
				}
			}
			if (form) {
				updateSums(form);
			}
		});
	}

	function guardFileSize(input) {
		var warning = document.getElementById(input.getAttribute('data-too-large'));
		var tooLarge = function () {
			var max = Number(input.getAttribute('data-max-bytes'));
			return Array.prototype.some.call(input.files || [], function (file) { return file.size > max; });
		};
		input.addEventListener('change', function () {
			if (warning) {
				warning.hidden = !tooLarge();
			}
		});
		if (input.form) {
			input.form.addEventListener('submit', function (event) {
				if (tooLarge()) {
					event.preventDefault();
					if (warning) {
						warning.hidden = false;
					}
					input.focus();
				}
			});
		}
	}

	document.addEventListener('DOMContentLoaded', function () {
		var summary = document.getElementById('error-summary');
		if (summary) {
			summary.focus();
		}
		document.querySelectorAll('form[data-confirm]').forEach(function (form) {
			form.addEventListener('submit', function (event) {
				if (!window.confirm(form.getAttribute('data-confirm'))) {
					event.preventDefault();
				}
			});
		});
		document.querySelectorAll('[data-rows]').forEach(setUpRows);
		document.querySelectorAll('[data-preview-of]').forEach(function (preview) {
			var input = document.querySelector(preview.getAttribute('data-preview-of'));
			if (input) {
				input.addEventListener('input', function () {
					updatePreview(preview, input);
				});
				updatePreview(preview, input);
			}
		});
		document.querySelectorAll('input[type=file][data-max-bytes]').forEach(guardFileSize);
		document.querySelectorAll('[data-history-back]').forEach(function (button) {
			button.hidden = false;
			button.addEventListener('click', function () {
				window.history.back();
			});
		});
		document.querySelectorAll('form').forEach(function (form) {
			if (form.querySelector('output[data-sum-of]')) {
				form.addEventListener('input', function () {
					updateSums(form);
				});
				updateSums(form);
			}
		});
	});

	window.Foerderfluss = { parseAmount: parseAmount, formatAmount: function (value) { return money.format(value) + ' €'; } };
})();
