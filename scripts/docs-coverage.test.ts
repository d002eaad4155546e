import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { API, SignatureKind, SymbolFlags } from 'typescript/unstable/sync';
import { afterAll, describe, expect, it } from 'vitest';

// The public surface a theme developer reads: every runtime export of these packages has TSDoc
// on its declaration and appears in the package README. Type-only exports (interfaces, type
// aliases) are left out: their fields are documented where they are declared, and a README
// names the types a reader needs next to the function that takes them.
const PACKAGES = ['core', 'client', 'components'] as const;
const root = fileURLToPath(new URL('..', import.meta.url));

/** One runtime export of a package's `src/index.ts`, resolved through re-exports. */
interface RuntimeExport {
  name: string;
  /** A function, class or component (a const with call signatures counts). */
  callable: boolean;
  /** Its declaration carries a `/** … *\/` comment with text, not only tags. */
  documented: boolean;
}

/** What of a README can name an export: fenced code examples, and items of lists and tables. */
interface ReadmeMentions {
  code: string;
  listItems: string;
}

/** Splits a README into its fenced code (``` or ~~~) and its list and table lines. */
function readReadme(markdown: string): ReadmeMentions {
  const code: string[] = [];
  const listItems: string[] = [];
  let fence: string | undefined;
  for (const line of markdown.split('\n')) {
    const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence !== undefined) {
      if (marker?.startsWith(fence)) fence = undefined;
      else code.push(line);
    } else if (marker !== undefined) {
      fence = marker;
    } else if (/^\s*([-*+]|\d+\.)\s|^\s*\|/.test(line)) {
      listItems.push(line);
    }
  }
  return { code: code.join('\n'), listItems: listItems.join('\n') };
}

const asPattern = (name: string) => name.replace(/\$/g, '\\$');

/**
 * Whether `name` is shown in use: a callable must appear in a code example; a constant may also
 * be named in `backticks` in a list or table item (`LOCALES`, a catalog).
 */
function mentions(readme: ReadmeMentions, name: string, callable: boolean): boolean {
  if (new RegExp(`(?<![\\w$])${asPattern(name)}(?![\\w$])`).test(readme.code)) return true;
  return !callable && new RegExp(`\`${asPattern(name)}[\`(.<]`).test(readme.listItems);
}

const api = new API({ cwd: root });
afterAll(() => api.close());

function runtimeExports(pkg: string): RuntimeExport[] {
  const snapshot = api.updateSnapshot({ openProjects: [`${root}packages/${pkg}/tsconfig.json`] });
  const project = snapshot.getProject(`${root}packages/${pkg}/tsconfig.json`);
  const index = project?.program.getSourceFile(`${root}packages/${pkg}/src/index.ts`);
  if (project === undefined || index === undefined) throw new Error(`no program for ${pkg}`);
  const { checker } = project;
  const moduleSymbol = checker.getSymbolAtLocation(index);
  if (moduleSymbol === undefined) throw new Error(`${pkg}/src/index.ts is not a module`);
  return checker.getExportsOfModule(moduleSymbol).flatMap((exported) => {
    const target =
      exported.flags & SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    if (!(target.flags & SymbolFlags.Value)) return [];
    const type = target.flags & SymbolFlags.Variable ? checker.getTypeOfSymbol(target) : undefined;
    const callable =
      (target.flags & (SymbolFlags.Function | SymbolFlags.Class)) !== 0 ||
      (type !== undefined && checker.getSignaturesOfType(type, SignatureKind.Call).length > 0);
    const documented = target.getDocumentationComment(checker).trim() !== '';
    return [{ name: exported.name, callable, documented }];
  });
}

describe('readReadme and mentions', () => {
  const readme = readReadme(
    [
      'Call `createI18n` yourself.',
      '```ts',
      "const model = createLoyaltyModel(backend, { locale: 'en' });",
      '```',
      '- `LOCALES`: the supported locales',
      '| `enPanel` | panel messages |',
      '~~~tsx',
      '<Launcher />',
      '~~~',
    ].join('\n'),
  );

  it('finds callables only in code examples, not in prose or lists', () => {
    expect(mentions(readme, 'createLoyaltyModel', true)).toBe(true);
    expect(mentions(readme, 'Launcher', true)).toBe(true);
    expect(mentions(readme, 'createI18n', true)).toBe(false);
    expect(mentions(readme, 'LOCALES', true)).toBe(false);
  });

  it('finds constants in list and table items too', () => {
    expect(mentions(readme, 'LOCALES', false)).toBe(true);
    expect(mentions(readme, 'enPanel', false)).toBe(true);
    expect(mentions(readme, 'createI18n', false)).toBe(false);
  });

  it('matches whole names only', () => {
    expect(mentions(readme, 'createLoyalty', true)).toBe(false);
    expect(mentions(readme, 'LoyaltyModel', true)).toBe(false);
    expect(mentions(readme, 'LOCALE', false)).toBe(false);
  });
});

describe.each(PACKAGES)('@loyaltykit/%s public API', (pkg) => {
  const exports = runtimeExports(pkg);
  const readme = readReadme(readFileSync(`${root}packages/${pkg}/README.md`, 'utf8'));

  it('lists its runtime exports', () => {
    expect(exports.length).toBeGreaterThan(0);
  });

  it('has TSDoc on every runtime export', () => {
    expect(exports.filter((e) => !e.documented).map((e) => e.name)).toEqual([]);
  });

  it('shows every runtime export in its README', () => {
    const missing = exports.filter((e) => !mentions(readme, e.name, e.callable));
    expect(missing.map((e) => `${e.name}${e.callable ? ' (needs a code example)' : ''}`)).toEqual(
      [],
    );
  });
});
