import type { EngineerCard, RecordOutcome } from '../../src/server/rpc';
import {
  loadPromotionRuntime,
  logRows,
  record,
  requestFor,
  sampleTeam,
  tamperPromotionWorkbook,
  teamInputs,
} from '../support/promotionWorkbook';

const stepUp = (position: string, step: number) => ({
  type: 'promote' as const,
  to: { position, step },
  justification: '',
});

describe('overlapping recordings', () => {
  test('two executions promoting the same engineer, the second arriving while the first writes: one records, one is told to retry', () => {
    const rt = loadPromotionRuntime(sampleTeam(3));
    const first = requestFor(rt, 2, 'Engineer 1', stepUp('D1', 2));
    const second = requestFor(rt, 2, 'Engineer 1', stepUp('D1', 2));
    let overlapping: RecordOutcome | undefined;
    rt.during('Range.setValues', () => {
      overlapping = record(rt, second);
    });
    expect(record(rt, first).outcome).toBe('recorded');
    expect(overlapping).toEqual({
      outcome: 'busy',
      message:
        'Someone else is recording a change in this spreadsheet right now. Nothing was changed: try again in a moment.',
    });
    expect(logRows(rt).map((row) => row[10])).toEqual([first.requestId]);
  });

  test('two executions promoting the same engineer, the second taking the lock first: the later one finds the row changed', () => {
    const rt = loadPromotionRuntime(sampleTeam(3));
    const first = requestFor(rt, 2, 'Engineer 1', stepUp('D1', 2));
    const second = requestFor(rt, 2, 'Engineer 1', stepUp('D1', 2));
    let earlier: RecordOutcome | undefined;
    rt.during('Lock.tryLock', () => {
      earlier = record(rt, second);
    });
    expect(record(rt, first).outcome).toBe('row-changed');
    expect(earlier?.outcome).toBe('recorded');
    expect(logRows(rt).map((row) => row[10])).toEqual([second.requestId]);
    expect(teamInputs(rt, 2)[2]).toBe(2);
  });

  test('once the log has outgrown its grid, a repeat arriving meanwhile still finds the request id', () => {
    const rt = loadPromotionRuntime(sampleTeam(1));
    tamperPromotionWorkbook(
      rt,
      `var log = ss.getSheetByName('Promotion Log'); log.deleteRows(2, log.getMaxRows() - 1);`,
    );
    const card = rt.run('promotionsEngineer', { row: 2, name: 'Engineer 1' }) as EngineerCard;
    // a review dated the day of the last one leaves the row as it was: only the request id tells
    const review = requestFor(rt, 2, 'Engineer 1', { type: 'review', review: 'step', justification: '' });
    const request = { ...review, effectiveDate: card.lastStepReview as string };
    let meanwhile: RecordOutcome | undefined;
    rt.during('Lock.tryLock', () => {
      meanwhile = record(rt, request);
    });
    expect(record(rt, request).outcome).toBe('already-recorded');
    expect(meanwhile?.outcome).toBe('recorded');
    expect(logRows(rt).map((row) => row[10])).toEqual([request.requestId]);
  });

  test('a double click whose second request waits out the first is recorded once', () => {
    const rt = loadPromotionRuntime(sampleTeam(1));
    const request = requestFor(rt, 2, 'Engineer 1', stepUp('D1', 2));
    let retried: RecordOutcome | undefined;
    rt.during('Range.setValues', () => {
      retried = record(rt, request);
    });
    expect(record(rt, request).outcome).toBe('recorded');
    expect(retried?.outcome).toBe('busy');
    expect(record(rt, request).outcome).toBe('already-recorded');
    expect(logRows(rt)).toHaveLength(1);
  });

  test('a lock held too long by another recording changes nothing for the one that gives up', () => {
    const rt = loadPromotionRuntime(sampleTeam(2));
    const holder = requestFor(rt, 2, 'Engineer 1', stepUp('D1', 2));
    const waiter = requestFor(rt, 3, 'Engineer 2', stepUp('D2', 3));
    const before = teamInputs(rt, 3);
    const started = rt.clock.now().getTime();
    let gaveUp: RecordOutcome | undefined;
    rt.during('SpreadsheetApp.flush', () => {
      gaveUp = record(rt, waiter);
    });
    record(rt, holder);
    expect(gaveUp?.outcome).toBe('busy');
    expect(rt.clock.now().getTime() - started).toBeGreaterThanOrEqual(10_000);
    expect(teamInputs(rt, 3)).toEqual(before);
    expect(logRows(rt).map((row) => row[1])).toEqual(['Engineer 1']);
  });

  test('20 promotions of different engineers loaded together give 20 log rows and overwrite nothing', () => {
    const team = sampleTeam(20);
    const rt = loadPromotionRuntime(team);
    const requests = team.map((engineer, index) =>
      requestFor(rt, index + 2, engineer.name, stepUp(engineer.position, engineer.step + 1)),
    );
    expect(requests.map((request) => record(rt, request).outcome)).toEqual(requests.map(() => 'recorded'));
    const rows = logRows(rt);
    expect(rows.map((row) => [row[1], row[10]])).toEqual(requests.map((r) => [r.name, r.requestId]));
    expect(team.map((_, index) => teamInputs(rt, index + 2)[2])).toEqual(team.map((e) => e.step + 1));
  });
});
