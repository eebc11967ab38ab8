import {
  blocksToWrite,
  boundingBox,
  columnRuns,
  joinOverBlanks,
  type BoxContent,
} from '../../src/sheets/sheetPlan';
import type { SheetSpec } from '../../src/sheets/spec';
import { mergeAdjacent } from '../../src/sheets/tableSpec';

const spec: SheetSpec = {
  name: 'T',
  columns: [{ numberFormat: '@' }, { numberFormat: '@' }, { numberFormat: '@' }],
  minRows: 10,
  frozenRows: 1,
  firstDataRow: 2,
  headers: [{ row: 1, column: 1, cells: [['A', 'B', 'C']], notes: [['a', 'b', 'c']] }],
  owned: [{ row: 2, column: 3, cells: [['=ROW()']] }],
  seeds: [{ row: 2, column: 1, cells: [['x', 1]] }],
  conditionalFormats: [],
  protect: false,
};

function content(values: unknown[][], formulas: string[][], notes: string[][]): BoxContent {
  return { box: { row: 1, column: 1, rows: 2, columns: 3 }, values, formulas, notes };
}

const intact = content(
  [
    ['A', 'B', 'C'],
    ['x', 1, 2],
  ],
  [
    ['', '', ''],
    ['', '', '=ROW()'],
  ],
  [
    ['a', 'b', 'c'],
    ['', '', ''],
  ],
);

describe('Blocks set-up writes', () => {
  test('everything on a new sheet', () => {
    expect(blocksToWrite(spec, undefined)).toEqual({
      headers: spec.headers,
      cells: [...spec.owned, ...spec.seeds],
    });
  });

  test('nothing when the sheet already matches', () => {
    expect(blocksToWrite(spec, intact)).toEqual({ headers: [], cells: [] });
  });

  test('a header whose text was changed or whose note was removed', () => {
    const renamed = content(
      [['A', 'Bee', 'C'], intact.values[1] as unknown[]],
      intact.formulas as string[][],
      intact.notes as string[][],
    );
    expect(blocksToWrite(spec, renamed).headers).toEqual(spec.headers);
    const noNote = content(intact.values as unknown[][], intact.formulas as string[][], [
      ['a', '', 'c'],
      ['', '', ''],
    ]);
    expect(blocksToWrite(spec, noNote).headers).toEqual(spec.headers);
  });

  test('an owned formula that was overwritten with a value', () => {
    const overwritten = content(
      intact.values as unknown[][],
      [
        ['', '', ''],
        ['', '', ''],
      ],
      intact.notes as string[][],
    );
    expect(blocksToWrite(spec, overwritten).cells).toEqual(spec.owned);
  });

  test('seeds only into a wholly blank block, never over a user’s value', () => {
    const partly = content(
      [
        ['A', 'B', 'C'],
        ['', 7, 2],
      ],
      intact.formulas as string[][],
      intact.notes as string[][],
    );
    expect(blocksToWrite(spec, partly).cells).toEqual([]);
    const blank = content(
      [
        ['A', 'B', 'C'],
        ['', '', 2],
      ],
      intact.formulas as string[][],
      intact.notes as string[][],
    );
    expect(blocksToWrite(spec, blank).cells).toEqual(spec.seeds);
  });
});

describe('Batching by column', () => {
  test('the bounding box covers every block', () => {
    expect(boundingBox([...spec.headers, ...spec.owned])).toEqual({ row: 1, column: 1, rows: 2, columns: 3 });
    expect(boundingBox([])).toBeUndefined();
  });

  test('equal neighbouring values form one run; gaps split runs', () => {
    expect(columnRuns([100, 100, undefined, 100, 50])).toEqual([
      { start: 1, count: 2, value: 100 },
      { start: 4, count: 1, value: 100 },
      { start: 5, count: 1, value: 50 },
    ]);
  });

  test('adjacent one-row blocks merge into one write', () => {
    expect(
      mergeAdjacent([
        { row: 2, column: 4, cells: [['=D']] },
        { row: 2, column: 3, cells: [['=C']] },
        { row: 2, column: 6, cells: [['=F']] },
      ]),
    ).toEqual([
      { row: 2, column: 3, cells: [['=C', '=D']] },
      { row: 2, column: 6, cells: [['=F']] },
    ]);
  });
});

describe('Joining writes over blank cells', () => {
  const box = { row: 1, column: 1, rows: 1, columns: 4 };
  const current = (values: unknown[]): BoxContent => ({
    box,
    values: [values],
    formulas: [values.map(() => '')],
    notes: [values.map(() => '')],
  });
  const blocks = [
    { row: 1, column: 4, cells: [['=D']] },
    { row: 1, column: 1, cells: [['=A']] },
  ];

  test('blocks on one row with only blank cells between them become one write', () => {
    expect(joinOverBlanks(blocks, current(['', '', '', '']))).toEqual([
      { row: 1, column: 1, cells: [['=A', '', '', '=D']] },
    ]);
  });

  test('a value between them keeps them apart', () => {
    expect(joinOverBlanks(blocks, current(['', 'kept', '', '']))).toEqual([blocks[1], blocks[0]]);
  });

  test('a block of several rows, then one starting left of its end on the next row, stay two writes', () => {
    const tall = { row: 1, column: 4, cells: [['Colours'], ['Red: overdue']] };
    const below = { row: 2, column: 1, cells: [['=A']] };
    const twoRows: BoxContent = {
      box: { row: 1, column: 1, rows: 2, columns: 4 },
      values: [Array(4).fill(''), Array(4).fill('')],
      formulas: [Array(4).fill(''), Array(4).fill('')],
      notes: [Array(4).fill(''), Array(4).fill('')],
    };
    expect(joinOverBlanks([below, tall], twoRows)).toEqual([tall, below]);
  });
});
