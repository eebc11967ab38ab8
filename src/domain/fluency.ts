/** The five axes of the fluency chart, in the order every table and chart uses. */
export const AXES = ['Technology', 'System', 'People', 'Process', 'Influence'] as const;
export type Axis = (typeof AXES)[number];

/** A fluency level on one axis: 1 (lowest) to 5; each includes the ones below it. */
export type FluencyLevel = 1 | 2 | 3 | 4 | 5;
const FLUENCY_LEVELS: readonly FluencyLevel[] = [1, 2, 3, 4, 5];

export const FLUENCY_NAMES: Readonly<Record<Axis, readonly [string, string, string, string, string]>> = {
  Technology: ['Adopts', 'Specializes', 'Evangelizes', 'Masters', 'Creates'],
  System: ['Enhances', 'Designs', 'Owns', 'Evolves', 'Leads'],
  People: ['Learns', 'Supports', 'Mentors', 'Coordinates', 'Manages'],
  Process: ['Follows', 'Enforces', 'Challenges', 'Adjusts', 'Defines'],
  Influence: ['Subsystem', 'Team', 'Multiple Teams', 'Company', 'Community'],
};

/** What each fluency means, in this project's own words. */
export const FLUENCY_DESCRIPTIONS: Readonly<Record<Axis, readonly [string, string, string, string, string]>> =
  {
    Technology: [
      'Picks up the tools and languages the team already uses and applies them correctly.',
      'Goes deep in one area of the stack and becomes the person others ask about it.',
      'Tries out new technologies, builds proofs of concept and brings the good ones to the team.',
      'Knows the team’s technologies inside out, including their limits and failure modes.',
      'Builds new technology that others, inside and outside the organisation, adopt.',
    ],
    System: [
      'Improves existing parts of the system with fixes and small features.',
      'Designs new components and their interfaces, with operations in mind.',
      'Runs a system in production: monitoring, alerting and keeping its SLAs.',
      'Reshapes systems as needs change, planning migrations and retiring old parts.',
      'Sets the technical direction of many systems and how they fit together.',
    ],
    People: [
      'Learns actively from colleagues, asks for feedback and acts on it.',
      'Helps teammates with reviews, pairing and unblocking.',
      'Mentors others deliberately and helps them grow their fluencies.',
      'Looks after team members’ careers, expectations, performance and wellbeing.',
      'Manages a team: hiring, growth plans and performance for everyone in it.',
    ],
    Process: [
      'Works within the team’s processes and keeps to its agreements.',
      'Holds self and others to the agreed processes and explains why they matter.',
      'Questions processes that no longer serve the team and proposes better ones.',
      'Changes team processes using feedback and guides the team through the change.',
      'Designs the processes that several teams work by.',
    ],
    Influence: [
      'Work shapes one component or subsystem.',
      'Work shapes the whole team, not just parts of it.',
      'Work shapes several teams.',
      'Work shapes the whole company.',
      'Work shapes the wider open-source and industry community.',
    ],
  };

export function fluencyName(axis: Axis, level: FluencyLevel): string {
  return FLUENCY_NAMES[axis][level - 1] as string;
}

/** The level of a fluency name on an axis (case and surrounding spaces ignored), or undefined. */
export function fluencyLevelOf(axis: Axis, name: string): FluencyLevel | undefined {
  const wanted = name.trim().toLowerCase();
  const index = FLUENCY_NAMES[axis].findIndex((candidate) => candidate.toLowerCase() === wanted);
  return index === -1 ? undefined : ((index + 1) as FluencyLevel);
}

/** A fluency given as its level number (1–5) or its name on the axis; undefined when it is neither. */
export function fluencyLevelFrom(axis: Axis, value: unknown): FluencyLevel | undefined {
  if (typeof value === 'number') {
    return (FLUENCY_LEVELS as readonly number[]).includes(value) ? (value as FluencyLevel) : undefined;
  }
  return typeof value === 'string' ? fluencyLevelOf(axis, value) : undefined;
}

export function isAxis(value: string): value is Axis {
  return (AXES as readonly string[]).includes(value);
}

/** The axis named by `text` (case and surrounding spaces ignored), or undefined. */
export function axisNamed(text: string): Axis | undefined {
  const wanted = text.trim().toLowerCase();
  return AXES.find((axis) => axis.toLowerCase() === wanted);
}

/** Assessed or expected levels on all five axes. */
export type FluencyProfile = Readonly<Record<Axis, FluencyLevel>>;

/** Assessed minus expected on one axis: negative is below expectation, 0 meets it. */
export function axisGap(assessed: FluencyLevel, expected: FluencyLevel): number {
  return assessed - expected;
}

/** Assessed minus expected, per axis. */
export function fluencyGap(assessed: FluencyProfile, expected: FluencyProfile): Record<Axis, number> {
  const gap = {} as Record<Axis, number>;
  for (const axis of AXES) gap[axis] = axisGap(assessed[axis], expected[axis]);
  return gap;
}

export type AxisStanding = 'far-below' | 'below' | 'meets' | 'ready-for-next';

/** How one assessed level compares with the current position and, when there is one, the next. */
export function axisStanding(assessed: number, expected: number, nextExpected?: number): AxisStanding {
  if (assessed <= expected - 2) return 'far-below';
  if (assessed < expected) return 'below';
  if (nextExpected !== undefined && nextExpected > expected && assessed >= nextExpected)
    return 'ready-for-next';
  return 'meets';
}
