import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The folders say which code ships in which file, and imports point one way:
// entry/ (loyaltykit.js) and runtime/ (the client or demo chunk) build on
// shared/; chunks/ (one file per chunk) build on runtime/. Type-only imports
// ship no code and may point anywhere.
const rules: Record<string, RegExp> = {
  shared: /^(\.\/|@loyaltykit\/core$)/,
  entry: /^(\.\/|\.\.\/shared\/|\.\.\/public-api\.ts$|@loyaltykit\/core$|virtual:)/,
  runtime:
    /^(\.\/|\.\.\/shared\/|\.\.\/public-api\.ts$|@loyaltykit\/|@preact\/signals-core$|preact)/,
  chunks: /^(\.\.\/runtime\/|\.\.\/shared\/|@loyaltykit\/|preact$)/,
};

/** The modules a source file imports for their code (not `import type`). */
function valueImports(file: string): string[] {
  const source = readFileSync(new URL(`../src/${file}`, import.meta.url), 'utf8');
  return [...source.matchAll(/^(?:import|export)(?! type)(?:[^'";]*?from)? ?'([^']+)'/gm)].map(
    ([, module]) => module as string,
  );
}

describe('packages/embed/src layout', () => {
  for (const [folder, allowed] of Object.entries(rules)) {
    const files = readdirSync(new URL(`../src/${folder}`, import.meta.url)).filter(
      (name) => /\.tsx?$/.test(name) && !name.includes('.test.'),
    );
    it(`${folder}/ imports only what ships beside it (${files.length} files)`, () => {
      expect(files.length).toBeGreaterThan(0);
      const stray = files.flatMap((name) =>
        valueImports(`${folder}/${name}`)
          .filter((module) => !allowed.test(module))
          .map((module) => `${folder}/${name} → ${module}`),
      );
      expect(stray).toEqual([]);
    });
  }

  it('the entry carries no Preact and no component: it renders nothing itself', () => {
    const entry = readdirSync(new URL('../src/entry', import.meta.url)).filter(
      (n) => !n.includes('.test.'),
    );
    const rendering = entry.flatMap((name) =>
      valueImports(`entry/${name}`).filter((m) => /preact|components/.test(m)),
    );
    expect(rendering).toEqual([]);
  });
});
