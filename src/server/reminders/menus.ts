import { showDialog } from '../dialog';
import { refusalOf } from '../refusal';
import { escapeHtml } from '../../domain/html';
import { loadReviewCalendar } from './calendar';
import { calendarDialogHtml, remindersDialogHtml } from './dialogs';
import { loadReminderState } from './reminders';

/** A dialog whose body `make` builds; a refusal (e.g. no Team sheet) is shown in its place. */
function dialogOf(title: string, make: () => string, size: { width: number; height: number }): void {
  let body: string;
  try {
    body = make();
  } catch (error) {
    const refusal = refusalOf(error);
    if (!refusal) throw error;
    body = `<p>${escapeHtml(refusal.message)}</p>`;
  }
  showDialog(title, body, size);
}

/** Career Ladder ▸ Review reminders…: on/off, weekday, hour, days ahead, a preview, the last run. */
export function openReviewReminders(): void {
  dialogOf('Review reminders', () => remindersDialogHtml(loadReminderState()), { width: 520, height: 520 });
}

/** Career Ladder ▸ Download review calendar: the .ics to download, or its text to copy. */
export function openReviewCalendar(): void {
  dialogOf('Review calendar', () => calendarDialogHtml(loadReviewCalendar({ manager: null })), {
    width: 560,
    height: 480,
  });
}
