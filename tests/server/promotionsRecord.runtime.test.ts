import type { EngineerCard } from '../../src/server/rpc';
import {
  loadPromotionRuntime,
  logRows,
  record,
  requestFor,
  teamInputs,
  type EngineerSeed,
} from '../support/promotionWorkbook';
import { SHEET_NAMES } from '../../src/tables/layout';

const JUSTIFICATION = 'Ran the incident programme for two quarters.';
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

function seed(name: string, position: string, step: number, extra: Partial<EngineerSeed> = {}): EngineerSeed {
  return {
    name,
    position,
    step,
    manager: 'Mia',
    inPositionSince: '2023-03-01',
    lastStepReview: '2024-03-01',
    lastLevelReview: '2023-03-01',
    notes: 'keep me',
    ...extra,
  };
}

/** A workbook with Ada at D2 step 1, and the sidebar's request to promote her to step 2. */
function adaToStep2() {
  const rt = loadPromotionRuntime([seed('Ada', 'D2', 1)]);
  const request = requestFor(rt, 2, 'Ada', {
    type: 'promote',
    to: { position: 'D2', step: 2 },
    justification: '',
  });
  return { rt, request };
}

describe('promotionsRecord', () => {
  test('a step promotion updates Step and Last step review and appends one log row', () => {
    const { rt, request } = adaToStep2();
    expect(record(rt, request)).toEqual({
      outcome: 'recorded',
      kind: 'step',
      message: 'Recorded: step promotion for Ada (D2 step 1 → D2 step 2), effective 2025-01-15.',
    });
    expect(teamInputs(rt, 2)).toEqual([
      'Ada',
      'D2',
      2,
      false,
      'Mia',
      day('2023-03-01'),
      day('2025-01-15'),
      day('2023-03-01'),
    ]);
    expect(logRows(rt)).toEqual([
      [
        new Date('2025-01-15T09:00:00Z'),
        'Ada',
        'D2',
        1,
        'D2',
        2,
        'step',
        day('2025-01-15'),
        '',
        'manager@example.com',
        request.requestId,
      ],
    ]);
  });

  test('a level promotion moves to step 1 of the next level and restarts every clock', () => {
    const rt = loadPromotionRuntime([seed('Ada', 'D2', 3)]);
    const request = requestFor(
      rt,
      2,
      'Ada',
      { type: 'promote', to: { position: 'D3', step: 1 }, justification: '' },
      { effectiveDate: '2025-02-01' },
    );
    expect(record(rt, request).outcome).toBe('recorded');
    expect(teamInputs(rt, 2).slice(1)).toEqual([
      'D3',
      1,
      false,
      'Mia',
      day('2025-02-01'),
      day('2025-02-01'),
      day('2025-02-01'),
    ]);
    expect(logRows(rt)[0]?.slice(2, 8)).toEqual(['D2', 3, 'D3', 1, 'level', day('2025-02-01')]);
  });

  test('a jump is recorded as a jump with its justification', () => {
    const rt = loadPromotionRuntime([seed('Ada', 'D2', 1)]);
    const request = requestFor(rt, 2, 'Ada', {
      type: 'promote',
      to: { position: 'D4', step: 2 },
      justification: JUSTIFICATION,
    });
    expect(record(rt, request)).toMatchObject({ outcome: 'recorded', kind: 'jump' });
    expect(logRows(rt)[0]?.slice(4, 9)).toEqual(['D4', 2, 'jump', day('2025-01-15'), JUSTIFICATION]);
  });

  test('a jump without a justification is refused and changes nothing', () => {
    const rt = loadPromotionRuntime([seed('Ada', 'D2', 1)]);
    const before = teamInputs(rt, 2);
    const request = requestFor(rt, 2, 'Ada', {
      type: 'promote',
      to: { position: 'D2', step: 3 },
      justification: '',
    });
    expect(record(rt, request)).toEqual({
      outcome: 'refused-move',
      message:
        'Cannot record this for Ada: a jump needs a written justification of at least 20 characters (got 0): this move skips 1 step(s) of D2.',
    });
    expect([teamInputs(rt, 2), logRows(rt)]).toEqual([before, []]);
  });

  test('a step review with no change restarts only the step clock and logs the same place', () => {
    const rt = loadPromotionRuntime([seed('Ada', 'D2', 2)]);
    const request = requestFor(rt, 2, 'Ada', {
      type: 'review',
      review: 'step',
      justification: 'Not yet: see the plan.',
    });
    expect(record(rt, request)).toMatchObject({ outcome: 'recorded', kind: 'step-review' });
    expect(teamInputs(rt, 2).slice(1)).toEqual([
      'D2',
      2,
      false,
      'Mia',
      day('2023-03-01'),
      day('2025-01-15'),
      day('2023-03-01'),
    ]);
    expect(logRows(rt)[0]?.slice(2, 9)).toEqual([
      'D2',
      2,
      'D2',
      2,
      'step review',
      day('2025-01-15'),
      'Not yet: see the plan.',
    ]);
  });

  test('a level review with no change restarts only the level clock', () => {
    const rt = loadPromotionRuntime([seed('Ada', 'D2', 2)]);
    record(rt, requestFor(rt, 2, 'Ada', { type: 'review', review: 'level', justification: '' }));
    expect(teamInputs(rt, 2).slice(5)).toEqual([day('2023-03-01'), day('2024-03-01'), day('2025-01-15')]);
    expect(logRows(rt)[0]?.[6]).toBe('level review');
  });

  test('the recorded move is what the next card shows, with a new version', () => {
    const { rt, request } = adaToStep2();
    record(rt, request);
    const card = rt.run('promotionsEngineer', { row: 2, name: 'Ada' }) as EngineerCard;
    expect([card.step, card.lastStepReview, card.nextStepReview.date]).toEqual([
      2,
      '2025-01-15',
      '2025-07-15',
    ]);
    expect(card.version).not.toBe(request.version);
  });

  test('the same request sent twice is recorded once', () => {
    const rt = loadPromotionRuntime([seed('Ada', 'D2', 1)]);
    const request = requestFor(rt, 2, 'Ada', { type: 'review', review: 'step', justification: '' });
    expect(record(rt, request).outcome).toBe('recorded');
    expect(record(rt, request)).toEqual({
      outcome: 'already-recorded',
      message: 'This move was already recorded; nothing was added.',
    });
    expect(logRows(rt)).toHaveLength(1);
  });

  test('a review dated the day of the last one leaves the row as it was, and sent twice is still recorded once', () => {
    const rt = loadPromotionRuntime([seed('Ada', 'D2', 1, { lastStepReview: '2025-01-15' })]);
    const request = requestFor(rt, 2, 'Ada', { type: 'review', review: 'step', justification: '' });
    const before = teamInputs(rt, 2);
    expect(record(rt, request).outcome).toBe('recorded');
    expect(teamInputs(rt, 2)).toEqual(before);
    expect(record(rt, request).outcome).toBe('already-recorded');
    expect(logRows(rt)).toHaveLength(1);
  });

  test('a request sent again after its row was typed back as it was is still recorded once', () => {
    const { rt, request } = adaToStep2();
    const before = teamInputs(rt, 2);
    expect(record(rt, request).outcome).toBe('recorded');
    rt.userEdit('Team!C2', '1');
    rt.userEdit('Team!G2', '2024-03-01');
    expect(teamInputs(rt, 2)).toEqual(before);
    expect(record(rt, request).outcome).toBe('already-recorded');
    expect(logRows(rt)).toHaveLength(1);
  });

  test('a row edited after the sidebar loaded it is refused with a reload message', () => {
    const { rt, request } = adaToStep2();
    rt.userEdit('Team!G2', '2024-12-01');
    expect(record(rt, request)).toEqual({
      outcome: 'row-changed',
      message:
        "Ada's row changed since the sidebar loaded it. Nothing was recorded: reload to see the current values.",
    });
    expect([teamInputs(rt, 2)[2], logRows(rt)]).toEqual([1, []]);
  });

  test('a row that now holds someone else is refused', () => {
    const { rt, request } = adaToStep2();
    rt.userEdit('Team!A2', 'Bo');
    expect(record(rt, request)).toMatchObject({
      outcome: 'row-changed',
      message:
        'Team row 2 now holds Bo, not Ada: the team changed since the sidebar loaded it. Nothing was recorded: reload the list.',
    });
  });

  test('the computed columns and notes beside the row are never written', () => {
    const rt = loadPromotionRuntime([seed('Ada', 'D2', 3)]);
    rt.userEdit('Team!I2', '=1+1');
    record(
      rt,
      requestFor(rt, 2, 'Ada', { type: 'promote', to: { position: 'D3', step: 1 }, justification: '' }),
    );
    expect(rt.workbook.formula('Team!I2')).toBe('=1+1');
    expect(rt.workbook.value('Team!N2')).toBe('keep me');
  });
});

