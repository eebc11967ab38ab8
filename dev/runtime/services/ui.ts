/** Apps Script `Ui`, `Menu`, `HtmlService`, `HtmlOutput`, `HtmlTemplate`. */
import fs from 'node:fs';
import path from 'node:path';
import type { Core, MenuEntry } from '../core';
import { Service, fail } from './base';

const BUTTON_SETS: Record<string, string[]> = {
  OK: ['OK'],
  OK_CANCEL: ['OK', 'CANCEL'],
  YES_NO: ['YES', 'NO'],
  YES_NO_CANCEL: ['YES', 'NO', 'CANCEL'],
};

export class Menu extends Service {
  readonly _className = 'Menu';
  readonly _items: MenuEntry[] = [];
  constructor(
    core: Core,
    readonly _caption: string,
  ) {
    super(core);
  }
  addItem(caption: string, functionName: string): this {
    this._items.push({ type: 'item', caption: String(caption), functionName: String(functionName) });
    return this;
  }
  addSeparator(): this {
    this._items.push({ type: 'separator' });
    return this;
  }
  addSubMenu(menu: Menu): this {
    this._items.push({ type: 'submenu', caption: menu._caption, items: menu._items });
    return this;
  }
  addToUi(): void {
    const menus = this._core.ui.menus;
    const i = menus.findIndex((m) => m.caption === this._caption);
    const entry = { caption: this._caption, items: [...this._items] };
    if (i >= 0) menus[i] = entry;
    else menus.push(entry);
  }
}

