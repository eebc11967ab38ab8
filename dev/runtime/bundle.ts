/** Finds the bundle's top-level function declarations and which of them are custom functions. */
import * as acorn from 'acorn';

/** Where `npm run build` writes the add-on, relative to the repository root: the runtime's, the preview's, the
 * tests' and the bench's default bundle. */
export const BUNDLE_PATH = 'dist/Code.js';

export interface BundleGlobal {
  name: string;
  params: string[];
  customFunction: boolean;
  jsdoc: string | null;
}

export function scanBundle(source: string): BundleGlobal[] {
  const comments: { start: number; end: number; text: string; block: boolean }[] = [];
  const ast = acorn.parse(source, {
    ecmaVersion: 'latest',
    sourceType: 'script',
    allowHashBang: true,
    onComment: (block, text, start, end) => comments.push({ block, text, start, end }),
  }) as unknown as {
    body: {
      type: string;
      start: number;
      id?: { name: string };
      params?: { type: string; name?: string }[];
    }[];
  };
  const out: BundleGlobal[] = [];
  for (const node of ast.body) {
    if (node.type !== 'FunctionDeclaration' || !node.id) continue;
    // the JSDoc block is the last block comment ending before the function with only whitespace between
    let jsdoc: string | null = null;
    for (let i = comments.length - 1; i >= 0; i--) {
      const c = comments[i];
      if (!c || c.end > node.start) continue;
      if (c.block && c.text.startsWith('*') && /^\s*$/.test(source.slice(c.end, node.start))) jsdoc = c.text;
      break;
    }
    out.push({
      name: node.id.name,
      params: (node.params ?? []).map((p) => (p.type === 'Identifier' ? (p.name ?? '') : '')),
      customFunction: jsdoc !== null && /@customfunction\b/.test(jsdoc),
      jsdoc,
    });
  }
  return out;
}
