import type { ChunkName } from '../shared/chunk-names.ts';
import type { Host, RuntimeChunk } from '../shared/host.ts';
import { LAZY_WIDGETS } from '../shared/widget-table.ts';
import { createChunkLoader } from './chunk-loader.ts';
import { readConfig } from './config.ts';
import { defineShells } from './elements.ts';

export type * from '../public-api.ts';

const VERSION = '0.1.0';
/** Marks the call queue of a copy that is booting; shared by every copy through the global symbol registry. */
const CLAIMED = Symbol.for('loyaltykit.claimed');
// Captured now: currentScript is only set while this script first runs.
const script = document.currentScript as HTMLScriptElement | null;

/**
 * Tries again with growing pauses (0.5, 2, 8, 30 s): a chunk that could not
 * load (a CDN hiccup, a deploy in progress) often can a moment later. The page
 * is whole meanwhile; the widgets appear when it works.
 */
async function retry<T>(load: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await load();
    } catch (error) {
      if (attempt === 4) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500 * 4 ** attempt));
    }
  }
}

/**
 * Boot: read the options, define the element shells (so embeds hold their
 * room at once), and load the runtime chunk (Preact, the model, the backend,
 * the launcher and product points) in parallel with the locale's catalog.
 * The entry carries no Preact and renders nothing: it is the part every page
 * runs before anything else, so it stays small.
 */
async function boot(): Promise<void> {
  const queued = window.LoyaltyKit ?? [];
  // Loaded twice: the first copy owns the page, even while it is still booting (the queue is marked).
  if (!Array.isArray(queued) || CLAIMED in queued) return;
  (queued as { [CLAIMED]?: true })[CLAIMED] = true;
  window.LoyaltyKit = queued;

  const { config, problems } = readConfig(window.LoyaltyKitConfig ?? {}, { ...script?.dataset });
  for (const problem of problems) console.warn(`[LoyaltyKit] ${problem}`);
  if (!config.apiUrl && !config.backend) return;

  // Inline embeds take a block of the shop's layout; the launcher's host takes no room (its button is fixed).
  let css = ':host(:not(loyalty-launcher)){display:block}';
  const components = new CSSStyleSheet();
  components.replaceSync(css);
  const nonce = script?.nonce || undefined;
  const host: Host = {
    version: VERSION,
    config,
    // Every shadow root adopts these sheets, so a chunk's styles and a new theme reach them all at once.
    sheets: [components, new CSSStyleSheet()],
    nonce,
    loadChunk: createChunkLoader(script?.src ?? location.href, nonce, (more) => {
      css += more;
      components.replaceSync(css);
      for (const element of host.unadopted) host.paint(element);
    }),
    connected: new Set(),
    widgets: LAZY_WIDGETS,
    unadopted: new Set(),
    adopt(element) {
      try {
        (element.shadowRoot as ShadowRoot).adoptedStyleSheets = host.sheets;
      } catch {
        host.unadopted.add(element);
      }
    },
    paint() {
      // Until the runtime is here, a shell keeps its room.
    },
    queued,
  };
  defineShells(host);
  mountLauncher();

  // Requested now, beside the runtime: the runtime waits for it before the first paint.
  if (config.locale !== 'en') {
    host.loadChunk(`locale-${config.locale}` as ChunkName).catch(() => {
      // The runtime asks again and falls back to English.
    });
  }
  const runtime = await retry(() =>
    host.loadChunk<RuntimeChunk>(config.backend ?? (config.apiUrl === 'demo' ? 'demo' : 'client')),
  );
  await runtime.start(host);
}

/** Adds the launcher to the page, unless the merchant placed one. */
function mountLauncher(): void {
  const mount = () => {
    if (!document.querySelector('loyalty-launcher')) {
      document.body.append(document.createElement('loyalty-launcher'));
    }
  };
  if (document.body) mount();
  else document.addEventListener('DOMContentLoaded', mount, { once: true });
}

// Whatever happens, the host page keeps working.
boot().catch((error: unknown) => console.error('[LoyaltyKit] Could not start:', error));
