import { DEFAULT_LADDER } from '../../src/domain/ladder';
import { InputError } from '../../src/functions/inputError';
import {
  readAmount,
  readAxis,
  readDate,
  readFluency,
  readKind,
  readPosition,
  readStep,
} from '../../src/functions/inputs';
import { cellDate } from '../support/appsScriptGlobals';

function problem(read: () => unknown): string {
  try {
    read();
  } catch (error) {
    if (error instanceof InputError) return error.message;
    throw error;
  }
  throw new Error('the value was accepted');
}

const CODES_OR_LEVELS = 'D1–D7, EM4–EM7, or a level number 1–7';

describe('reading a position', () => {
  test.each([
    ['D3', 'D3'],
    [' em4 ', 'EM4'],
    [4, 'D4'],
    [' 7 ', 'D7'],
  ])('%j reads as %s where a level number is allowed', (value, code) => {
    expect(readPosition(value, DEFAULT_LADDER, { allowLevel: true }).code).toBe(code);
  });

  test.each([
    ['X9', `position "X9" is not on the ladder (${CODES_OR_LEVELS})`],
    ['EM3', `position "EM3" is not on the ladder (${CODES_OR_LEVELS})`],
    ['D8', `position "D8" is not on the ladder (${CODES_OR_LEVELS})`],
    [0, `position 0 is not on the ladder (${CODES_OR_LEVELS})`],
    [8, `position 8 is not on the ladder (${CODES_OR_LEVELS})`],
    [2.5, `position 2.5 is not on the ladder (${CODES_OR_LEVELS})`],
    [true, `position TRUE is not on the ladder (${CODES_OR_LEVELS})`],
    [new Date(0), `position a date is not on the ladder (${CODES_OR_LEVELS})`],
  ])('%j is refused with the accepted codes and levels', (value, message) => {
    expect(problem(() => readPosition(value, DEFAULT_LADDER, { allowLevel: true }))).toBe(message);
  });

  test('a level number is refused where only a code will do', () => {
    expect(problem(() => readPosition(4, DEFAULT_LADDER, { allowLevel: false }))).toBe(
      'position 4 is not on the ladder (D1–D7, EM4–EM7)',
    );
  });

  test('long text is shortened in the message', () => {
    expect(problem(() => readPosition('x'.repeat(60), DEFAULT_LADDER, { allowLevel: false }))).toBe(
      `position "${'x'.repeat(40)}…" is not on the ladder (D1–D7, EM4–EM7)`,
    );
  });
});

describe('reading a date', () => {
  test('a date cell reads as its calendar date in the spreadsheet zone', () => {
    expect(
      readDate('last_review', cellDate('Pacific/Kiritimati', '2025-03-01'), 'Pacific/Kiritimati'),
    ).toEqual({
      year: 2025,
      month: 3,
      day: 1,
    });
  });

  test('ISO text reads as that date', () => {
    expect(readDate('last_review', '2024-02-29', 'Etc/UTC')).toEqual({ year: 2024, month: 2, day: 29 });
  });

  test.each([
    ['soon', 'last_review "soon" is not a date (enter a date, e.g. 2025-03-31)'],
    ['2025-02-30', 'last_review "2025-02-30" is not a date (enter a date, e.g. 2025-03-31)'],
    [45_658, 'last_review 45658 is not a date (enter a date, e.g. 2025-03-31)'],
    [new Date(Number.NaN), 'last_review is an invalid date'],
  ])('%j is refused', (value, message) => {
    expect(problem(() => readDate('last_review', value, 'Etc/UTC'))).toBe(message);
  });
});

describe('reading a review kind', () => {
  test.each([
    [undefined, 'step'],
    ['', 'step'],
    [null, 'step'],
    ['Step', 'step'],
    [' LEVEL ', 'level'],
  ])('%j reads as %s', (value, kind) => {
    expect(readKind(value)).toBe(kind);
  });

  test.each([['promotion'], [1]])('%j is refused', (value) => {
    expect(problem(() => readKind(value))).toBe(
      `kind ${typeof value === 'string' ? `"${value}"` : value} is not a review kind (accepted: "step" or "level")`,
    );
  });
});

describe('reading axes, fluencies, steps and amounts', () => {
  test('an axis is named ignoring case', () => {
    expect(readAxis(' people')).toBe('People');
    expect(problem(() => readAxis('Culture'))).toBe(
      'axis "Culture" is not an axis (accepted: Technology, System, People, Process, Influence)',
    );
  });

  test('a fluency is a name of its axis or a level 1–5', () => {
    expect(readFluency('System', 'owns')).toBe(3);
    expect(readFluency('System', 5)).toBe(5);
    expect(problem(() => readFluency('System', 'Masters'))).toBe(
      'System fluency "Masters" is unknown (accepted: Enhances, Designs, Owns, Evolves, Leads, or 1–5)',
    );
  });

  test('a step is a whole number within the position’s steps', () => {
    const d3 = DEFAULT_LADDER.positions[2]!;
    expect(readStep(2, d3)).toBe(2);
    expect(readStep(' 3 ', d3)).toBe(3);
    expect(problem(() => readStep(4, d3))).toBe('step 4 is not a step of D3 (accepted: a whole number 1–3)');
    expect(problem(() => readStep(1.5, d3))).toBe(
      'step 1.5 is not a step of D3 (accepted: a whole number 1–3)',
    );
  });

  test('an amount is a number above zero', () => {
    expect(readAmount('salary', 52_000)).toBe(52_000);
    expect(problem(() => readAmount('salary', 0))).toBe(
      'salary 0 is not an amount (accepted: a number above 0)',
    );
    expect(problem(() => readAmount('salary', '52000'))).toBe(
      'salary "52000" is not an amount (accepted: a number above 0)',
    );
  });
});
