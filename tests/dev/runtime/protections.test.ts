import { loadScriptRuntime, runScript } from '../../support/runtime';

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
