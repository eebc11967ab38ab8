import { loadScriptRuntime, runScript } from '../../support/runtime';
import type { Runtime } from '../../support/runtime';

const sh = 'const ss = SpreadsheetApp.getActiveSpreadsheet(); const sh = ss.getActiveSheet();';
const users = { activeUser: 'runner@example.com', effectiveUser: 'owner@example.com' };

describe('protections (contract 6.7)', () => {
  test('sheet.protect() returns the existing sheet protection, so a second call adds nothing', () => {
    const rt = loadScriptRuntime();
    expect(
      runScript(
        rt,
        `${sh} sh.protect().setDescription('locked'); const again = sh.protect();
         return [again.getDescription(), ss.getProtections(SpreadsheetApp.ProtectionType.SHEET).length];`,
      ),
    ).toEqual(['locked', 1]);
  });

  test('a new protection is not warning-only and the owner can edit it', () => {
    const rt = loadScriptRuntime();
    expect(runScript(rt, `${sh} const p = sh.protect(); return [p.isWarningOnly(), p.canEdit()];`)).toEqual([
      false,
      true,
    ]);
  });

  test('getEditors returns Users, and removeEditors(getEditors()) keeps only the owner and the current user', () => {
    const rt = loadScriptRuntime(users);
    expect(
      runScript(
        rt,
        `${sh} const p = sh.protect(); p.addEditors(['a@example.com', 'b@example.com']); p.addEditor(Session.getActiveUser());
         const before = p.getEditors().map((u) => u.getEmail()); p.removeEditors(p.getEditors());
         return [before, p.getEditors().map((u) => u.getEmail())];`,
      ),
    ).toEqual([
      ['owner@example.com', 'runner@example.com', 'a@example.com', 'b@example.com'],
      ['owner@example.com', 'runner@example.com'],
    ]);
  });

  test('removeEditor takes an email address or a User; the owner cannot be removed', () => {
    const rt = loadScriptRuntime(users);
    runScript(
      rt,
      `${sh} const p = sh.protect(); p.addEditor('a@example.com').addEditor('b@example.com');
       p.removeEditor('a@example.com').removeEditor(ss.getOwner());`,
    );
    expect(rt.workbook.protections()[0]?.editors).toEqual(['runner@example.com', 'b@example.com']);
  });

  test('getProtections lists sheet and range protections by type', () => {
    const rt = loadScriptRuntime();
    expect(
      runScript(
        rt,
        `${sh} sh.protect(); sh.getRange('A1:B2').protect().setDescription('header');
         const T = SpreadsheetApp.ProtectionType;
         return [ss.getProtections(T.SHEET).length, sh.getProtections(T.RANGE).map((p) => p.getRange().getA1Notation())];`,
      ),
    ).toEqual([1, ['A1:B2']]);
  });

  test('a new protection starts with the owner and the current user as editors (inferred from "mirrors the file")', () => {
    const rt = loadScriptRuntime(users);
    expect(runScript(rt, `${sh} return sh.protect().getEditors().map((u) => u.getEmail());`)).toEqual([
      'owner@example.com',
      'runner@example.com',
    ]);
  });

  test('the add-on protect idiom leaves only the owner and the person running set-up as editors', () => {
    const rt = loadScriptRuntime(users);
    expect(
      runScript(
        rt,
        `${sh} const p = sh.protect(); p.addEditor('colleague@example.com');
         p.removeEditors(p.getEditors()); if (p.canDomainEdit()) p.setDomainEdit(false);
         return p.getEditors().map((u) => u.getEmail());`,
      ),
    ).toEqual(['owner@example.com', 'runner@example.com']);
    expect(rt.workbook.protections()[0]?.domainEdit).toBe(false);
  });
});

/** [observed] Apps Script's error for a write by a non-editor (issue threads quoted in src/server/promotions). */
const PROTECTED =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

/** The owner protects Sheet1 the way the add-on does (only the owner stays an editor), then `other` takes over. */
function lockedSheet(extra = ''): Runtime {
  const rt = loadScriptRuntime({ activeUser: 'owner@example.com' });
  runScript(
    rt,
    `${sh} sh.getRange('A1').setValue('kept'); const p = sh.protect(); p.removeEditors(p.getEditors()); p.setDomainEdit(false); ${extra}`,
  );
  rt.setActiveUser('other@example.com');
  return rt;
}

