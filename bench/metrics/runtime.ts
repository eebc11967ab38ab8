/** runtimeLoadMs: how long the local Apps Script runtime (dev/runtime) takes to start on the built bundle. */
import { measureRuntimeLoad } from '../../dev/runtime';

const ITERATIONS = 7;

export const name = 'Local runtime';
export const about = `median of ${ITERATIONS} loads of dist/Code.js into a fresh runtime with an empty workbook`;

export async function measure(): Promise<Record<string, number>> {
  return { runtimeLoadMs: measureRuntimeLoad({ iterations: ITERATIONS }).runtimeLoadMs };
}
