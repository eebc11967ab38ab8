import * as z from 'zod/mini';

const MAX_NAME_LENGTH = 200;

/** { manager: a name, or null for every engineer }. */
export const calendarRequestSchema = z.strictObject({
  manager: z.nullable(
    z
      .string('manager must be a name or null')
      .check(z.maxLength(MAX_NAME_LENGTH, `manager must be at most ${MAX_NAME_LENGTH} characters`)),
  ),
});
