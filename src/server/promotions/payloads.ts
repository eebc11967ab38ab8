import * as z from 'zod/mini';
import { parseIsoDate } from '../../domain/dates';
import { MAX_STEPS } from '../../domain/ladder';
import { MAX_JUSTIFICATION_LENGTH } from '../../domain/moves';
import { isPositionCode } from '../../tables/cells';
import { FIRST_DATA_ROW } from '../../tables/layout';

/** Limits that keep a hostile payload cheap to refuse. */
const MAX_NAME_LENGTH = 200;
const MAX_ROW = 1_000_000;

function text(field: string, max: number) {
  return z
    .string(`${field} must be text`)
    .check(z.maxLength(max, { error: `${field} must be at most ${max} characters`, abort: true }));
}

const row = z
  .int('row must be a whole number')
  .check(
    z.minimum(FIRST_DATA_ROW, `row must be ${FIRST_DATA_ROW} or more`),
    z.maximum(MAX_ROW, `row must be at most ${MAX_ROW}`),
  );

const step = z
  .int('step must be a whole number')
  .check(z.minimum(1, 'step must be 1 or more'), z.maximum(MAX_STEPS, `step must be at most ${MAX_STEPS}`));

const position = text('position', 16).check(
  z.refine(isPositionCode, 'position must be a position code such as D3'),
);

const place = z.strictObject({ position, step }, 'must be { position, step }');

const justification = text('justification', MAX_JUSTIFICATION_LENGTH);

const action = z.discriminatedUnion(
  'type',
  [
    z.strictObject({ type: z.literal('promote'), to: place, justification }),
    z.strictObject({
      type: z.literal('review'),
      review: z.enum(['step', 'level'], 'review must be "step" or "level"'),
      justification,
    }),
  ],
  'action type must be "promote" or "review"',
);

export const teamRequestSchema = z.strictObject({}, 'the request must be an empty object');

export const engineerRequestSchema = z.strictObject(
  { row, name: text('name', MAX_NAME_LENGTH) },
  'the request must be { row, name }',
);

const id = (field: string) =>
  text(field, 64).check(
    z.regex(/^[A-Za-z0-9][A-Za-z0-9-]{7,63}$/, `${field} must be 8–64 letters, digits and dashes`),
  );

export const recordRequestSchema = z.strictObject(
  {
    requestId: id('requestId'),
    row,
    name: text('name', MAX_NAME_LENGTH),
    version: text('version', 16).check(z.regex(/^[0-9a-f]{16}$/, 'version must be 16 hex digits')),
    from: place,
    action,
    effectiveDate: text('effectiveDate', 10).check(
      z.refine(
        (value: string) => parseIsoDate(value) !== undefined,
        'effectiveDate must be a date as YYYY-MM-DD',
      ),
    ),
  },
  'the request must be { requestId, row, name, version, from, action, effectiveDate }',
);

export const approvalsRequestSchema = z.strictObject({}, 'the request must be an empty object');

export const decideRequestSchema = z.strictObject(
  {
    requestId: id('requestId'),
    proposalId: id('proposalId'),
    engineer: text('engineer', MAX_NAME_LENGTH),
    decision: z.enum(['approve', 'reject', 'withdraw'], 'decision must be "approve", "reject" or "withdraw"'),
    reason: text('reason', MAX_JUSTIFICATION_LENGTH),
  },
  'the request must be { requestId, proposalId, engineer, decision, reason }',
);
