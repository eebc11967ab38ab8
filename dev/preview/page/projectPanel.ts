/**
 * The script project beside the workbook, as the local runtime keeps it: the virtual clock and the button
 * that lets a week pass in the top bar, and the "Outbox and triggers" panel — the installed time-driven
 * triggers, failed trigger runs and every message MailApp sent. A message's text is shown as text; its HTML
 * part in an iframe with an empty sandbox (no scripts, no forms, an opaque origin) from /mail/<id>, which
 * the server also serves with a sandboxing content policy.
 */
import type { MailView, ProjectView, TriggerRunView } from '../protocol';
import { escapeHtml } from './escapeHtml';

export interface ProjectPanelHost {
  /** Lets a week pass (the server runs the triggers due and recalculates), then refreshes the page. */
  advanceWeek(): void;
}

const TITLE = 'Outbox and triggers';

function formatter(timeZone: string): Intl.DateTimeFormat {
  const options: Intl.DateTimeFormatOptions = {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'short',
  };
  try {
    return new Intl.DateTimeFormat('en-GB', { ...options, timeZone });
  } catch {
    return new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'UTC' });
  }
}

function list(addresses: readonly string[]): string {
  return escapeHtml(addresses.join(', '));
}

export class ProjectPanel {
  private project: ProjectView | null = null;

  constructor(
    private readonly tools: HTMLElement,
    private readonly panel: HTMLElement,
    host: ProjectPanelHost,
  ) {
    tools.addEventListener('click', (event) => {
      const button = event.target instanceof Element ? event.target.closest('button') : null;
      if (button?.classList.contains('advance-clock')) host.advanceWeek();
      if (button?.classList.contains('outbox-toggle')) this.toggle();
    });
    panel.addEventListener('click', (event) => {
      const close = event.target instanceof Element ? event.target.closest('button.close') : null;
      if (close) this.toggle(false);
    });
  }

  render(project: ProjectView): void {
    this.project = project;
    const time = formatter(project.timeZone);
    const ahead = project.aheadDays > 0 ? ` (+${project.aheadDays} days)` : '';
    const open = !this.panel.hidden;
    this.tools.innerHTML =
      `<span class="virtual-clock" role="status" aria-label="Virtual clock" title="The local runtime’s clock (${escapeHtml(project.timeZone)}); TODAY() and triggers follow it">` +
      `${escapeHtml(time.format(new Date(project.now)))}${escapeHtml(ahead)}</span>` +
      '<button type="button" class="advance-clock">Advance clock one week</button>' +
      `<button type="button" class="outbox-toggle" aria-controls="project-panel" aria-expanded="${open}">` +
      `${TITLE} (${project.outbox.length})</button>`;
    this.panel.innerHTML =
      `<header><h2>${TITLE}</h2><button type="button" class="close" aria-label="Close ${TITLE}">×</button></header>` +
      `<div class="project-body">${this.triggersHtml(project)}${this.failuresHtml(project.failures, time)}` +
      `${this.outboxHtml(project.outbox, time)}</div>`;
  }

  private toggle(open = this.panel.hidden): void {
    this.panel.hidden = !open;
    this.tools.querySelector('.outbox-toggle')?.setAttribute('aria-expanded', String(open));
    if (open && this.project) this.render(this.project);
  }

  private triggersHtml(project: ProjectView): string {
    if (project.triggers.length === 0) {
      return '<section aria-label="Triggers"><h3>Triggers</h3><p class="empty">No trigger is installed.</p></section>';
    }
    const rows = project.triggers
      .map(
        (t) =>
          `<tr><td>${escapeHtml(t.handlerFunction)}</td><td>${escapeHtml(t.owner)}</td>` +
          `<td>${escapeHtml(t.schedule)}</td><td>${escapeHtml(formatter(t.timeZone).format(new Date(t.nextRunAt)))}</td></tr>`,
      )
      .join('');
    return (
      '<section aria-label="Triggers"><h3>Triggers</h3><table class="triggers">' +
      '<thead><tr><th scope="col">Function</th><th scope="col">Runs as</th><th scope="col">When</th>' +
      `<th scope="col">Next run</th></tr></thead><tbody>${rows}</tbody></table></section>`
    );
  }

  private failuresHtml(failures: readonly TriggerRunView[], time: Intl.DateTimeFormat): string {
    if (failures.length === 0) return '';
    const items = failures
      .map(
        (f) =>
          `<li><strong>${escapeHtml(f.handlerFunction)}</strong> (${escapeHtml(f.owner)}, ` +
          `${escapeHtml(time.format(new Date(f.at)))}): ${escapeHtml(f.error ? `${f.error.name}: ${f.error.message}` : '')}</li>`,
      )
      .join('');
    return `<section aria-label="Trigger failures"><h3>Trigger failures</h3><ul class="failures">${items}</ul></section>`;
  }

  private outboxHtml(outbox: readonly MailView[], time: Intl.DateTimeFormat): string {
    if (outbox.length === 0) {
      return '<section aria-label="Outbox"><h3>Outbox</h3><p class="empty">MailApp has sent nothing.</p></section>';
    }
    // newest first
    const mails = [...outbox].reverse().map((mail) => this.mailHtml(mail, time));
    return `<section aria-label="Outbox"><h3>Outbox</h3>${mails.join('')}</section>`;
  }

  private mailHtml(mail: MailView, time: Intl.DateTimeFormat): string {
    const field = (label: string, value: string) => (value ? `<dt>${label}</dt><dd>${value}</dd>` : '');
    const from = mail.name
      ? `${escapeHtml(mail.name)} &lt;${escapeHtml(mail.from)}&gt;`
      : escapeHtml(mail.from);
    const subject = mail.subject || '(no subject)';
    const html = mail.hasHtml
      ? `<iframe class="mail-html" sandbox="" src="/mail/${mail.id}" title="HTML part of ${escapeHtml(subject)}"></iframe>`
      : '';
    return (
      `<article class="mail" data-mail-id="${mail.id}" aria-label="Email: ${escapeHtml(subject)}">` +
      `<h4>${escapeHtml(subject)}</h4><dl>` +
      field('From', from) +
      field('To', list(mail.to)) +
      field('Cc', list(mail.cc)) +
      field('Bcc', list(mail.bcc)) +
      field('Reply-To', mail.replyTo ? escapeHtml(mail.replyTo) : '') +
      field('Sent', escapeHtml(time.format(new Date(mail.sentAt)))) +
      `</dl><pre class="mail-text" aria-label="Text of ${escapeHtml(subject)}">${escapeHtml(mail.body)}</pre>${html}</article>`
    );
  }
}
