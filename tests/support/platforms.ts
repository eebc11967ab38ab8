/**
 * The critical suites run once per platform case: the runtime's default, each contracts-section-14
 * switch flipped alone, and every switch flipped together (dev/runtime/platform.ts).
 */
import {
  DEFAULT_PLATFORM,
  FLIPPED_PLATFORM,
  PLATFORM_SWITCHES,
  type PlatformSwitches,
} from '../../dev/runtime';

export interface PlatformCase {
  /** e.g. "default platform", "formulaTextReadBack: normalized", "every switch flipped" */
  readonly title: string;
  readonly platform: PlatformSwitches;
}

/** 1 + N + 1 cases for N switches. */
export const PLATFORM_CASES: readonly PlatformCase[] = [
  { title: 'default platform', platform: DEFAULT_PLATFORM },
  ...PLATFORM_SWITCHES.map((key) => ({
    title: `${key}: ${String(FLIPPED_PLATFORM[key])}`,
    platform: { ...DEFAULT_PLATFORM, [key]: FLIPPED_PLATFORM[key] },
  })),
  { title: 'every switch flipped', platform: FLIPPED_PLATFORM },
];

/** The spreadsheet zone of the critical suites: far from UTC, so a date computed in the wrong zone shows. */
export const PLATFORM_SUITE_TIME_ZONE = 'Pacific/Kiritimati';

/** `describe(title (case), body)` once per platform case. */
export function describeUnderEveryPlatform(
  title: string,
  body: (platform: PlatformSwitches, caseTitle: string) => void,
): void {
  for (const { title: caseTitle, platform } of PLATFORM_CASES) {
    describe(`${title} (${caseTitle})`, () => body(platform, caseTitle));
  }
}
