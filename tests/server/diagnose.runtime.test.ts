/**
 * Career Ladder ▸ Diagnose in the local runtime, under each platform switch: the probe of a switch
 * says "ok" on the default and "differs" when the switch is flipped; it never touches the workbook's
 * data, always removes its temporary sheet, and reports a probe that throws as failed.
 */
import {
  DEFAULT_PLATFORM,
  FLIPPED_PLATFORM,
  PLATFORM_SWITCHES,
  type PlatformSwitch,
  type PlatformSwitches,
  type Runtime,
} from '../../dev/runtime';
import type { ProbeResult, ProbeStatus } from '../../src/server/diagnose/report';
import { ADDON_VERSION } from '../../src/version';
import { loadWorkbookRuntime, tamper } from '../support/workbookRuntime';

const OWNER = 'owner@example.com';
const ENTITIES: Readonly<Record<string, string>> = { '#39': "'", quot: '"', lt: '<', gt: '>', amp: '&' };
const MANAGER = 'manager@example.com';

/** The probe each switch is about, by the contracts section in its title. */
const PROBE_OF: Readonly<Record<PlatformSwitch, string>> = {
  plainTextApostrophe: '(14.1)',
  validationSeesSameWrite: '(14.2)',
  notEmptyOnFormulaBlank: '(14.3)',
  formulaTextReadBack: '(14.4)',
  protectedWriteFails: '(14.5)',
  intlTimeZones: '(14.6)',
};

interface Diagnosed {
  readonly rt: Runtime;
  readonly probes: readonly ProbeResult[];
  readonly facts: Readonly<Record<string, string>>;
  readonly html: string;
  readonly before: string;
}

/** Workbook data as saved (sheets, rules, protections, names, properties), without ids for new sheets. */
const data = (rt: Runtime) => JSON.stringify({ ...rt.save().workbook, nextSheetId: undefined });

/**
 * A workbook whose "Promotion Log" (with a row in it) is protected for its owner only and whose
 * zone is not UTC, diagnosed by a manager who may not edit that sheet.
 */