describe('text that looks like a formula or a number', () => {
  const HOSTILE = ['=HYPERLINK("http://evil.example","x")', '+1', '-2', '@cmd', '1e3', '2025-01-01'];

  test.each(HOSTILE)('a name, manager and justification %p are stored and read back as that text', (text) => {
    const justification = `${text} ${JUSTIFICATION}`;
    const rt = loadPromotionRuntime([seed(text, 'D2', 1, { manager: text })]);
    const request = requestFor(rt, 2, text, {
      type: 'promote',
      to: { position: 'D2', step: 3 },
      justification,
    });
    expect(record(rt, request).outcome).toBe('recorded');
    const [log] = logRows(rt);
    expect([log?.[1], log?.[8]]).toEqual([text, justification]);
    expect(teamInputs(rt, 2).filter((_, i) => i === 0 || i === 4)).toEqual([text, text]);
    const cells = [
      'Team!A2',
      'Team!E2',
      `'${SHEET_NAMES.promotionLog}'!B2`,
      `'${SHEET_NAMES.promotionLog}'!I2`,
    ];
    expect(cells.map((a1) => rt.workbook.formula(a1))).toEqual(['', '', '', '']);
  });
});

describe('in a spreadsheet far from UTC', () => {
  test.each(['Pacific/Kiritimati', 'Pacific/Pago_Pago'])(
    'in %s the effective date and the kept dates stay on their calendar days',
    (spreadsheetTimeZone) => {
      const rt = loadPromotionRuntime([seed('Ada', 'D2', 3)], [], { spreadsheetTimeZone });
      const request = requestFor(
        rt,
        2,
        'Ada',
        { type: 'review', review: 'step', justification: '' },
        { effectiveDate: '2025-01-10' },
      );
      expect(record(rt, request).outcome).toBe('recorded');
      expect(['F2', 'G2', 'H2'].map((cell) => rt.workbook.displayValue(`Team!${cell}`))).toEqual([
        '3/1/2023',
        '1/10/2025',
        '3/1/2023',
      ]);
      expect(rt.workbook.displayValue(`'${SHEET_NAMES.promotionLog}'!H2`)).toBe('1/10/2025');
      const card = rt.run('promotionsEngineer', { row: 2, name: 'Ada' }) as EngineerCard;
      expect([card.inPositionSince, card.lastStepReview]).toEqual(['2023-03-01', '2025-01-10']);
    },
  );
});
