/**
 * Sidebars and dialogs the add-on opened, each an iframe of its HTML (served at /ui/<id>) in an opaque-origin
 * sandbox as in Sheets. The iframe's `google.script.run` posts to this page, which calls the server and
 * posts the result back (see bridge.ts).
 */
import type { PanelReply, PanelRequest, PanelView, ScriptRunRequest, ScriptRunResult } from '../protocol';
import { escapeHtml } from './escapeHtml';

export interface PanelHost {
  scriptRun(request: ScriptRunRequest): Promise<ScriptRunResult>;
  focusGrid(): void;
}

/** Add-on sidebars are a fixed 300 px wide. */
const SIDEBAR_WIDTH = 300;
const SANDBOX = 'allow-scripts allow-forms allow-modals allow-popups';

function frameHtml(panel: PanelView, width: number, height: number | null): string {
  const size = `width:${width}px` + (height === null ? '' : `;height:${height}px`);
  return (
    `<header><h2>${escapeHtml(panel.title)}</h2>` +
    `<button type="button" class="close" aria-label="Close ${escapeHtml(panel.title)}">×</button></header>` +
    `<iframe title="${escapeHtml(panel.title)}" src="/ui/${panel.id}" sandbox="${SANDBOX}" style="${size}"></iframe>`
  );
}

export class Panels {
  constructor(
    private readonly sidebarSlot: HTMLElement,
    private readonly dialogSlot: HTMLElement,
    private readonly host: PanelHost,
  ) {
    window.addEventListener('message', (event) => this.onMessage(event));
    for (const slot of [sidebarSlot, dialogSlot]) {
      slot.addEventListener('click', (event) => {
        const close = event.target instanceof Element ? event.target.closest('button.close') : null;
        close?.closest('.panel')?.remove();
      });
    }
  }

  open(panels: readonly PanelView[]): void {
    for (const panel of panels) {
      if (panel.kind === 'sidebar') this.openSidebar(panel);
      else this.openDialog(panel);
    }
  }

  /** Closes every sidebar and dialog (another person signed in: what they showed was for the one before). */
  closeAll(): void {
    this.sidebarSlot.replaceChildren();
    this.dialogSlot.replaceChildren();
  }

  private openSidebar(panel: PanelView): void {
    const aside = document.createElement('aside');
    aside.className = 'panel sidebar';
    aside.dataset.panelId = String(panel.id);
    aside.setAttribute('aria-label', panel.title);
    aside.innerHTML = frameHtml(panel, SIDEBAR_WIDTH, null);
    this.sidebarSlot.replaceChildren(aside);
  }

  private openDialog(panel: PanelView): void {
    const wrapper = document.createElement('div');
    wrapper.className = `panel ${panel.modal ? 'modal-backdrop' : 'modeless'}`;
    wrapper.dataset.panelId = String(panel.id);
    wrapper.innerHTML =
      `<div role="dialog" aria-modal="${panel.modal}" aria-label="${escapeHtml(panel.title)}">` +
      `${frameHtml(panel, panel.width, panel.height)}</div>`;
    this.dialogSlot.appendChild(wrapper);
  }

  private panelOf(
    source: MessageEventSource | null,
  ): { element: HTMLElement; iframe: HTMLIFrameElement } | null {
    for (const iframe of document.querySelectorAll<HTMLIFrameElement>('.panel iframe')) {
      const element = iframe.closest<HTMLElement>('.panel');
      if (element && source !== null && iframe.contentWindow === source) return { element, iframe };
    }
    return null;
  }

  private onMessage(event: MessageEvent): void {
    const panel = this.panelOf(event.source);
    const message = event.data as PanelRequest;
    if (!panel || typeof message !== 'object' || message === null) return;
    switch (message.type) {
      case 'preview:run':
        void this.run(message, event.source as Window);
        break;
      case 'preview:close':
        panel.element.remove();
        this.host.focusGrid();
        break;
      case 'preview:resize':
        if (message.width !== undefined && !panel.element.classList.contains('sidebar')) {
          panel.iframe.style.width = `${message.width}px`;
        }
        if (message.height !== undefined) panel.iframe.style.height = `${message.height}px`;
        break;
      case 'preview:focus-editor':
        this.host.focusGrid();
        break;
    }
  }

  private async run(message: Extract<PanelRequest, { type: 'preview:run' }>, source: Window): Promise<void> {
    const result = await this.host.scriptRun({
      functionName: message.functionName,
      args: JSON.parse(message.argsJson) as unknown[],
    });
    const reply: PanelReply = { type: 'preview:result', callId: message.callId, result };
    source.postMessage(reply, '*');
  }
}
