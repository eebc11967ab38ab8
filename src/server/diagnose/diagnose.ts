import { ADDON_VERSION } from '../../version';
import { showDialog } from '../dialog';
import { diagnosisHtml, type Diagnosis, type ProbeResult, type ProbeStatus } from './report';
import { SHEET_NAMES } from '../../tables/layout';
import { reminderFacts } from '../reminders/reminders';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

interface ProtectionFact {
  readonly sheet: Sheet;
  readonly where: string;
  readonly whole: boolean;
  readonly canEdit: boolean;
}

interface ProbeContext {
  /** The temporary hidden sheet, created on first use. */
  readonly scratch: () => Sheet;
  readonly protections: readonly ProtectionFact[];
  readonly timeZone: string;
}

interface Probe {
  readonly probe: string;
  readonly assumes: string;
  readonly run: (context: ProbeContext) => readonly [observed: string, status: ProbeStatus];
}

const FORMULA = '=sum(1,2)';
const PROTECTED = /protected cell or object/i;
const messageOf = (error: unknown) => String((error as { message?: unknown } | null)?.message ?? error);
const expected = (as: boolean): ProbeStatus => (as ? 'ok' : 'differs');

/** One probe per behaviour of contracts section 14 the add-on meets, in order. */
const PROBES: readonly Probe[] = [
  {
    probe: 'Apostrophe in a plain-text cell (14.1)',
    assumes: "dropped: 'abc reads abc",
    run: ({ scratch }) => {
      const cell = scratch().getRange('A1').setNumberFormat('@').setValue("'abc");
      const value = String(cell.getValue());
      return [value === 'abc' ? 'dropped' : `kept: reads ${value}`, expected(value === 'abc')];
    },
  },
  {
    probe: 'Validation within one write (14.2)',
    assumes: 'sees the whole write',
    run: ({ scratch }) => {
      const sheet = scratch();
      sheet.getRange('C2').setFormula('=A2');
      const rule = SpreadsheetApp.newDataValidation()
        .requireFormulaSatisfied('=C2="go"')
        .setAllowInvalid(false);
      sheet.getRange('B2').setDataValidation(rule.build());
      try {
        sheet.getRange('A2:B2').setValues([['go', 'x']]);
        SpreadsheetApp.flush();
        return ['saw the whole write', 'ok'];
      } catch (error) {
        if (!/validation/i.test(messageOf(error))) throw error;
        return ['saw the sheet before the write', 'differs'];
      }
    },
  },
  {
    probe: '"Is not empty" on a formula giving "" (14.3)',
    assumes: 'counts as empty',
    run: () => ['invisible to scripts; not relied on', 'not checked'],
  },
  {
    probe: 'Formula text read back (14.4)',
    assumes: `as written: ${FORMULA}`,
    run: ({ scratch }) => {
      const sheet = scratch();
      const cell = sheet.getRange('A3').setFormula(FORMULA);
      const rule = SpreadsheetApp.newConditionalFormatRule()
        .whenFormulaSatisfied(FORMULA)
        .setBackground('#ffffff');
      sheet.setConditionalFormatRules([rule.setRanges([cell]).build()]);
      const condition = sheet.getConditionalFormatRules()[0]?.getBooleanCondition();
      const read = [cell.getFormula(), String(condition?.getCriteriaValues()[0])];
      const same = read.every((text) => text === FORMULA);
      return [same ? 'as written' : `reformatted: ${read.join(' / ')}`, expected(same)];
    },
  },
  {
    probe: 'Protected write refused (14.5)',
    assumes: 'at the call',
    run: ({ protections }) => {
      const target = protections.find((p) => p.whole && !p.canEdit);
      if (!target) return ['you may edit every protected sheet', 'not checked'];
      const { sheet, where } = target;
      // its last cell, only when empty: writing "" there changes nothing
      const cell = sheet.getRange(sheet.getMaxRows(), sheet.getMaxColumns());
      if (cell.getFormula() !== '' || cell.getValue() !== '')
        return [`${where}: last cell not empty`, 'not checked'];
      try {
        cell.setValue('');
      } catch (error) {
        if (!PROTECTED.test(messageOf(error))) throw error;
        return [`at the call (${where})`, 'ok'];
      }
      try {
        SpreadsheetApp.flush();
      } catch (error) {
        if (!PROTECTED.test(messageOf(error))) throw error;
        return [`at flush (${where})`, 'differs'];
      }
      return [`not refused (${where})`, 'differs'];
    },
  },
  {
    probe: 'Intl time zones (14.6)',
    assumes: 'available',
    run: ({ timeZone }) => {
      const zone = /^(etc\/)?(utc|gmt)$/i.test(timeZone) ? 'America/New_York' : timeZone;
      try {
        new Intl.DateTimeFormat('en-US', { timeZone: zone }).format(new Date());
        return [`available (${zone})`, 'ok'];
      } catch (error) {
        return [`unavailable (${messageOf(error)}); Utilities.formatDate is used`, 'differs'];
      }
    },
  },
];

