import { loadScriptRuntime, runScript } from '../../support/runtime';

const PAGE =
  '<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=1000"><title>x</title></head><body>hi</body></html>';

describe('HtmlOutput meta tags (HtmlOutput#addMetaTag, #getMetaTags)', () => {
  test('a meta tag written in the content is ignored; one added with addMetaTag is served in the head', () => {
    const rt = loadScriptRuntime();
    const content = runScript(
      rt,
      `const out = HtmlService.createHtmlOutput(${JSON.stringify(PAGE)}).addMetaTag('viewport', 'width=device-width, initial-scale=1');
       SpreadsheetApp.getUi().showSidebar(out);
       return [out.getContent(), out.getMetaTags().map((t) => [t.getName(), t.getContent()])];`,
    );
    expect(content).toEqual([PAGE, [['viewport', 'width=device-width, initial-scale=1']]]);
    expect(rt.ui.sidebars[0]?.html).toBe(
      '<!doctype html><html><head><meta name="viewport" content="width=device-width, initial-scale=1"><meta charset="utf-8"><title>x</title></head><body>hi</body></html>',
    );
    expect(rt.ui.sidebars[0]?.metaTags).toEqual([
      { name: 'viewport', content: 'width=device-width, initial-scale=1' },
    ]);
  });

  test('only the documented names are permitted', () => {
    const rt = loadScriptRuntime();
    expect(() =>
      runScript(rt, `HtmlService.createHtmlOutput('x').addMetaTag('description', 'Career Ladder');`),
    ).toThrow(/Invalid argument: name/);
    expect(
      runScript(
        rt,
        `return HtmlService.createHtmlOutput('x').addMetaTag('mobile-web-app-capable', 'yes').getMetaTags().length;`,
      ),
    ).toBe(1);
  });

  test('a dialog without a head gets the tags first', () => {
    const rt = loadScriptRuntime();
    runScript(
      rt,
      `SpreadsheetApp.getUi().showModalDialog(HtmlService.createHtmlOutput('<p>hi</p>').addMetaTag('viewport', 'width=400'), 'T');`,
    );
    expect(rt.ui.dialogs[0]?.html).toBe('<meta name="viewport" content="width=400"><p>hi</p>');
  });
});
