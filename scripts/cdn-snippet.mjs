#!/usr/bin/env node
// The pinned-version script tag in packages/embed/README.md, generated from
// the build so its integrity hash is never hand-copied: the tag loads
// loyaltykit@<version>/loyaltykit.js from the CDN layout the embed build
// writes (dist/cdn/), with the entry's SHA-384 as Subresource Integrity.
// `node scripts/cdn-snippet.mjs` fails when the README's tag does not match
// the build (a step of `npm test`); `--write` rewrites it.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const embed = fileURLToPath(new URL('../packages/embed/', import.meta.url));
const readmePath = `${embed}README.md`;
const { version } = JSON.parse(readFileSync(`${embed}package.json`, 'utf8'));

/** Where the README says the CDN folder is uploaded; the e2e test swaps in its own server. */
export const CDN_BASE = 'https://cdn.example.com/';
export const START = '<!-- cdn-snippet:start -->';
export const END = '<!-- cdn-snippet:end -->';

/** The built entry's Subresource Integrity value (`sha384-…`). */
export function entryIntegrity() {
  const entry = `${embed}dist/cdn/loyaltykit@${version}/loyaltykit.js`;
  if (!existsSync(entry)) {
    throw new Error(`${entry} is missing: run \`pnpm --filter @loyaltykit/embed build\` first.`);
  }
  return `sha384-${createHash('sha384').update(readFileSync(entry)).digest('base64')}`;
}

/** What goes between the markers: the tag for this version and build. */
export function snippet() {
  return [
    '```html',
    `<script async src="${CDN_BASE}loyaltykit@${version}/loyaltykit.js"`,
    `        integrity="${entryIntegrity()}" crossorigin="anonymous"`,
    '        data-api-url="https://loyalty.example.com" data-publishable-key="pk_live_123"',
    '        data-customer-token="eyJ…"></script>',
    '```',
  ].join('\n');
}

/** The README's current text between the markers. */
export function readmeSnippet(readme = readFileSync(readmePath, 'utf8')) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${readmePath} has no ${START} … ${END} block.`);
  return readme.slice(start + START.length, end).trim();
}

function main() {
  const readme = readFileSync(readmePath, 'utf8');
  const current = readmeSnippet(readme);
  const wanted = snippet();
  if (process.argv.includes('--write')) {
    const start = readme.indexOf(START) + START.length;
    const end = readme.indexOf(END);
    writeFileSync(readmePath, `${readme.slice(0, start)}\n${wanted}\n${readme.slice(end)}`);
    console.log(`packages/embed/README.md: the pinned tag for loyaltykit@${version} written.`);
  } else if (current !== wanted) {
    console.error(
      `✗ packages/embed/README.md's pinned script tag does not match the build of loyaltykit@${version}.\n` +
        `  README:\n${current}\n  build:\n${wanted}\n` +
        '  Fix: `node scripts/cdn-snippet.mjs --write` (after `pnpm --filter @loyaltykit/embed build`).',
    );
    process.exit(1);
  } else {
    console.log(`packages/embed/README.md's pinned tag matches loyaltykit@${version}.`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
