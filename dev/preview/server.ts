/**
 * The preview's HTTP server (node:http, no framework): the page and its assets, the JSON API the page
 * calls, and the add-on's sidebars and dialogs at /ui/<id>. It answers only requests addressed to this
 * machine, and POSTs must be same-origin JSON, so no other site the user visits can read or drive the workbook.
 */
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { PageAssets } from './pageAssets';
import { panelHtml } from './panelHtml';
import type {
  ActivateRequest,
  ClockRequest,
  EditRequest,
  EditsRequest,
  MenuRequest,
  ScriptRunRequest,
  SettingsRequest,
  SignInRequest,
} from './protocol';
import type { PreviewSession } from './session';

const MAX_BODY_BYTES = 1024 * 1024;
const PAGE_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; frame-src 'self'";
/**
 * A mail's HTML part is the script's text: shown in a sandboxed frame with no scripts, no forms, nothing
 * fetched (images only as data: URLs), even when its URL is opened on its own.
 */
const MAIL_POLICY = "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:";

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function send(
  res: ServerResponse,
  status: number,
  type: string,
  body: string,
  extra: Record<string, string> = {},
) {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...extra });
  res.end(body);
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  if (!req.headers['content-type']?.startsWith('application/json')) {
    throw new HttpError(415, 'POST bodies must be application/json');
  }
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== `http://${req.headers.host}`) {
    throw new HttpError(403, `requests from ${origin} are refused`);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, 'request body too large');
    chunks.push(chunk);
  }
  const body: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null');
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new HttpError(400, 'expected a JSON object');
  }
  return body as Record<string, unknown>;
}

function text(body: Record<string, unknown>, field: string): string {
  const value = body[field];
  if (typeof value !== 'string') throw new HttpError(400, `"${field}" must be a string`);
  return value;
}

function cellAddress(body: Record<string, unknown>): string {
  const cell = text(body, 'cell');
  if (!/^[A-Z]{1,3}[1-9]\d*$/.test(cell)) throw new HttpError(400, `"${cell}" is not a cell address like B2`);
  return cell;
}

function editRequest(body: Record<string, unknown>): EditRequest {
  return { sheet: text(body, 'sheet'), cell: cellAddress(body), input: text(body, 'input') };
}

function editsRequest(body: Record<string, unknown>): EditsRequest {
  const { base, edits } = body;
  if (base !== null && !Number.isInteger(base))
    throw new HttpError(400, '"base" must be a view version or null');
  if (!Array.isArray(edits) || edits.length === 0)
    throw new HttpError(400, '"edits" must be a non-empty array');
  return {
    sheet: text(body, 'sheet'),
    base: base as number | null,
    edits: edits.map((edit: unknown) => {
      if (typeof edit !== 'object' || edit === null) throw new HttpError(400, 'each edit must be an object');
      const fields = edit as Record<string, unknown>;
      return { cell: cellAddress(fields), input: text(fields, 'input') };
    }),
  };
}

function activateRequest(body: Record<string, unknown>): ActivateRequest {
  return { sheet: text(body, 'sheet') };
}

function settingsRequest(body: Record<string, unknown>): SettingsRequest {
  return { locale: text(body, 'locale') };
}

function signInRequest(body: Record<string, unknown>): SignInRequest {
  return { email: text(body, 'email') };
}

function clockRequest(body: Record<string, unknown>): ClockRequest {
  const { days } = body;
  if (typeof days !== 'number' || !Number.isInteger(days) || days < 1 || days > 366) {
    throw new HttpError(400, '"days" must be a whole number of days from 1 to 366');
  }
  return { days };
}

function menuRequest(body: Record<string, unknown>): MenuRequest {
  return { item: text(body, 'item') };
}

function scriptRunRequest(body: Record<string, unknown>): ScriptRunRequest {
  if (!Array.isArray(body.args)) throw new HttpError(400, '"args" must be an array');
  return { functionName: text(body, 'functionName'), args: body.args };
}

/** Only names of this machine: a page on another domain that resolves to 127.0.0.1 gets nothing. */
const LOCAL_HOST = /^(127\.0\.0\.1|localhost|\[::1\]):\d+$/;

