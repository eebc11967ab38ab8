import * as z from 'zod/mini';
import { DEFAULT_NEEDS_APPROVAL, type ApprovalPolicy } from '../domain/approvals';
import { LOGGED_KIND_TITLES, type LoggedKind } from '../domain/moves';
import { blankAs, isBlank, optionalEmailCell, shown, textCell } from './cells';
import { SHEET_NAMES } from './layout';
import { readTable, type TableRead } from './reader';

/**
 * Settings: two lists side by side from row 2. Column A names the approvers by email; columns B and C
 * say, per kind of move, whether it is proposed for approval ("yes") or recorded directly ("no").
 */
export const SETTINGS_HEADERS = {
  approver: 'Approver email',
  kind: 'Move kind',
  needsApproval: 'Needs approval',
} as const;

export type SettingsColumn = keyof typeof SETTINGS_HEADERS;

/** The kinds in the order Settings lists them (rows 2–6), by their titles. */
export const SETTINGS_KINDS: readonly LoggedKind[] = ['step', 'level', 'jump', 'step-review', 'level-review'];

export const YES = 'yes';
export const NO = 'no';

const kindByTitle = new Map<string, LoggedKind>(
  SETTINGS_KINDS.map((kind) => [LOGGED_KIND_TITLES[kind].toLowerCase(), kind]),
);

const APPROVERS = {
  sheet: SHEET_NAMES.settings,
  title: 'settings',
  fields: {
    approver: {
      header: SETTINGS_HEADERS.approver,
      schema: optionalEmailCell,
      problem: (value: unknown) =>
        `approver ${shown(value)} is not an email address (accepted: name@domain, e.g. ana.souza@example.com)`,
    },
  },
  build: (values: { readonly approver: string }) => values.approver,
} as const;

const yesNo: z.ZodMiniType<boolean | undefined> = z.union([
  blankAs<boolean | undefined>(undefined),
  z.pipe(
    z.pipe(
      z.string(),
      z.transform((text: string) => text.trim().toLowerCase()),
    ),
    z.pipe(
      z.string().check(z.refine((text: string) => text === YES || text === NO)),
      z.transform((text: string): boolean | undefined => text === YES),
    ),
  ),
  z.boolean(),
]);

const POLICY = {
  sheet: SHEET_NAMES.settings,
  title: 'settings',
  fields: {
    kind: {
      header: SETTINGS_HEADERS.kind,
      schema: z.pipe(
        z.pipe(
          textCell,
          z.transform((text: string) => kindByTitle.get(text.toLowerCase())),
        ),
        z.custom<LoggedKind>((kind) => kind !== undefined),
      ),
      problem: (value: unknown) =>
        `move kind ${shown(value)} is not one of ${SETTINGS_KINDS.map((kind) => LOGGED_KIND_TITLES[kind]).join(', ')}`,
    },
    needsApproval: {
      header: SETTINGS_HEADERS.needsApproval,
      schema: yesNo,
      problem: (value: unknown) => `needs approval ${shown(value)} must be "${YES}" or "${NO}"`,
    },
  },
  build: (values: { readonly kind: LoggedKind; readonly needsApproval: boolean | undefined }) => values,
} as const;

/** The approvers and per-kind policy on the Settings sheet (values: header row first) and its problems. */
export function readSettingsTable(values: readonly (readonly unknown[])[]): {
  readonly policy: ApprovalPolicy;
  readonly problems: TableRead<unknown>['problems'];
} {
  const approvers = readTable(APPROVERS, values, { source: 'sheet', context: undefined });
  const kinds = readTable(POLICY, values, { source: 'sheet', context: undefined });
  const needsApproval = { ...DEFAULT_NEEDS_APPROVAL };
  for (const { value } of kinds.rows) {
    if (value.needsApproval !== undefined) needsApproval[value.kind] = value.needsApproval;
  }
  const emails = approvers.rows.map((row) => row.value).filter((email) => !isBlank(email));
  return {
    policy: { approvers: [...new Set(emails)], needsApproval },
    problems: [...approvers.problems, ...kinds.problems],
  };
}