function diagnoseAsManager(platform: Partial<PlatformSwitches>, before?: (rt: Runtime) => void): Diagnosed {
  const rt = loadWorkbookRuntime({
    platform,
    activeUser: OWNER,
    spreadsheetTimeZone: 'Asia/Tokyo',
    now: new Date('2025-01-15T12:00:00Z'),
  });
  tamper(
    rt,
    `var log = ss.insertSheet('Promotion Log'); log.getRange('A1:B2').setValues([['Engineer', 'Kind'], ["'Ada", 'step']]);
     var p = log.protect(); p.removeEditors(p.getEditors()); p.setDomainEdit(false);
     ss.getSheetByName('Sheet1').getRange('A1').setValue('keep me'); ss.setActiveSheet(ss.getSheetByName('Sheet1'));`,
  );
  rt.setActiveUser(MANAGER);
  before?.(rt);
  const state = data(rt);
  rt.trigger('onOpen');
  rt.runMenuItem('Diagnose');
  const html = rt.ui.dialogs[rt.ui.dialogs.length - 1]?.html ?? '';
  const escaped = /<textarea id="t" readonly>([\s\S]*?)<\/textarea>/.exec(html)?.[1] ?? '';
  const text = escaped.replace(/&(#39|quot|lt|gt|amp);/g, (_, entity: string) => ENTITIES[entity] ?? '');
  const lines = text.split('\n').slice(1);
  const probes = lines
    .filter((line) => line.includes(' | '))
    .map((line) => {
      const [status, probe, assumes, observed] = line.split(' | ');
      return {
        status: status as ProbeStatus,
        probe: probe as string,
        assumes: (assumes as string).replace(/^assumes /, ''),
        observed: (observed as string).replace(/^here /, ''),
      };
    });
  const facts = Object.fromEntries(
    lines.filter((line) => !line.includes(' | ')).map((line) => line.split(/: (.*)/s).slice(0, 2)),
  );
  return { rt, probes, facts, html, before: state };
}

const statusOf = (diagnosed: Diagnosed, key: PlatformSwitch) =>
  diagnosed.probes.find((p) => p.probe.endsWith(PROBE_OF[key]));

describe('Diagnose on the default platform', () => {
  const diagnosed = diagnoseAsManager(DEFAULT_PLATFORM);

  test('shows one row per probe, each as the add-on assumes, 14.3 not checkable', () => {
    expect(diagnosed.probes.map((p) => p.status)).toEqual(['ok', 'ok', 'not checked', 'ok', 'ok', 'ok']);
    expect(statusOf(diagnosed, 'protectedWriteFails')?.observed).toBe('at the call (Promotion Log)');
  });

  test('shows a table with the probe, what the add-on assumes, what happened and the result', () => {
    expect(diagnosed.rt.ui.dialogs[0]?.title).toBe('Diagnose');
    expect(diagnosed.html).toContain(
      '<th>Probe</th><th>The add-on assumes</th><th>This spreadsheet</th><th>Result</th>',
    );
    expect(diagnosed.html).toContain('<td>Apostrophe in a plain-text cell (14.1)</td>');
  });

  test('gives the facts support needs, and why this user cannot record promotions', () => {
    expect(diagnosed.facts).toMatchObject({
      'Add-on version': ADDON_VERSION,
      'Spreadsheet time zone': 'Asia/Tokyo',
      'Script time zone': expect.any(String),
      Locale: 'en_US',
      'Your account': MANAGER,
      'Email scope': 'granted',
      'Protected Promotion Log': expect.stringMatching(/^you cannot edit it: recording needs it/),
      'Temporary sheet': 'removed',
      'Review reminders': 'off: no trigger is installed',
      'Last reminder run': 'none yet',
      'Mail quota left today': '100',
    });
  });

  test('changes no data, removes its hidden temporary sheet and leaves the same sheet active', () => {
    expect(data(diagnosed.rt)).toBe(diagnosed.before);
    expect(diagnosed.rt.workbook.sheetNames()).toEqual(['Sheet1', 'Promotion Log']);
    expect(diagnosed.rt.workbook.activeSheet()).toBe('Sheet1');
    const hidden = diagnosed.rt.calls.all.find((c) => c.name === 'diagnose')?.byMethod['Sheet.hideSheet'];
    expect(hidden).toBe(1);
  });
});

describe.each(PLATFORM_SWITCHES)('Diagnose with %s flipped', (key) => {
  const diagnosed = diagnoseAsManager({ [key]: FLIPPED_PLATFORM[key] });

  test(
    key === 'notEmptyOnFormulaBlank'
      ? 'cannot see it (a script cannot read conditional colours), the others are as assumed'
      : 'names its probe as "differs" and what happened; the others are as assumed',
    () => {
      const expected = key === 'notEmptyOnFormulaBlank' ? 'not checked' : 'differs';
      expect(statusOf(diagnosed, key)?.status).toBe(expected);
      const others = diagnosed.probes.filter((p) => p !== statusOf(diagnosed, key));
      const notCheckable = statusOf(diagnosed, 'notEmptyOnFormulaBlank');
      expect(others.filter((p) => p !== notCheckable).map((p) => p.status)).toEqual(
        Array(key === 'notEmptyOnFormulaBlank' ? 5 : 4).fill('ok'),
      );
      expect(data(diagnosed.rt)).toBe(diagnosed.before);
      expect(diagnosed.facts['Temporary sheet']).toBe('removed');
    },
  );
});

describe('Diagnose reports what the flipped platform did', () => {
  const flipped = diagnoseAsManager(FLIPPED_PLATFORM);

  test('in its own words, per probe', () => {
    expect(flipped.probes.map((p) => [p.status, p.observed])).toEqual([
      ['differs', "kept: reads 'abc"],
      ['differs', 'saw the sheet before the write'],
      ['not checked', 'invisible to scripts; not relied on'],
      ['differs', 'reformatted: =SUM(1, 2) / =SUM(1, 2)'],
      ['differs', 'at flush (Promotion Log)'],
      ['differs', 'unavailable (Invalid time zone specified: Asia/Tokyo); Utilities.formatDate is used'],
    ]);
    expect(data(flipped.rt)).toBe(flipped.before);
  });
});

describe('Diagnose when something goes wrong', () => {
  test('a probe that throws is reported as failed; the others run and the sheet is still removed', () => {
    const diagnosed = diagnoseAsManager(DEFAULT_PLATFORM, (rt) =>
      rt.during('Range.setNumberFormat', () => {
        throw new Error('Service unavailable');
      }),
    );
    expect(diagnosed.probes.map((p) => p.status)).toEqual(['failed', 'ok', 'not checked', 'ok', 'ok', 'ok']);
    expect(diagnosed.probes[0]?.observed).toBe('the probe failed: Service unavailable');
    expect(diagnosed.rt.workbook.sheetNames()).toEqual(['Sheet1', 'Promotion Log']);
    expect(data(diagnosed.rt)).toBe(diagnosed.before);
  });

  test('when the temporary sheet cannot be made, its probes fail and the others still report', () => {
    const diagnosed = diagnoseAsManager(DEFAULT_PLATFORM, (rt) =>
      rt.during('Spreadsheet.insertSheet', () => {
        throw new Error('No room for another sheet');
      }),
    );
    expect(diagnosed.probes.map((p) => p.status)).toEqual(['failed', 'ok', 'not checked', 'ok', 'ok', 'ok']);
    expect(diagnosed.facts['Temporary sheet']).toBe('removed');
  });

  test('a user who may edit every protected sheet is told so: the 14.5 probe is not checked', () => {
    const diagnosed = diagnoseAsManager(DEFAULT_PLATFORM, (rt) => rt.setActiveUser(OWNER));
    expect(statusOf(diagnosed, 'protectedWriteFails')).toMatchObject({
      status: 'not checked',
      observed: 'you may edit every protected sheet',
    });
    expect(diagnosed.facts['Protected Promotion Log']).toBe('you can edit it');
  });
});

describe('Diagnose with review reminders on', () => {
  const diagnosed = diagnoseAsManager(DEFAULT_PLATFORM, (rt) => {
    rt.run('remindersSave', { enabled: true, weekday: 'MONDAY', hour: 8, daysAhead: 30 });
    rt.clock.advance(7 * 86_400_000);
  });

  test('shows the trigger and its last run', () => {
    expect(diagnosed.facts['Review reminders']).toBe(
      `on: one weekly trigger, Mondays at 08:00, sending from ${MANAGER}`,
    );
    expect(diagnosed.facts['Last reminder run']).toMatch(
      /^2025-01-19 23:\d\d UTC \(weekly\): 0 email\(s\), failed: /,
    );
  });
});