async function route(session: PreviewSession, assets: PageAssets, req: IncomingMessage, res: ServerResponse) {
  if (!LOCAL_HOST.test(req.headers.host ?? ''))
    throw new HttpError(403, 'the preview answers on localhost only');
  const url = new URL(req.url ?? '/', 'http://preview.local');
  const json = (value: unknown) => send(res, 200, 'application/json; charset=utf-8', JSON.stringify(value));
  const key = `${req.method} ${url.pathname}`;
  const panel = /^GET \/ui\/(\d+)$/.exec(key);
  if (panel) {
    const html = session.panelHtml(Number(panel[1]));
    if (html === null) throw new HttpError(404, `no sidebar or dialog ${panel[1]}`);
    return send(res, 200, 'text/html; charset=utf-8', panelHtml(html, assets.bridgeJs));
  }
  const mail = /^GET \/mail\/(\d+)$/.exec(key);
  if (mail) {
    const html = session.mailHtml(Number(mail[1]));
    if (html === null) throw new HttpError(404, `no HTML part of message ${mail[1]}`);
    return send(res, 200, 'text/html; charset=utf-8', html, {
      'content-security-policy': MAIL_POLICY,
      'x-content-type-options': 'nosniff',
    });
  }
  switch (key) {
    case 'GET /':
      return send(res, 200, 'text/html; charset=utf-8', assets.html, {
        'content-security-policy': PAGE_POLICY,
      });
    case 'GET /page.js':
      return send(res, 200, 'text/javascript; charset=utf-8', assets.pageJs);
    case 'GET /page.css':
      return send(res, 200, 'text/css; charset=utf-8', assets.css);
    case 'GET /favicon.ico':
      res.writeHead(204).end();
      return;
    case 'GET /api/workbook':
      return json(session.workbook());
    case 'POST /api/settle':
      // tests and the bench: wait for a quiet server (recalculated and saved) before the next step
      await readJson(req);
      session.flush();
      return json({ settled: true });
    case 'GET /api/sheet': {
      const name = url.searchParams.get('name') ?? '';
      const view = session.sheet(name);
      if (view === null) throw new HttpError(404, `no sheet named "${name}"`);
      return json(view);
    }
    case 'POST /api/activate': {
      const { sheet } = activateRequest(await readJson(req));
      const view = session.activate(sheet);
      if (view === null) throw new HttpError(404, `no sheet named "${sheet}"`);
      return json(view);
    }
    case 'POST /api/edit':
      return json(session.edit(editRequest(await readJson(req))));
    case 'POST /api/edits': {
      const request = editsRequest(await readJson(req));
      const answer = session.edits(request);
      if (answer === null) throw new HttpError(404, `no sheet named "${request.sheet}"`);
      return json(answer);
    }
    case 'POST /api/settings': {
      const { locale } = settingsRequest(await readJson(req));
      if (!session.setLocale(locale))
        throw new HttpError(400, `"${locale}" is not a locale the preview models`);
      return json(session.workbook());
    }
    case 'GET /api/project':
      return json(session.project());
    case 'POST /api/clock':
      return json(session.advanceClock(clockRequest(await readJson(req)).days));
    case 'POST /api/menu':
      return json(session.runMenuItem(menuRequest(await readJson(req)).item));
    case 'POST /api/run':
      return json(session.scriptRun(scriptRunRequest(await readJson(req))));
    case 'POST /api/user': {
      const { email } = signInRequest(await readJson(req));
      if (!session.signIn(email)) throw new HttpError(400, `"${email}" is not someone the preview can play`);
      return json(session.workbook());
    }
    default:
      throw new HttpError(404, `nothing at ${req.method} ${url.pathname}`);
  }
}

export function previewRequestListener(session: PreviewSession, assets: PageAssets): RequestListener {
  return (req, res) => {
    route(session, assets, req, res).catch((error: unknown) => {
      const status = error instanceof HttpError ? error.status : error instanceof SyntaxError ? 400 : 500;
      send(res, status, 'text/plain; charset=utf-8', error instanceof Error ? error.message : String(error));
    });
  };
}
