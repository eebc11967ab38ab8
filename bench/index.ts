/**
 * npm run bench [-- --json]: size and speed figures of the built add-on (the script builds first).
 * Prints each figure with its budget; with --json, ends with one line holding every figure by key.
 * Exits 1 when a figure is over its budget. The figures come from the modules listed in METRICS.
 */
import type { FigureValue, Metric } from './metric';
import * as approval from './metrics/approval';
import * as bundleEval from './metrics/bundleEval';
import * as bundleSize from './metrics/bundleSize';
import * as nextReview10k from './metrics/nextReview10k';
import * as platform from './metrics/platform';
import * as preview from './metrics/preview';
import * as promotion from './metrics/promotion';
import * as runtime from './metrics/runtime';
import * as workbook from './metrics/workbook';
import * as digest from './metrics/digest';

const METRICS: readonly Metric[] = [
  bundleSize,
  bundleEval,
  nextReview10k,
  runtime,
  workbook,
  promotion,
  preview,
  platform,
  digest,
  approval,
];

function unitOf(key: string): string {
  if (/Bytes$/.test(key)) return 'bytes';
  if (/Ms\d*$/.test(key)) return 'ms';
  return /Calls$/.test(key) ? 'calls' : '';
}

function formatNumber(key: string, value: number): string {
  const digits = unitOf(key) === 'ms' ? 2 : 0;
  const text = value.toLocaleString('en-US', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  return `${text} ${unitOf(key)}`.trim();
}

function casesOf(value: FigureValue): [string, number][] {
  return typeof value === 'number' ? [['', value]] : Object.entries(value);
}

type Budget = number | Readonly<Record<string, number>> | undefined;

/** Lines describing one figure; over-budget keys are added to `over`. */
function report(key: string, value: FigureValue, budgetOf: Budget, over: string[]): string[] {
  return casesOf(value).map(([label, number]) => {
    const budget = typeof budgetOf === 'object' ? budgetOf[label] : budgetOf;
    const name = label ? `${key} [${label}]` : key;
    if (budget !== undefined && number > budget) over.push(name);
    const verdict =
      budget === undefined
        ? ''
        : `budget ≤ ${formatNumber(key, budget)}: ${number > budget ? 'OVER BUDGET' : 'within'}`;
    return `  ${name.padEnd(28)} ${formatNumber(key, number).padStart(16)}   ${verdict}`;
  });
}

function rounded(value: FigureValue): FigureValue {
  const round = (n: number) => Math.round(n * 100) / 100;
  return typeof value === 'number'
    ? round(value)
    : Object.fromEntries(Object.entries(value).map(([label, n]) => [label, round(n)]));
}

async function main(): Promise<void> {
  const figures: Record<string, FigureValue> = {};
  const over: string[] = [];
  for (const metric of METRICS) {
    console.log(`\n${metric.name}${metric.about ? ` (${metric.about})` : ''}`);
    for (const [key, value] of Object.entries(await metric.measure())) {
      figures[key] = rounded(value);
      for (const line of report(key, value, metric.budgets?.[key], over)) console.log(line);
    }
  }
  if (over.length > 0) {
    console.log(`\nOver budget: ${over.join(', ')}`);
    process.exitCode = 1;
  }
  if (process.argv.includes('--json')) console.log(JSON.stringify(figures));
}

await main();
