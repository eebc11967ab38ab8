import type * as z from 'zod/mini';
import { loadEngineerCard } from './promotions/engineerCard';
import { engineerRequestSchema, recordRequestSchema, teamRequestSchema } from './promotions/payloads';
import { explainProtectedEdit } from './promotions/protectedEdit';
import { recordMove } from './promotions/recordMove';
import { loadTeamList } from './promotions/teamList';
import type { EndpointName, PayloadOf, ResultOf } from './rpc';

/** What google.script.run calls: the payload arrives untyped and is validated before anything runs. */
export type Endpoint<K extends EndpointName> = (payload: unknown) => ResultOf<K>;

type Issue = z.core.$ZodIssue;

function describeIssue(issue: Issue): string {
  if (issue.code === 'unrecognized_keys')
    return `unexpected field(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  return issue.message === 'Invalid input'
    ? `${issue.path.join('.') || 'the request'} is not valid`
    : issue.message;
}

function validated<K extends EndpointName>(
  schema: z.ZodMiniType<PayloadOf<K>>,
  handle: (payload: PayloadOf<K>) => ResultOf<K>,
): Endpoint<K> {
  return (payload) => {
    const parsed = schema.safeParse(payload);
    if (!parsed.success) {
      const problems = [...new Set(parsed.error.issues.map(describeIssue))];
      throw new Error(`The request was refused (${problems.join('; ')}). Nothing was changed.`);
    }
    return handle(parsed.data);
  };
}

/** Records a move; a write refused by a sheet protection is reported with what the owner must do. */
function recordMoveExplained(request: PayloadOf<'promotionsRecord'>): ResultOf<'promotionsRecord'> {
  try {
    return recordMove(request);
  } catch (error) {
    throw explainProtectedEdit(error);
  }
}

/** Every sidebar endpoint by its global name: exactly the names of SidebarRpc. */
export const sidebarEndpoints: { readonly [K in EndpointName]: Endpoint<K> } = {
  promotionsTeam: validated<'promotionsTeam'>(teamRequestSchema, loadTeamList),
  promotionsEngineer: validated<'promotionsEngineer'>(engineerRequestSchema, loadEngineerCard),
  promotionsRecord: validated<'promotionsRecord'>(recordRequestSchema, recordMoveExplained),
};
