// Bundles floor/floor.js into one minified classic script with the same Preact
// the embed ships, so the floor differs from the widget only in what it does.
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const embedRequire = createRequire(new URL('../../packages/embed/package.json', import.meta.url));
const preactDir = dirname(embedRequire.resolve('preact/package.json'));

/** The floor bundle's code (IIFE, es2022, minified). */
export async function buildFloor() {
  const result = await build({
    configFile: false,
    logLevel: 'warn',
    resolve: { alias: { preact: preactDir } },
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      lib: {
        entry: fileURLToPath(new URL('../floor/floor.js', import.meta.url)),
        formats: ['iife'],
        name: 'BenchFloor',
        fileName: () => 'floor.js',
      },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
  const chunk = outputs.find((o) => o.type === 'chunk');
  if (!chunk) throw new Error('The floor build produced no script.');
  return chunk.code;
}
