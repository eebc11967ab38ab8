import { escapeHtml } from '../dialog';

/** ok: as the add-on first assumed; differs: the other way, which the add-on also handles. */
export type ProbeStatus = 'ok' | 'differs' | 'failed' | 'not checked';

export interface ProbeResult {
  /** e.g. "Apostrophe in a plain-text (@) cell (14.1)" */
  readonly probe: string;
  readonly assumes: string;
  /** What this spreadsheet did, or why the probe could not run or failed. */
  readonly observed: string;
  readonly status: ProbeStatus;
}

export interface Diagnosis {
  readonly probes: readonly ProbeResult[];
  /** Support facts: version, time zones, locale, account, scopes, protections, clean-up. */
  readonly facts: readonly (readonly [string, string])[];
}

const NOTE = 'The add-on works either way; “differs” tells support how this spreadsheet behaves.';

/** The diagnosis as plain text, one line per probe and fact, for pasting into a support request. */
export function diagnosisText(diagnosis: Diagnosis): string {
  return [
    'Career Ladder diagnosis',
    ...diagnosis.probes.map((p) => `${p.status} | ${p.probe} | assumes ${p.assumes} | here ${p.observed}`),
    ...diagnosis.facts.map(([label, value]) => `${label}: ${value}`),
  ].join('\n');
}

const cells = (tag: string, values: readonly string[]) =>
  `<tr>${values.map((value) => `<${tag}>${escapeHtml(value)}</${tag}>`).join('')}</tr>`;

/** The dialog's body: the probes' table, the facts, and the copyable text. */
export function diagnosisHtml(diagnosis: Diagnosis): string {
  const probes = diagnosis.probes
    .map((p) =>
      cells('td', [p.probe, p.assumes, p.observed, p.status]).replace(
        '<tr>',
        `<tr class="${p.status.replace(' ', '-')}">`,
      ),
    )
    .join('');
  const facts = diagnosis.facts.map((fact) => cells('td', fact)).join('');
  return [
    '<style>table{border-collapse:collapse;width:100%}td,th{border:1px solid #ddd;padding:3px;text-align:left}',
    '.differs td:last-child{color:#b06000}.failed td:last-child{color:#c5221f}textarea{width:100%;height:90px}</style>',
    `<p>${escapeHtml(NOTE)}</p>`,
    `<table>${cells('th', ['Probe', 'The add-on assumes', 'This spreadsheet', 'Result'])}${probes}</table>`,
    `<h2>Support facts</h2><table>${facts}</table>`,
    '<h2>Copy for support</h2>',
    `<textarea id="t" readonly>${escapeHtml(diagnosisText(diagnosis))}</textarea>`,
    "<button onclick=\"var t=document.getElementById('t');t.select();document.execCommand('copy')\">Copy</button>",
  ].join('');
}
