import { rowVersion } from '../../src/server/promotions/rowVersion';

describe('row versions', () => {
  const row = ['Ada', 'D2', 2, true, 'Mia', new Date('2024-03-01T00:00:00Z'), '', ''];

  test('the same values give the same 16-hex-digit version', () => {
    expect(rowVersion(row)).toMatch(/^[0-9a-f]{16}$/);
    expect(rowVersion([...row])).toBe(rowVersion(row));
  });

  test('any changed cell gives another version', () => {
    const variants = [
      ['Adam', ...row.slice(1)],
      [...row.slice(0, 2), 3, ...row.slice(3)],
      [...row.slice(0, 5), new Date('2024-03-02T00:00:00Z'), ...row.slice(6)],
      [...row.slice(0, 7), new Date('2024-03-01T00:00:00Z')],
    ];
    const versions = new Set([row, ...variants].map(rowVersion));
    expect(versions.size).toBe(variants.length + 1);
  });

  test('a number and the same digits as text are different values', () => {
    expect(rowVersion(['Ada', 'D2', 2])).not.toBe(rowVersion(['Ada', 'D2', '2']));
    expect(rowVersion([true])).not.toBe(rowVersion(['true']));
  });
});

describe('row versions without BigInt', () => {
  test('20,000 rows that differ in one cell get 20,000 versions', () => {
    const versions = new Set<string>();
    for (let i = 0; i < 20_000; i += 1) versions.add(rowVersion(['Ada', 'D2', i % 3, `note ${i}`]));
    expect(versions.size).toBe(20_000);
  });

  test('the rows of one character apart differ in both halves of the version', () => {
    const a = rowVersion(['Ada']);
    const b = rowVersion(['Adb']);
    expect(a.slice(0, 8)).not.toBe(b.slice(0, 8));
    expect(a.slice(8)).not.toBe(b.slice(8));
  });
});
