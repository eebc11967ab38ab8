import type { RefusalCode } from '../../src/server/rpc';
import { isRefusal, offerFor } from '../../src/sidebar/refusals';

const refusal = (outcome: RefusalCode) => ({ outcome, message: 'Whatever the server says.' });

describe('what the sidebar offers after a refusal, by its code', () => {
  test.each<[RefusalCode, 'reload' | 'try-again']>([
    ['busy', 'try-again'],
    ['protected', 'try-again'],
    ['row-changed', 'reload'],
    ['already-recorded', 'reload'],
    ['invalid-request', 'reload'],
    ['not-set-up', 'reload'],
    ['unreadable', 'reload'],
    ['refused-move', 'reload'],
  ])('%s offers %s', (code, offer) => {
    expect(offerFor(refusal(code))).toBe(offer);
  });

  test('the message plays no part: the same code offers the same whatever it says', () => {
    expect(offerFor({ outcome: 'busy', message: 'reload the list' })).toBe('try-again');
  });
});

describe('telling a refusal from a result', () => {
  test('a refusal is an answer whose outcome is a refusal code', () => {
    expect(isRefusal(refusal('not-set-up'))).toBe(true);
  });

  test('a recorded move, a team list and an engineer card are not', () => {
    expect(isRefusal({ outcome: 'recorded', kind: 'step', message: 'Recorded.' })).toBe(false);
    expect(isRefusal({ today: '2025-01-15', members: [], problems: [] })).toBe(false);
    expect(isRefusal({ row: 2, name: 'Ada' })).toBe(false);
  });
});
