/**
 * An iCalendar file (RFC 5545) of all-day events, e.g. the reviews due: one VEVENT per event with a stable
 * UID, so importing an updated file replaces an event rather than adding it twice. Pure: no Apps Script
 * and none of what its V8 lacks (TextEncoder): UTF-8 lengths are counted by code point.
 */
import { addDays, isValidCalendarDate, type CalendarDate } from './dates';

export interface CalendarEvent {
  /** the day of the all-day event */
  readonly date: CalendarDate;
  readonly summary: string;
  readonly description?: string;
  /** the same for the same event in every file (see stableUid) */
  readonly uid: string;
  /** CATEGORIES, e.g. "Step review" */
  readonly category?: string;
}

export interface CalendarOptions {
  /** PRODID, e.g. "-//Career Ladder//Review calendar//EN" */
  readonly prodId: string;
  /** DTSTAMP of every event: when the file was made (epoch milliseconds) */
  readonly stampMs: number;
  /** X-WR-CALNAME: the name calendar apps give an imported calendar */
  readonly name?: string;
}

/** RFC 5545 3.1: a content line is at most 75 octets; a continuation line starts with one space. */
const MAX_OCTETS = 75;

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/** Folds a content line at 75 octets, never inside a character (3.1). */
function foldLine(line: string): string {
  let out = '';
  let octets = 0;
  for (const ch of line) {
    const size = utf8Length(ch.codePointAt(0) as number);
    if (octets + size > MAX_OCTETS) {
      out += '\r\n ';
      octets = 1;
    }
    out += ch;
    octets += size;
  }
  return out;
}

/** Text with every lone surrogate (not a character, and not UTF-8) replaced by U+FFFD. */
function wellFormed(text: string): string {
  return text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

/**
 * A TEXT value (3.3.11): backslash, semicolon and comma escaped, any line break as \n; other control
 * characters, which TEXT may not hold, become spaces.
 */
function escapeText(text: string): string {
  return (
    wellFormed(text)
      .replace(/[\\;,]/g, (ch) => `\\${ch}`)
      .replace(/\r\n|\r|\n/g, '\\n')
      // anything but a tab, printable ASCII or non-ASCII: the C0 controls and DEL
      .replace(/[^\t\x20-\x7e\x80-\uffff]/g, ' ')
  );
}

/**
 * A UID made of `parts` (e.g. an engineer, a review kind and a due date) at `domain`: the same parts give the same
 * UID, different parts different ones. Each part is percent-encoded with "_" for "%" (so only letters, digits,
 * ".", "-" and "_XX" remain) and the parts are joined with "+".
 */
export function stableUid(parts: readonly string[], domain: string): string {
  const encode = (part: string) =>
    encodeURIComponent(wellFormed(part))
      .replace(/[_!~*'()]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`)
      .replace(/%/g, '_');
  return `${parts.map(encode).join('+')}@${encode(domain)}`;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function dateValue(date: CalendarDate): string {
  if (!isValidCalendarDate(date))
    throw new Error(`calendarFile: ${JSON.stringify(date)} is not a calendar date`);
  return `${pad(date.year, 4)}${pad(date.month)}${pad(date.day)}`;
}

function stampValue(ms: number): string {
  const d = new Date(ms);
  if (Number.isNaN(d.getTime())) throw new Error(`calendarFile: ${ms} is not an instant`);
  return `${dateValue({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() })}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;
}

/** The file's text: a VCALENDAR with one all-day VEVENT per event, CRLF line endings, lines folded. */
export function calendarFile(events: readonly CalendarEvent[], options: CalendarOptions): string {
  const stamp = stampValue(options.stampMs);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${escapeText(options.prodId)}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...(options.name === undefined ? [] : [`X-WR-CALNAME:${escapeText(options.name)}`]),
  ];
  for (const event of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(event.uid)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${dateValue(event.date)}`,
      `DTEND;VALUE=DATE:${dateValue(addDays(event.date, 1))}`,
      `SUMMARY:${escapeText(event.summary)}`,
    );
    if (event.description !== undefined) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
    if (event.category !== undefined) lines.push(`CATEGORIES:${escapeText(event.category)}`);
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
