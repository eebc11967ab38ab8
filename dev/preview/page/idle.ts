/**
 * Busy/idle tracking for tests: `window.preview.idle()` resolves once no server call or re-render
 * is pending, and `<body data-busy>` says the same.
 */
let pending = 0;
let waiters: (() => void)[] = [];

function settle(): void {
  pending--;
  if (pending > 0) return;
  document.body.dataset.busy = 'false';
  const done = waiters;
  waiters = [];
  for (const resolve of done) resolve();
}

export function trackBusy<T>(work: Promise<T>): Promise<T> {
  pending++;
  document.body.dataset.busy = 'true';
  return work.finally(settle);
}

export function idle(): Promise<void> {
  return pending === 0 ? Promise.resolve() : new Promise((resolve) => waiters.push(resolve));
}
