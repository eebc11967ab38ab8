import type { EndpointName, PayloadOf, ResultOf } from '../server/rpc';
import type { EndpointSenders } from './scriptRun';

/** A failure reported by the server (a refused request, a sheet that cannot be read…). */
export class ServerError extends Error {
  override readonly name = 'ServerError';
}

function messageOf(error: { message?: string } | string): string {
  const text = typeof error === 'string' ? error : (error.message ?? '');
  return (
    text.replace(/^(Exception|Error): /, '') ||
    'The server did not answer. Check your connection and try again.'
  );
}

/** Calls one sidebar endpoint through google.script.run; resolves with its typed result. */
export function call<K extends EndpointName>(name: K, payload: PayloadOf<K>): Promise<ResultOf<K>> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((result) => resolve(result as ResultOf<K>))
      .withFailureHandler((error) => reject(new ServerError(messageOf(error))));
    const senders: EndpointSenders = runner;
    senders[name].call(runner, payload);
  });
}
