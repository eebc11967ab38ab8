/**
 * The shape of the one registry of globals (see main.ts). The build turns every entry into a
 * top-level `function NAME(...)` stub carrying the JSDoc of registryDocs.ts, because Apps Script
 * finds menu handlers, google.script.run targets and custom functions only as top-level declarations.
 */
/** clockTrigger: the handler of an installable time-driven trigger, run in the server module. */
export type GlobalKind = 'trigger' | 'menu' | 'endpoint' | 'customFunction' | 'clockTrigger';

export interface GlobalEntry {
  readonly kind: GlobalKind;
  /** Menu items only: the label shown under Extensions ▸ Career Ladder, in registry order. */
  readonly menuLabel?: string;
  // Arguments arrive from Sheets, menus or google.script.run untyped; each entry validates its own.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly run: (...args: any[]) => unknown;
}

export type Registry = Readonly<Record<string, GlobalEntry>>;

export interface ParamDoc {
  readonly name: string;
  readonly type: string;
  readonly description: string;
  readonly optional?: boolean;
}

/** What a global's stub says about it (its JSDoc); custom functions' docs are what Sheets autocompletes. */
export interface GlobalDocs {
  readonly description: string;
  readonly params: readonly ParamDoc[];
  readonly returns?: { readonly type: string; readonly description: string };
}

/** The menu items of a registry, in order: label and the global name the menu calls. */
export function menuItems(registry: Registry): { label: string; functionName: string }[] {
  return Object.entries(registry)
    .filter(([, entry]) => entry.kind === 'menu' && entry.menuLabel)
    .map(([functionName, entry]) => ({ label: entry.menuLabel as string, functionName }));
}
