/** A sidebar's or dialog's HTML as the add-on wrote it, with the `google.script` bridge injected first. */
export function panelHtml(addonHtml: string, bridgeJs: string): string {
  const script = `<script>${bridgeJs.replace(/<\/script/gi, '<\\/script')}</script>`;
  const head =
    /<head\b[^>]*>/i.exec(addonHtml) ??
    /<html\b[^>]*>/i.exec(addonHtml) ??
    /<!doctype[^>]*>/i.exec(addonHtml);
  if (!head) return script + addonHtml;
  const at = head.index + head[0].length;
  return addonHtml.slice(0, at) + script + addonHtml.slice(at);
}
