import { addDays, type CalendarDate } from '../domain/dates';
import { AXES, fluencyName, type FluencyLevel } from '../domain/fluency';

export interface SampleEngineer {
  readonly name: string;
  readonly position: string;
  readonly step: number;
  readonly techLead: boolean;
  readonly manager: string;
  /** first.last@example.com, accents dropped */
  readonly email: string;
  readonly inPositionSince: CalendarDate;
  readonly lastStepReview: CalendarDate;
  readonly lastLevelReview: CalendarDate;
  readonly salary: number;
  readonly notes: string;
}

export interface SampleAssessment {
  readonly engineer: string;
  readonly date: CalendarDate;
  readonly assessor: string;
  /** Fluency names in axis order (Technology, System, People, Process, Influence). */
  readonly fluencies: readonly string[];
  readonly evidence: string;
}

/** name, position, step, tech lead, manager, days ago: in position / last step / last level review, salary, notes */
type EngineerRow = [string, string, number, boolean, string, number, number, number, number, string];

const ENGINEERS: readonly EngineerRow[] = [
  ['Priya Natarajan', 'EM7', 1, false, '', 705, 300, 705, 185_000, 'Head of engineering.'],
  ['Maya Chen', 'EM5', 2, false, 'Priya Natarajan', 500, 200, 500, 131_000, ''],
  ['Tom Eriksen', 'EM6', 2, false, 'Priya Natarajan', 500, 330, 500, 155_000, ''],
  ['Jonas Berg', 'EM4', 3, false, 'Maya Chen', 900, 380, 900, 108_000, 'Ready to discuss EM5.'],
  ['Ravi Patel', 'D7', 1, true, 'Tom Eriksen', 400, 400, 400, 172_000, 'Technology Lead.'],
  ['Lena Fischer', 'D6', 1, true, 'Maya Chen', 300, 300, 300, 142_000, ''],
  ['Omar Haddad', 'D5', 2, false, 'Maya Chen', 600, 350, 600, 118_000, ''],
  ['Sofia Rossi', 'D4', 3, false, 'Jonas Berg', 800, 400, 716, 104_500, ''],
  ['Kenji Watanabe', 'D4', 1, false, 'Jonas Berg', 100, 100, 100, 93_000, 'Joined from another team.'],
  ['Amara Okafor', 'D3', 2, false, 'Jonas Berg', 250, 170, 250, 82_000, ''],
  ['Lucas Martin', 'D3', 3, false, 'Maya Chen', 420, 200, 420, 83_500, ''],
  ['Ben Carter', 'D2', 3, false, 'Jonas Berg', 380, 140, 350, 71_000, ''],
  ['Ana Souza', 'D2', 1, false, 'Maya Chen', 60, 60, 60, 64_000, 'New joiner.'],
  ['Chloé Dubois', 'D1', 2, false, 'Jonas Berg', 200, 20, 200, 57_500, ''],
];

/** engineer, days ago, levels per axis (T S P Pr I), evidence */
type AssessmentRow = [string, number, [number, number, number, number, number], string];

const ASSESSMENTS: readonly AssessmentRow[] = [
  ['Priya Natarajan', 90, [3, 4, 5, 5, 3], 'Set up the engineering ladder and hiring plan.'],
  ['Maya Chen', 60, [3, 3, 5, 4, 2], 'Grew two engineers to their next level.'],
  ['Tom Eriksen', 75, [3, 4, 5, 4, 2], 'Process changes still driven by others.'],
  ['Jonas Berg', 40, [3, 3, 5, 4, 2], 'Runs the team’s hiring and one-to-ones.'],
  ['Ravi Patel', 120, [5, 5, 3, 4, 5], 'Open-source maintainer of the deploy tool.'],
  ['Lena Fischer', 80, [5, 5, 3, 4, 4], 'Led the storage migration.'],
  ['Omar Haddad', 50, [4, 4, 3, 4, 3], 'Owns the on-call tooling.'],
  ['Sofia Rossi', 400, [2, 3, 3, 3, 2], 'First assessment in D4.'],
  ['Sofia Rossi', 35, [3, 3, 3, 3, 2], 'Took over the alerting stack.'],
  ['Kenji Watanabe', 25, [2, 1, 3, 3, 2], 'New to our systems; strong mentor.'],
  ['Amara Okafor', 45, [2, 2, 1, 3, 2], 'Prefers solo work so far.'],
  ['Lucas Martin', 30, [3, 3, 3, 3, 2], 'Owns the billing service end to end.'],
  ['Ben Carter', 200, [1, 2, 2, 2, 1], 'Mid-year check.'],
  ['Ben Carter', 20, [2, 2, 2, 3, 2], 'Proposed the new review checklist.'],
  ['Ana Souza', 30, [1, 2, 2, 2, 1], 'Onboarding went well.'],
  ['Chloé Dubois', 15, [1, 1, 1, 1, 1], 'First assessment.'],
];

const SAMPLE_DOMAIN = 'example.com';

/** The sample address of a name: "Chloé Dubois" → chloe.dubois@example.com. */
export function sampleEmail(name: string): string {
  const local = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/\s+/)
    .join('.');
  return `${local}@${SAMPLE_DOMAIN}`;
}

/**
 * About a dozen engineers over D1–D7 and EM4–EM7 with dates counted back from `today`, so that some
 * reviews are overdue and some due within 30 days whenever the sample is created, plus assessments
 * that show every colour (below, meets, ready for the next position).
 */
export function sampleTeam(today: CalendarDate): {
  engineers: SampleEngineer[];
  assessments: SampleAssessment[];
} {
  const ago = (days: number) => addDays(today, -days);
  const managerOf = new Map(ENGINEERS.map(([name, , , , manager]) => [name, manager]));
  return {
    engineers: ENGINEERS.map(
      ([name, position, step, techLead, manager, since, lastStep, lastLevel, salary, notes]) => ({
        name,
        position,
        step,
        techLead,
        manager,
        email: sampleEmail(name),
        inPositionSince: ago(since),
        lastStepReview: ago(lastStep),
        lastLevelReview: ago(lastLevel),
        salary,
        notes,
      }),
    ),
    assessments: ASSESSMENTS.map(([engineer, daysAgo, levels, evidence]) => ({
      engineer,
      date: ago(daysAgo),
      assessor: managerOf.get(engineer) || engineer,
      fluencies: AXES.map((axis, i) => fluencyName(axis, levels[i] as FluencyLevel)),
      evidence,
    })),
  };
}

/**
 * Who approves the sample team's level promotions and jumps (Settings): the head of engineering and
 * the Technology Lead, by email. The other managers propose.
 */
export function sampleApprovers(): string[] {
  return ['Priya Natarajan', 'Ravi Patel'].map(sampleEmail);
}