/** Every sheet and range protection, where it is and whether this user may edit it. */
function protectionFacts(spreadsheet: Spreadsheet): ProtectionFact[] {
  const type = SpreadsheetApp.ProtectionType;
  return [type.SHEET, type.RANGE].flatMap((kind) =>
    spreadsheet.getProtections(kind).map((protection) => {
      const range = protection.getRange();
      const sheet = range.getSheet();
      const whole = kind === type.SHEET;
      const where = whole ? sheet.getName() : `${sheet.getName()}!${range.getA1Notation()}`;
      return { sheet, where, whole, canEdit: protection.canEdit() };
    }),
  );
}

const RECORDING_NEEDS: readonly string[] = [SHEET_NAMES.promotionLog, SHEET_NAMES.team];

function protectionLine({ sheet, where, canEdit }: ProtectionFact): readonly [string, string] {
  if (canEdit) return [`Protected ${where}`, 'you can edit it'];
  const needed = RECORDING_NEEDS.includes(sheet.getName())
    ? ': recording needs it; ask the owner (Data ▸ Protect sheets and ranges)'
    : '';
  return [`Protected ${where}`, `you cannot edit it${needed}`];
}

function activeEmail(): string {
  try {
    return Session.getActiveUser().getEmail();
  } catch {
    return '';
  }
}

/**
 * Runs every probe (one that throws is reported as failed) in a temporary hidden sheet, removed
 * afterwards whatever happens, and gathers what support needs. Touches no data of the workbook: the
 * only cell written outside the temporary sheet is an empty one, written empty (probe 14.5).
 */
export function diagnose(): Diagnosis {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const active = spreadsheet.getActiveSheet();
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const protections = protectionFacts(spreadsheet);
  const name = `Career Ladder diagnosis ${Date.now()}`;
  let scratch: Sheet | undefined;
  let cleanUp = 'not needed';
  const context: ProbeContext = {
    scratch: () => {
      if (!scratch) {
        scratch = spreadsheet.insertSheet(name);
        scratch.hideSheet();
      }
      return scratch;
    },
    protections,
    timeZone,
  };
  const probes: ProbeResult[] = [];
  try {
    for (const { probe, assumes, run } of PROBES) {
      try {
        const [observed, status] = run(context);
        probes.push({ probe, assumes, observed, status });
      } catch (error) {
        probes.push({ probe, assumes, observed: `the probe failed: ${messageOf(error)}`, status: 'failed' });
      }
    }
  } finally {
    if (scratch) {
      try {
        spreadsheet.deleteSheet(scratch);
        cleanUp = 'removed';
      } catch (error) {
        cleanUp = `not removed (${messageOf(error)}): delete hidden sheet "${name}"`;
      }
    }
    active.activate();
  }
  const email = activeEmail();
  return {
    probes,
    facts: [
      ['Add-on version', ADDON_VERSION],
      ['Spreadsheet time zone', timeZone],
      ['Script time zone', Session.getScriptTimeZone()],
      ['Locale', spreadsheet.getSpreadsheetLocale()],
      ['Your account', email || 'unknown'],
      ['Email scope', email ? 'granted' : 'not granted: "Recorded by" says unknown user'],
      ...(protections.length > 0 ? protections.map(protectionLine) : [['Protections', 'none'] as const]),
      ...reminderFacts(email),
      ['Temporary sheet', cleanUp],
    ],
  };
}

/** Career Ladder ▸ Diagnose. */
export function diagnoseFromMenu(): void {
  showDialog('Diagnose', diagnosisHtml(diagnose()), { width: 760, height: 560 });
}
