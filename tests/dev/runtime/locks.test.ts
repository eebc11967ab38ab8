import { loadScriptRuntime, runScript } from '../../support/runtime';

describe('LockService (contract 9)', () => {
  test('nothing is held until tryLock/waitLock; hasLock follows acquire and release', () => {
    const rt = loadScriptRuntime();
    expect(
      runScript(
        rt,
        `const l = LockService.getDocumentLock(); const a = l.hasLock(); l.waitLock(1000); const b = l.hasLock(); l.releaseLock(); l.releaseLock(); return [a, b, l.hasLock()];`,
      ),
    ).toEqual([false, true, false]);
  });

  test('a second execution waits out its timeout on the virtual clock, then waitLock throws', () => {
    const rt = loadScriptRuntime();
    let second: unknown;
    rt.during('Utilities.sleep', () => {
      try {
        runScript(rt, `LockService.getDocumentLock().waitLock(5000);`);
      } catch (e) {
        second = e;
      }
    });
    const t0 = rt.clock.now().getTime();
    runScript(
      rt,
      `const l = LockService.getDocumentLock(); l.waitLock(1000); Utilities.sleep(10); l.releaseLock();`,
    );
    expect((second as Error).message).toBe(
      'Lock timeout: another process was holding the lock for too long.',
    );
    expect((second as Error).name).toBe('Exception');
    expect(rt.clock.now().getTime() - t0).toBe(5010);
  });

  test('tryLock returns false after its timeout while another execution holds the lock', () => {
    const rt = loadScriptRuntime();
    let got: unknown;
    rt.during('Utilities.sleep', () => {
      got = runScript(rt, `return LockService.getScriptLock().tryLock(200);`);
    });
    runScript(rt, `LockService.getScriptLock().waitLock(1000); Utilities.sleep(1);`);
    expect(got).toBe(false);
  });

  test('locks auto-release when the execution ends', () => {
    const rt = loadScriptRuntime();
    runScript(rt, `LockService.getDocumentLock().waitLock(1000);`);
    expect(runScript(rt, `return LockService.getDocumentLock().tryLock(0);`)).toBe(true);
  });

  test('document and script locks are independent', () => {
    const rt = loadScriptRuntime();
    let got: unknown;
    rt.during('Utilities.sleep', () => {
      got = runScript(rt, `return LockService.getScriptLock().tryLock(0);`);
    });
    runScript(rt, `LockService.getDocumentLock().waitLock(1000); Utilities.sleep(1);`);
    expect(got).toBe(true);
  });

  test('acquiring a lock already held by the same execution is a no-op', () => {
    const rt = loadScriptRuntime();
    expect(
      runScript(
        rt,
        `const l = LockService.getDocumentLock(); l.waitLock(10); l.waitLock(10); return LockService.getDocumentLock().tryLock(0);`,
      ),
    ).toBe(true);
  });

  test('waitLock(null) throws the signature error', () => {
    const rt = loadScriptRuntime();
    expect(() => runScript(rt, `LockService.getDocumentLock().waitLock(null);`)).toThrow(
      "The parameters (null) don't match the method signature for LockService.Lock.waitLock.",
    );
  });

  test('a hook can overlap executions at any service call, e.g. while the first writes under the lock', () => {
    const rt = loadScriptRuntime();
    const results: unknown[] = [];
    rt.during('Range.setValue', () =>
      results.push(runScript(rt, `return LockService.getDocumentLock().tryLock(100);`)),
    );
    runScript(
      rt,
      `const l = LockService.getDocumentLock(); l.waitLock(100); SpreadsheetApp.getActiveSheet().getRange('A1').setValue(1); SpreadsheetApp.flush(); l.releaseLock();`,
    );
    results.push(runScript(rt, `return LockService.getDocumentLock().tryLock(100);`));
    expect(results).toEqual([false, true]);
  });
});
