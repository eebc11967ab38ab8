import { problemsHtml } from '../../src/server/checkWorkbookMenu';
import { escapeHtml } from '../../src/server/dialog';
import { NO_PROBLEMS, problemRows } from '../../src/server/problemsSheet';
import { problemAt as problem } from '../../src/sheets/check/problems';

describe('The Problems sheet', () => {
  test('lists each problem with its address, every cell written as plain text', () => {
    expect(problemRows([problem('Salary Bands', 3, 8, '=not a formula')])).toEqual([
      ['Where', 'Problem'],
      ["''Salary Bands'!H3", "'=not a formula"],
    ]);
  });

  test('says when there is nothing to report', () => {
    expect(problemRows([])).toEqual([
      ['Where', 'Problem'],
      ['', `'${NO_PROBLEMS}`],
    ]);
  });
});

describe('The Check workbook dialog', () => {
  test('escapes what users typed', () => {
    const html = problemsHtml([problem('Team', 2, 1, 'Nobody <b>x</b> is not on the Team sheet')]);
    expect(html).toContain('1 problem found');
    expect(html).toContain('Team!A2: Nobody &lt;b&gt;x&lt;/b&gt; is not on the Team sheet');
  });

  test('shows the first hundred problems and points to the sheet for the rest', () => {
    const many = Array.from({ length: 130 }, (_, i) =>
      problem('Team', i + 2, 3, 'step 9 is beyond the 3 steps of D3'),
    );
    const html = problemsHtml(many);
    expect(html.match(/<li>/g)).toHaveLength(100);
    expect(html).toContain('…and 30 more on the Problems sheet.');
  });

  test('escapes every character that could open markup', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });
});
