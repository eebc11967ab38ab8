/** What one execution showed: the sidebars and dialogs it opened, its alerts and toasts, its error. */
import type { Runtime } from '../runtime';
import type { NoticeView, PanelView, UiEvents } from './protocol';

type UiRecord = Runtime['ui'];
export type UiMark = { readonly [K in 'sidebars' | 'dialogs' | 'alerts' | 'toasts']: number };

/** Where the runtime's UI records stand before an execution. */
export function markUi(ui: UiRecord): UiMark {
  return {
    sidebars: ui.sidebars.length,
    dialogs: ui.dialogs.length,
    alerts: ui.alerts.length,
    toasts: ui.toasts.length,
  };
}

/** Default dialog size when the script sets none (add-on sidebars are always 300 px wide). */
const DEFAULT_SIZE = { width: 300, height: 400 };

/**
 * The UI events recorded since `mark`. `keepHtml` stores each new panel's HTML and returns its id
 * (served at /ui/<id>).
 */
export function uiEventsSince(
  ui: UiRecord,
  mark: UiMark,
  keepHtml: (html: string) => number,
  error: { name: string; message: string } | undefined,
): Omit<UiEvents, 'activated'> {
  const panels: PanelView[] = [
    ...ui.sidebars.slice(mark.sidebars).map((s) => ({ ...s, kind: 'sidebar' as const, modal: false })),
    ...ui.dialogs.slice(mark.dialogs).map((d) => ({ ...d, kind: 'dialog' as const })),
  ].map(({ html, title, kind, modal, width, height }) => ({
    id: keepHtml(html),
    kind,
    title,
    modal,
    width: width ?? DEFAULT_SIZE.width,
    height: height ?? DEFAULT_SIZE.height,
  }));
  const notices: NoticeView[] = [
    ...ui.alerts.slice(mark.alerts).map((a) => ({
      kind: 'alert' as const,
      title: a.title ?? '',
      message: a.buttons === 'OK' ? a.prompt : `${a.prompt} (answered ${a.answer})`,
    })),
    ...ui.toasts
      .slice(mark.toasts)
      .map((t) => ({ kind: 'toast' as const, title: t.title, message: t.message })),
    ...(error ? [{ kind: 'error' as const, title: error.name, message: error.message }] : []),
  ];
  return { panels, notices };
}
