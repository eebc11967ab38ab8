import { performance } from 'node:perf_hooks';
import vm from 'node:vm';
import { collectGarbage, freshRealm, readBundle } from '../bundleRealm';
import { median } from '../metric';

const ROWS = 10_000;
const RUNS = 11;
const ZONE = 'America/Los_Angeles';
const CODES = ['D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7', 'EM4', 'EM5', 'EM6', 'EM7'];
/** Last reviews over the three years before 30 Jun 2025 (both DST changes each year), one day per row in turn. */
const LAST_DAY_UTC = Date.UTC(2025, 5, 30);
const DISTINCT_DAYS = 3 * 365 + 1;

const isoDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The instant a date cell holds for the UTC calendar day `dayMs` in ZONE: that day's local midnight (on the hour here). */
function midnightInZone(dayMs: number): number {
  const wanted = new Date(dayMs).toISOString().slice(0, 10);
  for (let hour = -14; hour <= 14; hour += 1) {
    const instant = dayMs + hour * 3_600_000;
    if (isoDate.format(instant) === wanted) return instant;
  }
  throw new Error(`no midnight for ${wanted} in ${ZONE}`);
}

function lastReviewInstants(): number[] {
  const midnights = Array.from({ length: DISTINCT_DAYS }, (_, i) =>
    midnightInZone(LAST_DAY_UTC - i * 86_400_000),
  );
  return Array.from({ length: ROWS }, (_, row) => midnights[row % DISTINCT_DAYS] as number);
}

/** One timed call through the NEXT_REVIEW stub of a freshly loaded bundle, on ranges made in its realm. */
function timeOneCall(code: string, instants: readonly number[]): number {
  const realm = freshRealm(ZONE);
  vm.runInContext(code, realm);
  const makeRanges = vm.runInContext(
    `(codes, instants) => [
      Array.from(instants, (_, row) => [codes[row % codes.length]]),
      Array.from(instants, (instant) => [new Date(instant)]),
    ]`,
    realm,
  ) as (codes: string[], instants: readonly number[]) => [unknown[][], unknown[][]];
  const [positions, lastReviews] = makeRanges(CODES, instants);
  const nextReview = realm.NEXT_REVIEW as (position: unknown, lastReview: unknown) => unknown;
  collectGarbage();
  const start = performance.now();
  const due = nextReview(positions, lastReviews);
  const elapsed = performance.now() - start;
  if (!Array.isArray(due) || due.length !== ROWS)
    throw new Error('NEXT_REVIEW did not return one row per input row');
  return elapsed;
}

export const name = 'NEXT_REVIEW over 10,000 rows';
export const about = `median of ${RUNS} calls through the NEXT_REVIEW stub, each on a freshly loaded bundle with ranges made in its realm: ${ROWS.toLocaleString('en-US')} rows of the 11 positions, ${DISTINCT_DAYS.toLocaleString('en-US')} distinct last-review dates, spreadsheet zone ${ZONE}`;
export const budgets = { nextReview10kMs: 30 };

export async function measure(): Promise<Record<string, number>> {
  const code = readBundle();
  const instants = lastReviewInstants();
  return { nextReview10kMs: median(Array.from({ length: RUNS }, () => timeOneCall(code, instants))) };
}