function errorOf(fn: () => unknown): { name: string; message: string } | null {
  try {
    fn();
    return null;
  } catch (e) {
    return { name: (e as Error).name, message: (e as Error).message };
  }
}

describe('protections are enforced (contract 6.7)', () => {
  test.each([
    ['setValue', `sh.getRange('A1').setValue(1)`],
    ['setValues', `sh.getRange('A1:B1').setValues([[1, 2]])`],
    ['setFormula', `sh.getRange('B2').setFormula('=1+1')`],
    ['setFormulas', `sh.getRange('B2').setFormulas([['=1+1']])`],
    ['appendRow', `sh.appendRow(['x'])`],
    ['clearContent', `sh.getRange('A1').clearContent()`],
    ['clear', `sh.getRange('A1').clear()`],
    ['setNumberFormat', `sh.getRange('A1').setNumberFormat('0.00')`],
    ['setBackground', `sh.getRange('A1').setBackground('#ff0000')`],
    ['setDataValidation', `sh.getRange('A1').setDataValidation(null)`],
    ['Sheet.clear', `sh.clear()`],
    ['setFrozenRows (inferred: the sheet itself is protected)', `sh.setFrozenRows(1)`],
    ['setConditionalFormatRules (inferred)', `sh.setConditionalFormatRules([])`],
  ])(
    'a non-editor writing a protected sheet through %s gets Apps Script\u2019s protected-cell Exception',
    (_name, write) => {
      const rt = lockedSheet();
      expect(errorOf(() => runScript(rt, `${sh} ${write};`))).toEqual({
        name: 'Exception',
        message: PROTECTED,
      });
      expect(rt.workbook.value('Sheet1!A1')).toBe('kept');
    },
  );

  test('the owner can always edit a protected sheet', () => {
    const rt = lockedSheet();
    rt.setActiveUser('owner@example.com');
    runScript(rt, `${sh} sh.getRange('A1').setValue('owner wrote'); sh.appendRow(['row 2']);`);
    expect(rt.workbook.values('Sheet1!A1:A2')).toEqual([['owner wrote'], ['row 2']]);
  });

  test('canEdit() reflects the user running the script: owner and listed editors yes, others no', () => {
    const rt = lockedSheet(`p.addEditor('editor@example.com');`);
    const canEdit = `${sh} return sh.getProtections(SpreadsheetApp.ProtectionType.SHEET)[0].canEdit();`;
    expect(runScript(rt, canEdit)).toBe(false);
    rt.setActiveUser('editor@example.com');
    expect(runScript(rt, canEdit)).toBe(true);
    runScript(rt, `${sh} sh.getRange('A1').setValue('editor wrote');`);
    rt.setActiveUser('owner@example.com');
    expect(runScript(rt, canEdit)).toBe(true);
    expect(rt.workbook.value('Sheet1!A1')).toBe('editor wrote');
  });

  test('a warning-only protection never blocks a script', () => {
    const rt = lockedSheet(`p.setWarningOnly(true);`);
    runScript(rt, `${sh} sh.getRange('A1').setValue('written');`);
    expect(rt.workbook.value('Sheet1!A1')).toBe('written');
  });

  test('until its editors or domain setting change, a protection mirrors the file, so it blocks no one', () => {
    const rt = loadScriptRuntime({ activeUser: 'owner@example.com' });
    runScript(rt, `${sh} sh.protect().setDescription('just created');`);
    rt.setActiveUser('other@example.com');
    expect(
      runScript(
        rt,
        `${sh} sh.getRange('A1').setValue(1); return sh.getProtections(SpreadsheetApp.ProtectionType.SHEET)[0].canEdit();`,
      ),
    ).toBe(true);
  });

  test('a range protection blocks only writes touching its cells', () => {
    const rt = loadScriptRuntime({ activeUser: 'owner@example.com' });
    runScript(
      rt,
      `${sh} const p = sh.getRange('B2:C3').protect(); p.removeEditors(p.getEditors()); p.setDomainEdit(false);`,
    );
    rt.setActiveUser('other@example.com');
    runScript(rt, `${sh} sh.getRange('A1:A4').setValue('ok'); sh.getRange('D2').setValue('ok');`);
    expect(rt.workbook.value('Sheet1!D2')).toBe('ok');
    expect(errorOf(() => runScript(rt, `${sh} sh.getRange('A3:B3').setValues([[1, 2]]);`))?.message).toBe(
      PROTECTED,
    );
    expect(rt.workbook.value('Sheet1!A3')).toBe('ok');
  });

  test('the unprotected ranges of a sheet protection stay writable', () => {
    const rt = lockedSheet(`p.setUnprotectedRanges([sh.getRange('B2:B5')]);`);
    runScript(rt, `${sh} sh.getRange('B3').setValue('free');`);
    expect(rt.workbook.value('Sheet1!B3')).toBe('free');
    expect(errorOf(() => runScript(rt, `${sh} sh.getRange('B5:B6').setValue('x');`))?.message).toBe(
      PROTECTED,
    );
  });

  test('Range.canEdit() says whether every cell of the range is writable: unprotected ranges and the owner', () => {
    const rt = lockedSheet(`p.setUnprotectedRanges([sh.getRange('B2:B5')]);`);
    const canEdit = (a1: string) => runScript(rt, `${sh} return sh.getRange('${a1}').canEdit();`);
    expect([canEdit('B2:B5'), canEdit('B5:B6'), canEdit('A1')]).toEqual([true, false, false]);
    rt.setActiveUser('owner@example.com');
    expect(canEdit('A1:C9')).toBe(true);
  });

  test('Range.canEdit() counts a warning-only protection (unconfirmed: the less convenient answer), though writes go through', () => {
    const rt = lockedSheet(`p.setWarningOnly(true);`);
    expect(runScript(rt, `${sh} return sh.getRange('A1').canEdit();`)).toBe(false);
    runScript(rt, `${sh} sh.getRange('A1').setValue('written');`);
    expect(rt.workbook.value('Sheet1!A1')).toBe('written');
  });

  test('with domain edit on, people of the owner\u2019s domain can edit (inferred)', () => {
    const rt = loadScriptRuntime({ activeUser: 'owner@example.com' });
    runScript(rt, `${sh} const p = sh.protect(); p.removeEditors(p.getEditors()); p.setDomainEdit(true);`);
    rt.setActiveUser('colleague@example.com');
    runScript(rt, `${sh} sh.getRange('A1').setValue('same domain');`);
    rt.setActiveUser('outsider@elsewhere.org');
    expect(errorOf(() => runScript(rt, `${sh} sh.getRange('A1').setValue('x');`))?.message).toBe(PROTECTED);
  });

  test('getEditors() throws for a user who cannot edit the protection (doc; message inferred)', () => {
    const rt = lockedSheet();
    expect(errorOf(() => runScript(rt, `${sh} return sh.protect().getEditors();`))?.message).toBe(PROTECTED);
  });

  test('a script running as the owner (effective user) may write where the active user could not', () => {
    const rt = loadScriptRuntime({ activeUser: 'owner@example.com' });
    runScript(rt, `${sh} const p = sh.protect(); p.removeEditors(p.getEditors()); p.setDomainEdit(false);`);
    rt.setActiveUser('other@example.com', { effectiveUser: 'owner@example.com' });
    runScript(rt, `${sh} sh.getRange('A1').setValue('as owner');`);
    expect(rt.workbook.value('Sheet1!A1')).toBe('as owner');
  });

  test('loadRuntime({ activeUser, owner }) runs as a non-owner from the start; the owner survives save/load', () => {
    const rt = loadScriptRuntime({ activeUser: 'other@example.com', owner: 'owner@example.com' });
    expect(rt.owner).toBe('owner@example.com');
    expect(runScript(rt, `return SpreadsheetApp.getActiveSpreadsheet().getOwner().getEmail();`)).toBe(
      'owner@example.com',
    );
    const again = loadScriptRuntime({ activeUser: 'x@example.com', state: rt.save() });
    expect(again.owner).toBe('owner@example.com');
  });

  test('userEdit on a protected cell by a non-editor is refused with the protected-cell message, changing nothing', () => {
    const rt = lockedSheet();
    expect(rt.userEdit('Sheet1!A1', 'typed')).toEqual({ ok: false, message: PROTECTED });
    expect(rt.workbook.value('Sheet1!A1')).toBe('kept');
    rt.setActiveUser('owner@example.com');
    expect(rt.userEdit('Sheet1!A1', 'typed')).toEqual({ ok: true, flagged: false });
  });
});
