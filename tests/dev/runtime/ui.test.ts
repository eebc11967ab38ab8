import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadScriptRuntime, runScript } from '../../support/runtime';

describe('UI, HtmlService and google.script.run (contract 10)', () => {
  test('onOpen builds the add-on menu and runMenuItem runs its handler', () => {
    const rt = loadScriptRuntime();
    rt.trigger('onOpen');
    expect(rt.ui.menus).toEqual([
      { caption: 'Career Ladder', items: [{ type: 'item', caption: 'Say hi', functionName: 'sayHi' }] },
    ]);
    expect(rt.runMenuItem('Career Ladder ▸ Say hi')).toBe('hi');
    expect(rt.ui.toasts).toEqual([{ message: 'hi', title: '', timeoutSeconds: 5 }]);
    expect(rt.calls.last?.kind).toBe('menu');
  });

  test('trigger events are made in the realm with authMode and the spreadsheet as source', () => {
    const rt = loadScriptRuntime();
    expect(runScript(rt, `return typeof ScriptApp.AuthMode.LIMITED;`)).toBe('string');
    expect(() => rt.runMenuItem('Nope')).toThrow(/no menu item "Nope"/);
  });

  test('sidebars and dialogs keep their HTML and title; templates evaluate scriptlets with assigned properties', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rt-html-'));
    fs.writeFileSync(
      path.join(dir, 'Sidebar.html'),
      '<h1><?= title ?></h1><? for (const n of names) { ?><li><?= n ?></li><? } ?>',
    );
    const rt = loadScriptRuntime({ htmlDir: dir });
    runScript(
      rt,
      `const t = HtmlService.createTemplateFromFile('Sidebar'); t.title = 'A & B'; t.names = ['x', 'y'];
       SpreadsheetApp.getUi().showSidebar(t.evaluate().setTitle('Promotions'));
       SpreadsheetApp.getUi().showModalDialog(HtmlService.createHtmlOutput('<p>hi</p>').setWidth(400).setHeight(200), 'Hello');`,
    );
    expect(rt.ui.sidebars).toEqual([
      {
        html: '<h1>A &amp; B</h1><li>x</li><li>y</li>',
        title: 'Promotions',
        width: 300,
        height: null,
        metaTags: [],
      },
    ]);
    expect(rt.ui.dialogs).toEqual([
      { html: '<p>hi</p>', title: 'Hello', width: 400, height: 200, modal: true, metaTags: [] },
    ]);
  });

  test('a missing HTML file is an error', () => {
    const rt = loadScriptRuntime({ htmlDir: os.tmpdir() });
    expect(() => runScript(rt, `HtmlService.createHtmlOutputFromFile('NoSuchFile');`)).toThrow(
      'No HTML file named NoSuchFile was found.',
    );
  });

  test('alerts return the scripted button (default the first of the set)', () => {
    const rt = loadScriptRuntime();
    rt.ui.answerNextAlerts('NO');
    const r = runScript(
      rt,
      `const ui = SpreadsheetApp.getUi(); return [ui.alert('Jump?', 'Really?', ui.ButtonSet.YES_NO) === ui.Button.NO, ui.alert('Done')];`,
    );
    expect(r).toEqual([true, 'OK']);
    expect(rt.ui.alerts.map((a) => [a.title, a.prompt, a.buttons, a.answer])).toEqual([
      ['Jump?', 'Really?', 'YES_NO', 'NO'],
      [null, 'Done', 'OK', 'OK'],
    ]);
  });

  test('run() follows google.script.run: a Date argument fails, a returned Date arrives as null, undefined in arrays as null', () => {
    const rt = loadScriptRuntime();
    expect(() => rt.run('script', 'return 1', [0, new Date()])).toThrow(
      'Failed due to illegal value in property: 1',
    );
    expect(rt.run('script', 'return new Date()')).toBeNull();
    expect(rt.run('script', 'return [1, undefined, { a: [new Map()] }]')).toEqual([1, null, { a: [{}] }]);
    expect(() => rt.run('script_')).toThrow(/not found/);
  });

  test('a script error reaches the caller with its name and message', () => {
    const rt = loadScriptRuntime();
    let err: Error | undefined;
    try {
      rt.run('script', `SpreadsheetApp.getActiveSheet().getRange(0, 1);`);
    } catch (e) {
      err = e as Error;
    }
    expect([err?.name, err?.message]).toEqual(['Exception', 'The starting row of the range is too small.']);
  });

  test('custom functions cannot open UI', () => {
    const rt = loadScriptRuntime();
    expect(rt.customFunctions).toContain('TZNAME');
    runScript(rt, `SpreadsheetApp.getActiveSheet().getRange('A1').setFormula('=ECHO(1)');`);
    expect(rt.workbook.value('Sheet1!A1')).toBe(1);
  });
});
