// Raw, gzip (9) and brotli (11) bytes of the built files, grouped the way a
// shopper downloads them: what the collection page fetched before any
// interaction, what the first open adds, every production file, and the demo chunk.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

function sizes(bytes) {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const add = (files) =>
  files.reduce(
    (sum, f) => ({ raw: sum.raw + f.raw, gzip: sum.gzip + f.gzip, brotli: sum.brotli + f.brotli }),
    { raw: 0, gzip: 0, brotli: 0 },
  );

/**
 * `requested.beforeInteraction` and `requested.bySettle` are the names of the
 * files the production collection page fetched before any interaction (up to
 * 8 s of page time) and by the time its widgets settled, from the measured
 * views, so the groups follow what the bundle really does rather than what we
 * expect of it.
 * `loyaltykit.full.js` (the one-file build for pages that cannot load chunks)
 * is left out: a page loads it instead of the entry, never beside it.
 */
export function bundleBytes(dist, requested) {
  const files = readdirSync(dist)
    .filter((f) => f.endsWith('.js') && f !== 'loyaltykit.full.js')
    .map((file) => ({ file, ...sizes(readFileSync(join(dist, file))) }));
  const production = files.filter((f) => !f.file.startsWith('loyaltykit-demo'));
  const group = (names) => {
    const picked = production.filter((f) => names.has(f.file));
    return { files: picked.map((f) => f.file), ...add(picked) };
  };
  return {
    files,
    entry: files.find((f) => f.file === 'loyaltykit.js'),
    bySettle: group(requested.bySettle),
    beforeInteraction: group(requested.beforeInteraction),
    withPanel: add(
      production.filter((f) => requested.beforeInteraction.has(f.file) || /-panel\./.test(f.file)),
    ),
    allProduction: add(production),
    demo: add(files.filter((f) => f.file.startsWith('loyaltykit-demo'))),
  };
}
