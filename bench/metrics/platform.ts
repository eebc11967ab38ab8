/**
 * platformSwitchRuns: how many platform cases the critical suites run under (tests/support/platforms.ts):
 * the runtime's default, each switch of contracts section 14 flipped alone (dev/runtime/platform.ts),
 * and every switch flipped together. The suites are tests/platform/criticalSuites.runtime.test.ts.
 */
import { PLATFORM_SWITCHES } from '../../dev/runtime';
import { PLATFORM_CASES } from '../../tests/support/platforms';

export const name = 'Platform switches';
export const about = `${PLATFORM_SWITCHES.length} switches: the critical suites run under the default, each flipped alone and all flipped`;

export async function measure(): Promise<Record<string, number>> {
  return { platformSwitchRuns: PLATFORM_CASES.length };
}
