/**
 * The Review reminders dialog and the Review calendar dialog: HTML made on the server with the current
 * state as JSON (every "<" escaped, so no user text can close the script), and a small script that
 * calls the endpoints through google.script.run and writes user text with textContent only.
 */
import { WEEKDAYS } from '../../domain/reminderSettings';
import { escapeHtml } from '../../domain/html';
import type { ReminderState, ReviewCalendarFile } from '../rpc';

/** JSON that can sit inside a <script> element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

const STYLE =
  '<style>label{display:block;margin:6px 0}input[type=number]{width:5em}.warn{color:#b06000}.error{color:#c5221f}' +
  'dt{font-weight:bold;margin-top:6px}dd{margin:0 0 0 12px}textarea{width:100%;height:140px;font:12px monospace}</style>';

/** Shows a refusal or fault in #status; true when `result` was one. */
const SHOW_PROBLEM = `
function show(text, kind) { var s = document.getElementById('status'); s.textContent = text; s.className = kind || ''; }
function refused(result) { if (result && typeof result.outcome === 'string' && typeof result.message === 'string' && result.outcome !== 'previewed') { show(result.message, 'error'); return true; } return false; }
function failed(error) { show((error && error.message) || String(error), 'error'); }
`;

const REMINDERS_SCRIPT = `
${SHOW_PROBLEM}
var $ = function (id) { return document.getElementById(id); };
function render(state) {
  $('enabled').checked = state.settings.enabled;
  $('weekday').value = state.settings.weekday;
  $('hour').value = String(state.settings.hour);
  $('daysAhead').value = String(state.settings.daysAhead);
  $('zone').textContent = state.timeZone;
  $('trigger').textContent = state.trigger;
  var run = state.lastRun;
  $('lastRun').textContent = run
    ? run.at.replace('T', ' ').slice(0, 16) + ' UTC (' + run.kind + '): ' + run.emails + ' email(s), ' + run.outcome + (run.message ? ': ' + run.message : '')
    : 'none yet';
  $('quota').textContent = String(state.remainingQuota) + ' recipients left today';
  $('problem').textContent = state.quotaProblem;
}
function number(text) { return text.trim() !== '' && !isNaN(Number(text)) ? Number(text) : text; }
$('form').addEventListener('submit', function (event) {
  event.preventDefault();
  show('Saving…');
  google.script.run.withSuccessHandler(function (result) {
    if (refused(result)) return;
    render(result);
    show(result.settings.enabled ? 'Saved: reminders are on.' : 'Saved: reminders are off.');
  }).withFailureHandler(failed).remindersSave({
    enabled: $('enabled').checked,
    weekday: $('weekday').value,
    hour: number($('hour').value),
    daysAhead: number($('daysAhead').value)
  });
});
$('preview').addEventListener('click', function () {
  show('Sending a preview…');
  google.script.run.withSuccessHandler(function (result) {
    if (refused(result)) return;
    show(result.message, result.sent ? '' : 'warn');
    google.script.run.withSuccessHandler(function (state) { if (!refused(state)) render(state); }).remindersState({});
  }).withFailureHandler(failed).remindersPreview({});
});
render(INITIAL);
`;

/** The Review reminders dialog with `state` filled in. */
export function remindersDialogHtml(state: ReminderState): string {
  const days = WEEKDAYS.map(
    (day) => `<option value="${day}">${day.charAt(0)}${day.slice(1).toLowerCase()}</option>`,
  ).join('');
  return [
    STYLE,
    '<p>Once a week, each manager on Team with an email gets one email listing their reports’ reviews that are overdue or due soon. Nothing is sent while this is off.</p>',
    '<form id="form" novalidate>',
    '<label><input type="checkbox" id="enabled"> Send the weekly digest</label>',
    `<label>Weekday <select id="weekday">${days}</select></label>`,
    '<label>Hour (0–23) <input type="number" id="hour" min="0" max="23" step="1"> in <span id="zone"></span></label>',
    '<label>Days ahead (1–365) <input type="number" id="daysAhead" min="1" max="365" step="1"></label>',
    '<button type="submit">Save</button> <button type="button" id="preview">Send me a preview now</button>',
    '</form>',
    '<p id="status" role="status"></p>',
    '<dl><dt>Trigger</dt><dd id="trigger"></dd><dt>Last run</dt><dd id="lastRun"></dd>',
    '<dt>Mail quota</dt><dd id="quota"></dd><dd id="problem" class="warn"></dd></dl>',
    `<script>var INITIAL = ${scriptJson(state)};${REMINDERS_SCRIPT}</script>`,
  ].join('');
}

const CALENDAR_SCRIPT = `
${SHOW_PROBLEM}
var $ = function (id) { return document.getElementById(id); };
var url = '';
function render(file) {
  $('text').value = file.text;
  $('count').textContent = file.events + ' review(s) in the next 12 months.';
  if (url) URL.revokeObjectURL(url);
  url = URL.createObjectURL(new Blob([file.text], { type: 'text/calendar' }));
  var link = $('download');
  link.href = url;
  link.setAttribute('download', file.fileName);
  link.textContent = 'Download ' + file.fileName;
}
function managers(list) {
  var select = $('manager');
  list.forEach(function (name) { var o = document.createElement('option'); o.value = name; o.textContent = name; select.appendChild(o); });
}
$('manager').addEventListener('change', function () {
  var manager = $('manager').value;
  show('Making the file…');
  google.script.run.withSuccessHandler(function (file) { if (refused(file)) return; render(file); show(''); })
    .withFailureHandler(failed).reviewCalendar({ manager: manager === '' ? null : manager });
});
$('copy').addEventListener('click', function () { $('text').select(); document.execCommand('copy'); show('Copied.'); });
managers(INITIAL.managers);
render(INITIAL);
`;

/** The Review calendar dialog with `file` (every engineer's reviews) filled in. */
export function calendarDialogHtml(file: ReviewCalendarFile): string {
  return [
    STYLE,
    `<label>Reviews of <select id="manager"><option value="">every engineer</option></select></label>`,
    '<p id="count"></p>',
    `<p><a id="download" href="#">${escapeHtml(file.fileName)}</a>: import it in your calendar app; importing a newer file updates the same events.</p>`,
    '<p>If the download does not start, copy the text below into a file ending in .ics:</p>',
    '<textarea id="text" readonly></textarea><button type="button" id="copy">Copy</button>',
    '<p id="status" role="status"></p>',
    `<script>var INITIAL = ${scriptJson(file)};${CALENDAR_SCRIPT}</script>`,
  ].join('');
}
