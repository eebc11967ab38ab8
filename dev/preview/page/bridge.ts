/**
 * `google.script.run` and `google.script.host` inside a sidebar or dialog, as the real client library
 * behaves: arguments are checked (a Date, function, DOM node or cycle anywhere fails at once with
 * "Failed due to illegal value in property: <key>") and JSON-copied; a `<form>` as the sole argument
 * becomes its fields; success and failure handlers get the user object; at most 10 calls run at once.
 * Calls travel by postMessage to the preview page, which runs them through the local runtime.
 */
import type { PanelReply, PanelRequest } from '../protocol';

type Handler = (value: unknown, userObject: unknown) => void;

interface RunnerOptions {
  readonly success?: Handler;
  readonly failure?: Handler;
  readonly userObject?: unknown;
}

const MAX_CONCURRENT_CALLS = 10;
let running = 0;
const queued: (() => void)[] = [];
const pending = new Map<number, (reply: PanelReply) => void>();
let nextCallId = 1;

function post(message: PanelRequest): void {
  window.parent.postMessage(message, '*');
}

/** The key under which an illegal value sits, or null when the value can travel. */
function illegalKey(value: unknown, key: string, seen: Set<object>): string | null {
  if (
    value instanceof Date ||
    typeof value === 'function' ||
    typeof value === 'symbol' ||
    typeof value === 'bigint'
  ) {
    return key;
  }
  if (typeof value !== 'object' || value === null) return null;
  if (value instanceof Node || seen.has(value)) return key;
  seen.add(value);
  for (const [childKey, child] of Object.entries(value)) {
    const bad = illegalKey(child, childKey, seen);
    if (bad !== null) return bad;
  }
  seen.delete(value);
  return null;
}

function formFields(form: HTMLFormElement): Record<string, string> {
  const fields: Record<string, string> = {};
  new FormData(form).forEach((value, name) => {
    if (typeof value === 'string') fields[name] = value;
  });
  return fields;
}

function copyArguments(args: unknown[]): string {
  const values = args.length === 1 && args[0] instanceof HTMLFormElement ? [formFields(args[0])] : args;
  values.forEach((value, index) => {
    const bad = illegalKey(value, String(index), new Set());
    if (bad !== null) throw new Error(`Failed due to illegal value in property: ${bad}`);
  });
  return JSON.stringify(values);
}

function release(): void {
  running--;
  queued.shift()?.();
}

function send(functionName: string, argsJson: string, options: RunnerOptions): void {
  running++;
  const callId = nextCallId++;
  pending.set(callId, ({ result }) => {
    release();
    if (result.ok) {
      options.success?.(result.value, options.userObject);
      return;
    }
    const error = new Error(result.error.message);
    error.name = result.error.name;
    if (options.failure) options.failure(error, options.userObject);
    else console.error(error);
  });
  post({ type: 'preview:run', callId, functionName, argsJson });
}

function runner(options: RunnerOptions): object {
  return new Proxy(
    {},
    {
      get(_target, name) {
        if (typeof name !== 'string') return undefined;
        if (name === 'withSuccessHandler') return (success: Handler) => runner({ ...options, success });
        if (name === 'withFailureHandler') return (failure: Handler) => runner({ ...options, failure });
        if (name === 'withUserObject') return (userObject: unknown) => runner({ ...options, userObject });
        return (...args: unknown[]): void => {
          const argsJson = copyArguments(args);
          if (running < MAX_CONCURRENT_CALLS) send(name, argsJson, options);
          else queued.push(() => send(name, argsJson, options));
        };
      },
    },
  );
}

window.addEventListener('message', (event) => {
  const reply = event.data as PanelReply;
  if (event.source !== window.parent || reply?.type !== 'preview:result') return;
  const resolve = pending.get(reply.callId);
  pending.delete(reply.callId);
  resolve?.(reply);
});

Object.assign(window, {
  google: {
    script: {
      run: runner({}),
      host: {
        close: () => post({ type: 'preview:close' }),
        setHeight: (height: number) => post({ type: 'preview:resize', height }),
        setWidth: (width: number) => post({ type: 'preview:resize', width }),
        editor: { focus: () => post({ type: 'preview:focus-editor' }) },
      },
    },
  },
});
