#!/usr/bin/env node
// The packages an app installs from npm, checked as npm would hand them over:
// each is packed with pnpm (which applies publishConfig and turns workspace:*
// into versions), then publint and Are the Types Wrong read the tarball,
// offline (no @types lookups), and what each tarball ships is printed.
// Run after `pnpm build` (`pnpm lint:packages`); e2e/consumer-install.spec.ts
// installs the same tarballs in a fresh project.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => join(root, 'node_modules', '.bin', name);

/** Directory names under packages/ of every package published to npm. */
export const PUBLISHABLE = [
  'core',
  'client',
  'theme',
  'components',
  'gateway',
  'mock-backend',
  'embed',
];

/**
 * pnpm as this process was started by it (`pnpm run`: a script or, for
 * pnpm 12, a native executable), else the one on PATH.
 */
function pnpm(args, options) {
  const cli = process.env.npm_execpath;
  if (!cli?.includes('pnpm')) return execFileSync('pnpm', args, options);
  return /\.[cm]?js$/.test(cli)
    ? execFileSync(process.execPath, [cli, ...args], options)
    : execFileSync(cli, args, options);
}

/**
 * Packs every publishable package into `destination`; returns the tarball
 * paths by directory name. Fails when a package has not been built.
 */
export function packAll(destination) {
  const tarballs = {};
  for (const name of PUBLISHABLE) {
    const dir = join(root, 'packages', name);
    if (!existsSync(join(dir, 'dist'))) {
      const build =
        name === 'embed' ? 'pnpm --filter @loyaltykit/embed build' : 'pnpm build:packages';
      throw new Error(`packages/${name}/dist is missing: run \`${build}\` first.`);
    }
    const out = pnpm(['pack', '--json', '--pack-destination', destination], {
      cwd: dir,
      encoding: 'utf8',
    });
    tarballs[name] = JSON.parse(out).filename;
  }
  return tarballs;
}

/** Entry points attw does not judge: stylesheets, which no types describe. */
function untypedEntrypoints(tarball) {
  const json = execFileSync('tar', ['-xzOf', tarball, 'package/package.json'], {
    encoding: 'utf8',
  });
  const { exports = {} } = JSON.parse(json);
  return Object.keys(exports).filter((key) => key.endsWith('.css'));
}

/** Files, unpacked and packed bytes of one tarball (what `npm pack --dry-run` summarises). */
function summary(tarball) {
  const listing = execFileSync('tar', ['-tzvf', tarball], { encoding: 'utf8' }).trim().split('\n');
  const unpacked = listing.reduce((sum, line) => sum + Number(line.split(/\s+/)[2] ?? 0), 0);
  return { files: listing.length, unpacked, packed: readFileSync(tarball).length };
}

function lint() {
  const destination = mkdtempSync(join(tmpdir(), 'loyaltykit-pack-'));
  let failed = false;
  const rows = [];
  try {
    const tarballs = packAll(destination);
    for (const [name, tarball] of Object.entries(tarballs)) {
      console.log(`\n── @loyaltykit/${name}`);
      const checks = [
        [bin('publint'), ['run', tarball, '--strict']],
        [
          bin('attw'),
          [
            tarball,
            '--no-definitely-typed',
            '--profile',
            'esm-only', // ESM only, by design: Node 20.19 require()s it anyway
            '--format',
            'ascii',
            ...untypedEntrypoints(tarball).flatMap((entry) => ['--exclude-entrypoints', entry]),
          ],
        ],
      ];
      for (const [command, args] of checks) {
        try {
          execFileSync(command, args, { stdio: 'inherit' });
        } catch {
          failed = true;
        }
      }
      rows.push([name, summary(tarball)]);
    }
  } finally {
    rmSync(destination, { recursive: true, force: true });
  }
  console.log('\npublished files (package, files, unpacked, tarball):');
  for (const [name, { files, unpacked, packed }] of rows) {
    console.log(
      `  @loyaltykit/${name.padEnd(13)} ${String(files).padStart(4)} files  ${String(unpacked).padStart(8)} B  ${String(packed).padStart(7)} B`,
    );
  }
  if (failed) {
    console.error('\n✗ publint or attw found problems in a published package');
    process.exit(1);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) lint();
