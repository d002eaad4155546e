// Everything a measurement needs: a snapshot of the built bundle (other builds
// may rewrite packages/embed/dist meanwhile), the mock API, the CDN and store
// origins, and Debian's Chromium with the repo's shared flags.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
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

export async function setup() {
  const dist = mkdtempSync(join(tmpdir(), 'loyaltykit-bench-'));
  cpSync(join(root, 'packages/embed/dist'), dist, { recursive: true });
  // chromium.ts is TypeScript, which Node 20 cannot load; Vite's module runner can.
  const { chromiumLaunchOptions } = (await runnerImport(join(root, 'chromium.ts'))).module;
  const api = await startMockApi();
  const cdn = await startCdn({ dist, floorCode: await buildFloor() });
  const variants = makeVariants({ cdn: cdn.origin, api });
  const store = await startStore(
    Object.fromEntries(Object.entries(variants).map(([name, v]) => [name, v.snippet])),
  );
  const browser = await chromium.launch(chromiumLaunchOptions);
  return {
    dist,
    browser,
    variants,
    storeOrigin: store.origin,
    ourOrigins: [cdn.origin, api.url],
    async teardown() {
      await browser.close();
      api.stop();
      cdn.server.close();
      store.server.close();
      rmSync(dist, { recursive: true, force: true });
    },
  };
}
