import { DEFAULT_LADDER } from '../../src/domain/ladder';
import { fluencyChartSheetSpec } from '../../src/sheets/fluencyChartSheet';
import { fluencySheetSpec } from '../../src/sheets/fluencySheet';
import { ladderSheetSpec } from '../../src/sheets/ladderSheet';
import { promotionLogSheetSpec } from '../../src/sheets/promotionLogSheet';
import { reviewCalendarSheetSpec } from '../../src/sheets/reviewCalendarSheet';
import { salaryBandsSheetSpec } from '../../src/sheets/salaryBandsSheet';
import type { SheetSpec } from '../../src/sheets/spec';
import { teamSheetSpec } from '../../src/sheets/teamSheet';

const SPECS: SheetSpec[] = [
  ladderSheetSpec(DEFAULT_LADDER),
  teamSheetSpec(),
  fluencySheetSpec(),
  fluencyChartSheetSpec(1000),
  salaryBandsSheetSpec(DEFAULT_LADDER),
  reviewCalendarSheetSpec(1000),
  promotionLogSheetSpec(),
];

/** Functions Sheets has but the local engine lacks, or that cannot work here (see the issue). */
const UNAVAILABLE = [
  'QUERY',
  'LET',
  'LAMBDA',
  'BYROW',
  'BYCOL',
  'MAP',
  'REDUCE',
  'FLATTEN',
  'JOIN',
  'REGEXMATCH',
  'REGEXEXTRACT',
  'REGEXREPLACE',
  'INDIRECT',
  'SPARKLINE',
  'AVERAGEIFS',
  'ISDATE',
  'XMATCH',
  'LOOKUP',
  'TO_DATE',
  'RANK',
  'IMPORTRANGE',
];
const CUSTOM_FUNCTIONS = ['NEXT_REVIEW', 'REVIEW_CADENCE', 'REVIEW_SCHEDULE', 'BAND_SALARY', 'COMPA_RATIO'];

function cellFormulas(spec: SheetSpec): string[] {
  return [...spec.headers, ...spec.owned, ...spec.seeds].flatMap((block) =>
    block.cells.flat().filter((cell): cell is string => typeof cell === 'string' && cell.startsWith('=')),
  );
}

function ruleFormulas(spec: SheetSpec): string[] {
  const validations = [
    ...spec.columns.map((column) => column.validation),
    ...(spec.topValidations ?? []).map((entry) => entry.validation),
  ];
  return [
    ...spec.conditionalFormats.flatMap((rule) => (rule.kind === 'formula' ? [rule.formula] : [])),
    ...validations.flatMap((rule) => (rule?.kind === 'formula' ? [rule.formula] : [])),
  ];
}

const functionsIn = (formula: string) => [...formula.matchAll(/([A-Z][A-Z0-9_.]*)\(/g)].map((m) => m[1]);

describe.each(SPECS.map((spec) => [spec.name, spec] as const))('The %s sheet', (_, spec) => {
  test('uses no function the local engine lacks', () => {
    for (const formula of [...cellFormulas(spec), ...ruleFormulas(spec)]) {
      expect(functionsIn(formula).filter((fn) => UNAVAILABLE.includes(fn as string))).toEqual([]);
    }
  });

  test('keeps conditional formats and validation formulas on its own sheet, without custom functions', () => {
    for (const formula of ruleFormulas(spec)) {
      expect(formula).not.toContain('!');
      expect(functionsIn(formula).filter((fn) => CUSTOM_FUNCTIONS.includes(fn as string))).toEqual([]);
    }
  });

  test('passes TODAY() to no custom function', () => {
    for (const formula of cellFormulas(spec)) {
      if (CUSTOM_FUNCTIONS.some((fn) => formula.includes(`${fn}(`))) expect(formula).not.toContain('TODAY(');
    }
  });

  test('explains every header with a note', () => {
    for (const header of spec.headers) {
      header.cells.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (cell !== '' && (header.boldRows === undefined || header.boldRows.includes(r))) {
            expect(header.notes[r]?.[c]).not.toBe('');
          }
        }),
      );
    }
  });

  test('has a width, format or validation spec for every header column', () => {
    const widest = Math.max(...spec.headers.map((h) => h.column - 1 + (h.cells[0]?.length ?? 0)));
    expect(spec.columns.length).toBeGreaterThanOrEqual(widest);
  });
});

describe('The live formulas', () => {
  test('fill Team’s computed columns from one formula each in row 2, with the Ladder passed in', () => {
    const owned = teamSheetSpec().owned;
    expect(owned.every((block) => block.row === 2 && block.cells.length === 1)).toBe(true);
    expect(owned.flatMap((block) => block.cells[0])).toEqual([
      '=NEXT_REVIEW(B2:B,G2:G,"step",LadderTable)',
      '=NEXT_REVIEW(B2:B,H2:H,"level",LadderTable)',
      '=BAND_SALARY(B2:B,C2:C,BandTable,LadderTable)',
      '=COMPA_RATIO(M2:M,B2:B,BandTable,LadderTable)',
      '=ARRAYFORMULA(IF(B2:B="","",IFERROR(VLOOKUP(B2:B,LadderTable,9,0),"")))',
    ]);
  });

  test('give the Review Calendar room for two reviews per Team row', () => {
    expect(reviewCalendarSheetSpec(1500).minRows).toBe(3000);
  });

  test('seed one Salary Bands row per Ladder position', () => {
    const [matrix] = salaryBandsSheetSpec(DEFAULT_LADDER).seeds;
    expect(matrix?.cells.map((row) => row[0])).toEqual(DEFAULT_LADDER.positions.map((p) => p.code));
  });
});
