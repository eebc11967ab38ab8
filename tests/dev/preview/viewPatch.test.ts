/** An edit's answer carries only the cells that changed, unless the sheet changed shape. */
import type { CellView, SheetView } from '../../../dev/preview/protocol';
import { patchBetween } from '../../../dev/preview/viewPatch';

function view(version: number, cells: CellView[][], extra: Partial<SheetView> = {}): SheetView {
  return {
    name: 'Team',
    version,
    frozenRows: 1,
    frozenCols: 0,
    columns: (cells[0] ?? []).map((_c, index) => ({ index, width: 100 })),
    cells,
    charts: [],
    ...extra,
  };
}

const text = (t: string, more: Partial<CellView> = {}): CellView => ({ text: t, input: t, ...more });

describe('patches between two views of a sheet', () => {
  test('lists exactly the cells whose text, colour, list or flags changed, with both versions', () => {
    const before = view(4, [
      [text('Name'), text('Position', { dropdown: ['D1', 'D2'] })],
      [text('Ada'), text('D1', { background: '#fce8b2' })],
    ]);
    const after = view(5, [
      [text('Name'), text('Position', { dropdown: ['D1', 'D3'] })],
      [text('Ada'), text('D1')],
    ]);
    expect(patchBetween(before, after)).toEqual({
      name: 'Team',
      base: 4,
      version: 5,
      cells: [
        [0, 1, after.cells[0]?.[1]],
        [1, 1, after.cells[1]?.[1]],
      ],
    });
  });

  test('an unchanged sheet gives an empty patch', () => {
    const cells = [[text('a'), text('b')]];
    expect(patchBetween(view(1, cells), view(2, cells))?.cells).toEqual([]);
  });

  test('more rows, other columns, other frozen panes or charts mean the whole view is sent', () => {
    const cells = [[text('a'), text('b')]];
    const before = view(1, cells);
    expect(patchBetween(before, view(2, [...cells, [text(''), text('')]]))).toBeNull();
    expect(
      patchBetween(
        before,
        view(2, cells, {
          columns: [
            { index: 0, width: 100 },
            { index: 2, width: 100 },
          ],
        }),
      ),
    ).toBeNull();
    expect(patchBetween(before, view(2, cells, { frozenCols: 1 }))).toBeNull();
    expect(patchBetween(before, view(2, cells, { name: 'Fluency' }))).toBeNull();
  });
});
