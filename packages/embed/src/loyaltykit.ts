import {
  type Catalog,
  createLoyaltyModel,
  createTranslator,
  enEntry,
  type LoyaltyModel,
  PANEL_PAGES,
  type PanelPage,
} from '@loyaltykit/core';
import { createLazyBackend, loadBackendChunk } from './backend.ts';
import { createChunkLoader, type LoadChunk } from './chunk-loader.ts';
import { type EmbedConfig, readConfig } from './config.ts';
import { CSS } from './css.ts';
import { defineElements } from './elements.tsx';
import { dispatchLoyaltyEvent } from './events.ts';

/** The one global the script adds: `window.LoyaltyKit`. */
export interface LoyaltyKitApi {
  version: string;
  /** Opens the panel, on a page when given: `open('redeem')`. An unknown page opens the home page. */
  open(page?: PanelPage): void;
  close(): void;
}

/** Before the script loads, pages may queue calls: `LoyaltyKit.push(['open'])`. */
type QueuedCall = [string, ...unknown[]];

declare global {
  interface Window {
    LoyaltyKit?: LoyaltyKitApi | QueuedCall[];
    LoyaltyKitConfig?: Record<string, unknown>;
  }
}

const VERSION = '0.1.0';
// Captured now: currentScript is only set while this script first runs.
const script = document.currentScript as HTMLScriptElement | null;

function sheet(text: string): CSSStyleSheet {
  const result = new CSSStyleSheet();
  result.replaceSync(text);
  return result;
}

async function loadCatalog(
  config: EmbedConfig,
  loadChunk: LoadChunk,
): Promise<[EmbedConfig['locale'], Partial<Catalog>]> {
  if (config.locale === 'en') return ['en', enEntry];
  try {
    const chunk = await loadChunk<{ catalog: Catalog }>(`locale-${config.locale}`);
    return [config.locale, chunk.catalog];
  } catch (error) {
    console.warn(
      `[LoyaltyKit] The ${config.locale} catalog could not be loaded; showing English.`,
      error,
    );
    return ['en', enEntry];
  }
}

/** A panel page named by a merchant or a URL, if it is one. */
const asPage = (value: unknown) => PANEL_PAGES.find((page) => page === value);

function publishApi(model: LoyaltyModel, queued: QueuedCall[]): void {
  const api: LoyaltyKitApi = {
    version: VERSION,
    open: (page) => model.openPanel(asPage(page)),
    close: () => model.closePanel(),
  };
  window.LoyaltyKit = api;
  for (const [method, page] of queued) {
    if (method === 'open') api.open(page as PanelPage);
    if (method === 'close') api.close();
  }
  // A link such as /products/tee?loyalty=redeem opens the panel on that page.
  const linked = new URLSearchParams(location.search).get('loyalty');
  if (linked !== null) model.openPanel(asPage(linked));
}

async function boot(): Promise<void> {
  const queued = window.LoyaltyKit ?? [];
  if (!Array.isArray(queued)) return; // loaded twice: the first copy owns the page
  window.LoyaltyKit = queued; // claim the global before anything async

  const { config, problems } = readConfig(window.LoyaltyKitConfig ?? {}, { ...script?.dataset });
  for (const problem of problems) console.warn(`[LoyaltyKit] ${problem}`);
  if (!config.apiUrl) return;

  let css = CSS;
  const components = sheet(css);
  // Every shadow root adopts this one sheet, so a chunk's styles reach them all at once.
  const addCss = (more: string) => {
    css += more;
    components.replaceSync(css);
  };
  const loadChunk = createChunkLoader(
    script?.src ?? location.href,
    script?.nonce || undefined,
    addCss,
  );
  const model = createLoyaltyModel(createLazyBackend(config, loadChunk));
  void model.load();
  // Both chunks load in parallel; the widgets render once their words and theme are here.
  const [[locale, catalog], { themeCss }] = await Promise.all([
    loadCatalog(config, loadChunk),
    loadBackendChunk(config, loadChunk),
  ]);

  defineElements({
    model,
    i18n: createTranslator(locale, catalog),
    sheets: [components, sheet(themeCss(config.theme))],
    loadChunk,
    onEvent: dispatchLoyaltyEvent,
  });
  publishApi(model, queued);

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
