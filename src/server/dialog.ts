import { escapeHtml } from '../domain/html';

export { escapeHtml };

const STYLE =
  '<style>body{font:14px/1.45 Arial,sans-serif;margin:0 4px}h2{font-size:15px;margin:12px 0 4px}li{margin:2px 0}code{background:#f1f3f4;padding:0 3px}</style>';

/** Shows a modal dialog with the given body HTML (already escaped where it holds user text). */
export function showDialog(title: string, bodyHtml: string, size = { width: 560, height: 440 }): void {
  const output = HtmlService.createHtmlOutput(`${STYLE}${bodyHtml}`)
    .setWidth(size.width)
    .setHeight(size.height);
  SpreadsheetApp.getUi().showModalDialog(output, title);
}