export class Ui extends Service {
  readonly _className = 'Ui';
  readonly ButtonSet = Object.freeze({
    OK: 'OK',
    OK_CANCEL: 'OK_CANCEL',
    YES_NO: 'YES_NO',
    YES_NO_CANCEL: 'YES_NO_CANCEL',
  });
  readonly Button = Object.freeze({ OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO', CLOSE: 'CLOSE' });

  createAddonMenu(): Menu {
    return new Menu(this._core, this._core.opts.addonName);
  }
  createMenu(caption: string): Menu {
    return new Menu(this._core, String(caption));
  }
  alert(a: string, b?: string, c?: string): string {
    let title: string | null = null;
    let prompt = String(a);
    let buttons = 'OK';
    if (b !== undefined && c !== undefined) {
      title = String(a);
      prompt = String(b);
      buttons = String(c);
    } else if (b !== undefined) {
      buttons = String(b);
      if (!(buttons in BUTTON_SETS)) {
        title = String(a);
        prompt = String(b);
        buttons = 'OK';
      }
    }
    const allowed = BUTTON_SETS[buttons] ?? ['OK'];
    const scripted = this._core.ui.scriptedAnswers.shift();
    const answer = scripted ?? allowed[0] ?? 'OK';
    if (scripted && !allowed.includes(scripted) && scripted !== 'CLOSE')
      throw new Error(`runtime: scripted alert answer ${scripted} is not one of ${allowed.join(', ')}`);
    this._core.ui.alerts.push({ title, prompt, buttons, answer });
    return answer;
  }
  showSidebar(output: HtmlOutput): void {
    if (!(output instanceof HtmlOutput))
      fail("The parameters (Object) don't match the method signature for Ui.showSidebar.");
    this._core.ui.sidebars.push({
      html: output._served(),
      title: output._title,
      width: 300,
      height: null,
      metaTags: [...output._metaTags],
    });
  }
  showModalDialog(output: HtmlOutput, title: string): void {
    this._core.ui.dialogs.push({
      html: output._served(),
      title: String(title),
      width: output._width,
      height: output._height,
      modal: true,
      metaTags: [...output._metaTags],
    });
  }
  showModelessDialog(output: HtmlOutput, title: string): void {
    this._core.ui.dialogs.push({
      html: output._served(),
      title: String(title),
      width: output._width,
      height: output._height,
      modal: false,
      metaTags: [...output._metaTags],
    });
  }
}

export class HtmlOutput extends Service {
  readonly _className = 'HtmlOutput';
  _title = '';
  _width: number | null = null;
  _height: number | null = null;
  readonly _metaTags: { name: string; content: string }[] = [];
  constructor(
    core: Core,
    public _html: string,
  ) {
    super(core);
  }
  getContent(): string {
    return this._html;
  }
  setContent(html: string): this {
    this._html = String(html);
    return this;
  }
  append(html: string): this {
    this._html += String(html);
    return this;
  }
  appendUntrusted(text: string): this {
    this._html += escapeHtml(String(text));
    return this;
  }
  setTitle(t: string): this {
    this._title = String(t);
    return this;
  }
  getTitle(): string {
    return this._title;
  }
  setWidth(w: number): this {
    this._width = w;
    return this;
  }
  getWidth(): number | null {
    return this._width;
  }
  setHeight(h: number): this {
    this._height = h;
    return this;
  }
  getHeight(): number | null {
    return this._height;
  }
  setSandboxMode(): this {
    return this; // only IFRAME exists; the call is accepted and has no effect in Apps Script either [doc] Sandbox
  }
  setXFrameOptionsMode(): this {
    return this;
  }
  /**
   * Only apple-mobile-web-app-capable, google-site-verification, mobile-web-app-capable and viewport are
   * permitted [doc] HtmlOut#addMetaTag; the error for another name is [inference].
   */
  addMetaTag(name: string, content: string): this {
    if (!META_TAGS.has(String(name)))
      fail(`Invalid argument: name (meta tag "${String(name)}" is not permitted)`);
    this._metaTags.push({ name: String(name), content: String(content) });
    return this;
  }
  getMetaTags(): HtmlOutputMetaTag[] {
    return this._metaTags.map((tag) => new HtmlOutputMetaTag(this._core, tag));
  }
  /**
   * The page Sheets serves: meta tags written in the content are ignored [doc] HtmlOut#getMetaTags, those
   * added with addMetaTag go in the head.
   */
  _served(): string {
    const content = this._html.replace(/<meta\s+name\s*=[^>]*>\s*/gi, '');
    const tags = this._metaTags
      .map((tag) => `<meta name="${escapeHtml(tag.name)}" content="${escapeHtml(tag.content)}">`)
      .join('');
    const head = /<head\b[^>]*>/i.exec(content);
    if (!head) return tags + content;
    const at = head.index + head[0].length;
    return content.slice(0, at) + tags + content.slice(at);
  }
}

const META_TAGS = new Set([
  'apple-mobile-web-app-capable',
  'google-site-verification',
  'mobile-web-app-capable',
  'viewport',
]);

export class HtmlOutputMetaTag extends Service {
  readonly _className = 'HtmlOutputMetaTag';
  constructor(
    core: Core,
    readonly _tag: { name: string; content: string },
  ) {
    super(core);
  }
  getName(): string {
    return this._tag.name;
  }
  getContent(): string {
    return this._tag.content;
  }
}

function escapeHtml(s: string): string {
  return s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

/** Compiles `<?= ?>`, `<?!= ?>` and `<? ?>` scriptlets to a function body. */
function compileTemplate(src: string): string {
  let code = 'let __out = "";\n';
  const re = /<\?(!=|=)?([\s\S]*?)\?>/g;
  let last = 0;
  for (let m = re.exec(src); m; m = re.exec(src)) {
    code += `__out += ${JSON.stringify(src.slice(last, m.index))};\n`;
    const body = m[2] ?? '';
    if (m[1] === '=') code += `__out += __esc(${body});\n`;
    else if (m[1] === '!=') code += `__out += String(${body});\n`;
    else code += body + '\n';
    last = re.lastIndex;
  }
  code += `__out += ${JSON.stringify(src.slice(last))};\nreturn __out;`;
  return code;
}

export class HtmlTemplate extends Service {
  readonly _className = 'HtmlTemplate';
  readonly _vars: Record<string, unknown> = {};
  constructor(
    core: Core,
    readonly _src: string,
  ) {
    super(core);
  }
  getCode(): string {
    return compileTemplate(this._src);
  }
  getRawContent(): string {
    return this._src;
  }
  evaluate(): HtmlOutput {
    const fn = this._core.realm.run(
      `(function (__vars, __esc) { with (__vars) { return (function () { ${compileTemplate(this._src)} })(); } })`,
      'HtmlTemplate',
    ) as (v: unknown, e: (x: unknown) => string) => string;
    const vars = this._core.realm.fromHost({}) as Record<string, unknown>;
    for (const [k, v] of Object.entries(this._vars)) vars[k] = v;
    return new HtmlOutput(
      this._core,
      fn(vars, (x) => escapeHtml(String(x))),
    );
  }
}

export class HtmlService extends Service {
  readonly _className = 'HtmlService';
  readonly SandboxMode = Object.freeze({ IFRAME: 'IFRAME', NATIVE: 'NATIVE', EMULATED: 'EMULATED' });
  readonly XFrameOptionsMode = Object.freeze({ ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' });

  private _read(file: string): string {
    const name = file.endsWith('.html') ? file : `${file}.html`;
    const p = path.resolve(this._core.opts.htmlDir, name);
    if (!fs.existsSync(p)) fail(`No HTML file named ${file} was found.`);
    return fs.readFileSync(p, 'utf8');
  }
  createHtmlOutput(html?: string): HtmlOutput {
    return new HtmlOutput(this._core, html === undefined ? '' : String(html));
  }
  createHtmlOutputFromFile(file: string): HtmlOutput {
    return new HtmlOutput(this._core, this._read(file));
  }
  createTemplate(src: string): unknown {
    return templateProxy(this._core, new HtmlTemplate(this._core, String(src)));
  }
  createTemplateFromFile(file: string): unknown {
    return templateProxy(this._core, new HtmlTemplate(this._core, this._read(file)));
  }
}

/** Templates take arbitrary script-assigned properties (template.data = …). */
function templateProxy(core: Core, t: HtmlTemplate): unknown {
  const inner = core.wrap(t) as unknown as Record<string, unknown>;
  const proxy = new Proxy(t, {
    get: (_t, prop) => (typeof prop === 'string' && prop in t._vars ? t._vars[prop] : inner[prop as string]),
    set: (_t, prop, value) => {
      t._vars[String(prop)] = value;
      return true;
    },
  });
  core.registerProxy(proxy, t);
  return proxy;
}
