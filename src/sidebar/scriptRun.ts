import type { EndpointName, PayloadOf } from '../server/rpc';

/** One method per sidebar endpoint, as google.script.run exposes the server's globals. */
export type EndpointSenders = { readonly [K in EndpointName]: (payload: PayloadOf<K>) => void };

/** google.script.run as the sidebar uses it: the handlers, then the endpoints. */
export type ScriptRunner = {
  withSuccessHandler(handler: (result: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: { message?: string } | string) => void): ScriptRunner;
} & EndpointSenders;

declare global {
  const google: { readonly script: { readonly run: ScriptRunner } };
}
