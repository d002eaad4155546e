// Everything a measurement needs: a snapshot of the built CDN layout (other
// builds may rewrite packages/embed/dist meanwhile), the mock API, the CDN and
// store origins, and Debian's Chromium with the repo's shared flags.
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { runnerImport } from 'vite';
import { buildFloor } from './floor-build.mjs';
import { startMockApi } from './mock-api.mjs';
import { startCdn, startStore } from './servers.mjs';
import { variants as makeVariants } from './variants.mjs';

export const root = fileURLToPath(new URL('../../', import.meta.url));

/** The one release folder of the build's CDN layout (`loyaltykit@<version>`). */
function releaseFolder(cdnDir) {
  const folders = readdirSync(cdnDir).filter((name) => name.startsWith('loyaltykit@'));
  if (folders.length !== 1) {
    throw new Error(`Expected one loyaltykit@<version> in ${cdnDir}, found ${folders.length}.`);
  }
  return folders[0];
}

/** `from`: a build's `dist/cdn` folder (default this checkout's), for comparing two builds. */
export async function setup({ from = join(root, 'packages/embed/dist/cdn') } = {}) {
  const cdnDir = mkdtempSync(join(tmpdir(), 'loyaltykit-bench-'));
  cpSync(from, cdnDir, { recursive: true });
  const release = releaseFolder(cdnDir);
  // chromium.ts is TypeScript, which Node 20 cannot load; Vite's module runner can.
  const { chromiumLaunchOptions } = (await runnerImport(join(root, 'chromium.ts'))).module;
  const api = await startMockApi();
  const cdn = await startCdn({ cdnDir, floorCode: await buildFloor() });
  const variants = makeVariants({ bundle: `${cdn.origin}/${release}/`, cdn: cdn.origin, api });
  const store = await startStore(
    Object.fromEntries(Object.entries(variants).map(([name, v]) => [name, v.snippet])),
  );
  const browser = await chromium.launch(chromiumLaunchOptions);
  return {
    dist: join(cdnDir, release),
    browser,
    variants,
    storeOrigin: store.origin,
    ourOrigins: [cdn.origin, api.url],
    apiOrigin: api.url,
    async teardown() {
      await browser.close();
      api.stop();
      cdn.server.close();
      store.server.close();
      rmSync(cdnDir, { recursive: true, force: true });
    },
  };
}
