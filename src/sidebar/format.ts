import type { DueStatus } from '../domain/cadence';
import { parseIsoDate } from '../domain/dates';
import type { ReviewDue } from '../server/rpc';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export const NOTHING = '—';

/** "2025-01-15" → "15 Jan 2025"; null or blank → "—". */
export function formatDate(iso: string | null): string {
  const date = iso ? parseIsoDate(iso) : undefined;
  return date ? `${date.day} ${MONTHS[date.month - 1]} ${date.year}` : NOTHING;
}

export function formatAmount(amount: number | null | undefined): string {
  return amount === null || amount === undefined ? NOTHING : Math.round(amount).toLocaleString('en-US');
}

export function formatRatio(ratio: number | null | undefined): string {
  return ratio === null || ratio === undefined || !Number.isFinite(ratio) ? NOTHING : ratio.toFixed(2);
}

function plural(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? '' : 's'}`;
}

/** 14 → "1 year 2 months"; 0 → "less than a month". */
export function formatMonths(months: number | null): string {
  if (months === null) return NOTHING;
  if (months === 0) return 'less than a month';
  const years = Math.floor(months / 12);
  const rest = months % 12;
  return [years > 0 && plural(years, 'year'), rest > 0 && plural(rest, 'month')].filter(Boolean).join(' ');
}

export const DUE_LABELS: Readonly<Record<DueStatus, string>> = {
  overdue: 'Overdue',
  'due-soon': 'Due soon',
  later: 'Scheduled',
};

/** "15 Jul 2025 · Overdue", or "—" when there is no date to count from. */
export function formatReview(review: ReviewDue): string {
  if (!review.date || !review.status) return NOTHING;
  return `${formatDate(review.date)} · ${DUE_LABELS[review.status]}`;
}
