import type { Refusal, RefusalCode } from '../server/rpc';

/** What the sidebar offers after a refusal: load the list and card again, or send the same request again. */
export type Offer = 'reload' | 'try-again';

const OFFERS: Readonly<Record<RefusalCode, Offer>> = {
  'already-recorded': 'reload',
  'row-changed': 'reload',
  busy: 'try-again',
  protected: 'try-again',
  'invalid-request': 'reload',
  'not-set-up': 'reload',
  unreadable: 'reload',
  'refused-move': 'reload',
  'needs-approval': 'reload',
  'no-account': 'reload',
  'not-approver': 'reload',
  'own-proposal': 'reload',
  'not-proposer': 'reload',
  'pending-proposal': 'reload',
  'unknown-proposal': 'reload',
  'already-decided': 'reload',
  stale: 'reload',
};

/** Whether an endpoint's answer is a refusal (by its code) rather than the result asked for. */
export function isRefusal(answer: object): answer is Refusal {
  return 'outcome' in answer && typeof answer.outcome === 'string' && answer.outcome in OFFERS;
}

export function offerFor(refusal: Refusal): Offer {
  return OFFERS[refusal.outcome];
}

/** A refusal met while loading, carried to where the sidebar shows it. */
export class RefusalError extends Error {
  override readonly name = 'RefusalError';
  constructor(readonly refusal: Refusal) {
    super(refusal.message);
  }
}
