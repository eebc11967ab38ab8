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
