/**
 * "Download review calendar": the .ics of the reviews due in the next 12 months (every engineer, or one
 * manager's reports) offered as a download and, because whether the sidebar's sandbox lets a download
 * start is unconfirmed (contracts 14.7), always shown as text to copy as well.
 */
import type { ReviewCalendarFile } from '../server/rpc';
import { el, replaceChildren } from './dom';
import { isRefusal } from './refusals';
import { call } from './rpcClient';

const EVERYONE = '';

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Starts a download of `file` from an object URL; a sandbox that forbids it leaves the text to copy. */
function offerDownload(file: ReviewCalendarFile): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: 'text/calendar' }));
  const link = el('a', { attrs: { href: url, download: file.fileName } });
  document.body.appendChild(link);
  try {
    link.click();
  } finally {
    link.remove();
  }
}

export function calendarView(): HTMLElement {
  const select = el(
    'select',
    { attrs: { id: 'calendar-manager' } },
    el('option', { attrs: { value: EVERYONE } }, 'every engineer'),
  );
  const status = el('p', { className: 'gray', attrs: { 'aria-live': 'polite' } });
  const copyArea = el('div');
  let managersShown = false;

  const showManagers = (managers: readonly string[]) => {
    if (managersShown) return;
    managersShown = true;
    for (const name of managers) select.appendChild(el('option', { attrs: { value: name } }, name));
  };

  const showText = (file: ReviewCalendarFile) => {
    const text = el('textarea', {
      className: 'calendar-text',
      attrs: { readonly: true, rows: 6, 'aria-label': `${file.fileName} as text` },
    });
    text.value = file.text;
    replaceChildren(
      copyArea,
      el('p', {}, `If the download did not start, copy this text into a file named ${file.fileName}:`),
      text,
    );
  };

  const download = async () => {
    status.textContent = 'Making the calendar…';
    try {
      const answer = await call('reviewCalendar', {
        manager: select.value === EVERYONE ? null : select.value,
      });
      if (isRefusal(answer)) {
        status.textContent = answer.message;
        return;
      }
      showManagers(answer.managers);
      showText(answer);
      status.textContent = `${answer.events} review${answer.events === 1 ? '' : 's'} in the next 12 months: ${answer.fileName}.`;
      offerDownload(answer);
    } catch (error) {
      status.textContent = messageOf(error);
    }
  };

  return el(
    'section',
    { className: 'block calendar', attrs: { 'aria-label': 'Review calendar' } },
    el(
      'div',
      { className: 'form-group' },
      el('label', { attrs: { for: 'calendar-manager' } }, 'Review calendar of'),
      select,
    ),
    el(
      'button',
      { attrs: { type: 'button' }, on: { click: () => void download() } },
      'Download review calendar',
    ),
    status,
    copyArea,
  );
}
