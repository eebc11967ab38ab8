import { stepsOutOfOrder } from '../../domain/bands';
import { describeCodes, findPosition, type Ladder } from '../../domain/ladder';
import type { BandRow } from '../../tables/bands';
import { HEADER_ROW, SHEET_NAMES } from '../../tables/layout';
import type { Problem, TableRead } from '../../tables/reader';
import { problemAt } from './problems';

const money = (amount: number) => Math.round(amount).toLocaleString('en-US');

/**
 * Salary Bands against the Ladder: each row's position is on it, every step of the position has an
 * amount and each step pays more than the one before, and every position has a row (`listed`: the
 * codes in its Position column, read or not).
 */
export function bandFindings(
  bands: TableRead<BandRow>,
  listed: ReadonlySet<string>,
  ladder: Ladder,
): Problem[] {
  const findings: Problem[] = [];
  const at = (row: number, key: string, message: string) =>
    findings.push(problemAt(SHEET_NAMES.salaryBands, row, bands.columns[key] ?? 1, message));
  for (const { row, value: band } of bands.rows) {
    const position = findPosition(ladder, band.code);
    if (!position) {
      at(row, 'position', `position ${band.code} is not on the Ladder (${describeCodes(ladder)})`);
      continue;
    }
    const amounts = Array.from({ length: position.steps }, (_, i) => band.amounts[i]);
    amounts.forEach((amount, index) => {
      if (amount === undefined) at(row, `step${index + 1}`, `${band.code} step ${index + 1} has no amount`);
    });
    for (const step of stepsOutOfOrder(amounts)) {
      const previous = amounts
        .slice(0, step - 1)
        .filter((n) => n !== undefined)
        .pop() as number;
      at(
        row,
        `step${step}`,
        `${band.code} step ${step} (${money(amounts[step - 1] as number)}) is not above the step before (${money(previous)})`,
      );
    }
  }
  for (const position of ladder.positions) {
    if (!listed.has(position.code)) {
      at(HEADER_ROW, 'position', `${position.code} has no row; add one with its step amounts`);
    }
  }
  return findings;
}
