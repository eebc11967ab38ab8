import { loadScriptRuntime, runScript } from '../../support/runtime';

describe('properties, cache, session, utilities (contract 11)', () => {
  test('getProperty is null when missing and values are stored as strings', () => {
    const rt = loadScriptRuntime();
    expect(
      runScript(
        rt,
        `const p = PropertiesService.getDocumentProperties(); const a = p.getProperty('x'); p.setProperty('x', 42); return [a, p.getProperty('x'), p.getKeys()];`,
      ),
    ).toEqual([null, '42', ['x']]);
    expect(rt.properties.document).toEqual({ x: '42' });
  });

  test('the three stores are separate and setProperties can replace all others', () => {
    const rt = loadScriptRuntime();
    runScript(
      rt,
      `PropertiesService.getScriptProperties().setProperty('a', '1'); PropertiesService.getUserProperties().setProperties({ b: 2, c: 3 }); PropertiesService.getUserProperties().setProperties({ d: 4 }, true);`,
    );
    expect(rt.properties).toEqual({ script: { a: '1' }, user: { d: '4' }, document: {} });
  });

  test('a full store throws the quota message', () => {
    const rt = loadScriptRuntime();
    expect(() =>
      runScript(
        rt,
        `const p = PropertiesService.getScriptProperties(); const v = 'x'.repeat(9000); for (let i = 0; i < 60; i++) p.setProperty('k' + i, v);`,
      ),
    ).toThrow('You have exceeded the property storage quota. Please remove some properties and try again.');
  });

  test('cache entries expire on the virtual clock (default 600 s); oversized keys are refused', () => {
    const rt = loadScriptRuntime();
    runScript(rt, `CacheService.getScriptCache().put('k', 'v');`);
    expect(runScript(rt, `return CacheService.getScriptCache().get('k');`)).toBe('v');
    rt.clock.advance(600_000);
    expect(runScript(rt, `return CacheService.getScriptCache().get('k');`)).toBeNull();
    expect(() => runScript(rt, `CacheService.getScriptCache().put('k'.repeat(251), 'v');`)).toThrow(
      'Argument too large: key',
    );
  });

  test('Session gives the active user and a script time zone independent of the spreadsheet zone', () => {
    const rt = loadScriptRuntime({
      activeUser: 'lead@example.com',
      scriptTimeZone: 'America/New_York',
      spreadsheetTimeZone: 'Europe/Berlin',
    });
    expect(
      runScript(
        rt,
        `return [Session.getActiveUser().getEmail(), Session.getScriptTimeZone(), SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone()];`,
      ),
    ).toEqual(['lead@example.com', 'America/New_York', 'Europe/Berlin']);
  });

  test('Utilities.formatDate uses SimpleDateFormat letters (MM month, mm minute, EEE weekday) in the given zone', () => {
    const rt = loadScriptRuntime();
    expect(
      runScript(
        rt,
        `return Utilities.formatDate(new Date('2025-01-31T23:30:00Z'), 'Asia/Tokyo', "yyyy-MM-dd HH:mm EEE 'x'");`,
      ),
    ).toBe('2025-02-01 08:30 Sat x');
  });

  test('getUuid gives a UUID; sleep advances the virtual clock; new Date() reads it', () => {
    const rt = loadScriptRuntime({ now: new Date('2025-06-01T00:00:00Z') });
    const [uuid, t] = runScript(
      rt,
      `const u = Utilities.getUuid(); Utilities.sleep(1500); return [u, new Date().toISOString()];`,
    ) as [string, string];
    expect(uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(t).toBe('2025-06-01T00:00:01.500Z');
  });

  test('Logger.log and console.log lines are collected', () => {
    const rt = loadScriptRuntime();
    runScript(rt, `Logger.log('a %s', 1); console.log('b', { c: 2 });`);
    expect(rt.logs).toEqual(['a 1', 'b {"c":2}']);
  });
});
