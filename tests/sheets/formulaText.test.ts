import { normalizedFormulaText } from '../../dev/runtime/platform';
import { DEFAULT_LADDER } from '../../src/domain/ladder';
import { fluencyChartSheetSpec } from '../../src/sheets/fluencyChartSheet';
import { fluencySheetSpec } from '../../src/sheets/fluencySheet';
import { comparableFormula, sameFormula } from '../../src/sheets/formulaText';
import { ladderSheetSpec } from '../../src/sheets/ladderSheet';
import { promotionLogSheetSpec } from '../../src/sheets/promotionLogSheet';
import { reviewCalendarSheetSpec } from '../../src/sheets/reviewCalendarSheet';
import { salaryBandsSheetSpec } from '../../src/sheets/salaryBandsSheet';
import { teamSheetSpec } from '../../src/sheets/teamSheet';

describe('recognising a formula however Sheets hands its text back (contracts 14.4)', () => {
  test('case and spaces outside string literals do not matter', () => {
    expect(
      sameFormula(
        '=NEXT_REVIEW(B2:B,G2:G,"step",LadderTable)',
        '=next_review( b2:b, g2:G ,"step", laddertable )',
      ),
    ).toBe(true);
    expect(sameFormula('=AND(ISNUMBER(I2),I2<TODAY())', '=AND(ISNUMBER(I2), I2 < TODAY())')).toBe(true);
  });

  test('string literals are compared exactly, quotes doubled inside them included', () => {
    expect(sameFormula('=IF(A2="","",A2)', '=IF(A2=" ","",A2)')).toBe(false);
    expect(sameFormula('="Step"', '="step"')).toBe(false);
    expect(comparableFormula('=A1&" a ""b"" "&b1')).toBe('=A1&" a ""b"" "&B1');
  });

  test('quotes around a sheet name that needs none do not matter; a name that needs them keeps them', () => {
    expect(sameFormula("='Team'!A2:A", '=team!a2:a')).toBe(true);
    expect(comparableFormula("='Salary Bands'!A2 + 'it''s'!B1")).toBe("='SALARY BANDS'!A2+'IT''S'!B1");
    expect(sameFormula("='Salary Bands'!A2", "='SalaryBands'!A2")).toBe(false);
  });

  test('a different formula stays different', () => {
    expect(sameFormula('=LEN(H2)>0', '=LEN(H2)>1')).toBe(false);
    expect(sameFormula('=SUM(A1:A2)', '=SUM(A1:A3)')).toBe(false);
  });

  test('every formula and custom-formula rule set-up writes is recognised in normalized read-back', () => {
    const specs = [
      ladderSheetSpec(DEFAULT_LADDER),
      teamSheetSpec(),
      fluencySheetSpec(),
      fluencyChartSheetSpec(1000),
      salaryBandsSheetSpec(DEFAULT_LADDER),
      reviewCalendarSheetSpec(1000),
      promotionLogSheetSpec(),
    ];
    const formulas = specs.flatMap((spec) => [
      ...[...spec.headers, ...spec.owned, ...spec.seeds].flatMap((block) =>
        block.cells.flat().filter((cell): cell is string => typeof cell === 'string' && cell.startsWith('=')),
      ),
      ...spec.conditionalFormats.flatMap((rule) => (rule.kind === 'formula' ? [rule.formula] : [])),
      ...spec.columns.flatMap((column) =>
        column.validation?.kind === 'formula' ? [column.validation.formula] : [],
      ),
    ]);
    expect(formulas.length).toBeGreaterThan(100);
    const unrecognised = formulas.filter((formula) => !sameFormula(normalizedFormulaText(formula), formula));
    expect(unrecognised).toEqual([]);
    expect(formulas.filter((formula) => normalizedFormulaText(formula) !== formula).length).toBeGreaterThan(
      100,
    );
  });
});
