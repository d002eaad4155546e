import { createLoyaltyModel, createTranslator, enEntry } from '@loyaltykit/core';
import { createLazyBackend, loadBackendChunk } from './backend.ts';
import { loadCatalog } from './catalog.ts';
import { createChunkLoader } from './chunk-loader.ts';
import { readConfig } from './config.ts';
import { CSS } from './css.ts';
import { defineElements, type Runtime, restyle } from './elements.tsx';

export type * from './public-api.ts';

const VERSION = '0.1.0';
/** Marks the call queue of a copy that is booting; shared by every copy through the global symbol registry. */
const CLAIMED = Symbol.for('loyaltykit.claimed');
// Captured now: currentScript is only set while this script first runs.
const script = document.currentScript as HTMLScriptElement | null;

function sheet(text: string): CSSStyleSheet {
  const result = new CSSStyleSheet();
  result.replaceSync(text);
  return result;
}

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

async function boot(): Promise<void> {
  const queued = window.LoyaltyKit ?? [];
  // Loaded twice: the first copy owns the page, even while it is still booting (the queue is marked).
  if (!Array.isArray(queued) || CLAIMED in queued) return;
  (queued as { [CLAIMED]?: true })[CLAIMED] = true;
  window.LoyaltyKit = queued;

  const { config, problems } = readConfig(window.LoyaltyKitConfig ?? {}, { ...script?.dataset });
  for (const problem of problems) console.warn(`[LoyaltyKit] ${problem}`);
  if (!config.apiUrl) return;

  // Inline embeds take a block of the shop's layout; the launcher's host takes no room (its button is fixed).
  let css = `:host(:not(loyalty-launcher)){display:block}${CSS}`;
  const components = sheet(css);
  const theme = new CSSStyleSheet();
  // Every shadow root adopts these sheets, so a chunk's styles and a new theme reach them all at once.
  const nonce = script?.nonce || undefined;
  const loadChunk = createChunkLoader(script?.src ?? location.href, nonce, (more) => {
    css += more;
    components.replaceSync(css);
    restyle();
  });
  const model = createLoyaltyModel(createLazyBackend(config, loadChunk));
  const firstLoad = model.load();
  const runtime: Runtime = {
    model,
    i18n: createTranslator('en', enEntry),
    sheets: [components, theme],
    nonce,
    loadChunk,
    // Only the panel chunk's widgets raise these (redeem, cancel), so it brings their mapping too.
    // Told only while the shopper it happened to is still the page's: a code is never handed over
    // after sign-out.
    onEvent(event) {
      const identity = model.identity.peek();
      void loadChunk<typeof import('./chunks/panel.tsx')>('panel').then(
        (panel) => model.identity.peek() === identity && panel.emitWidgetEvent(event),
      );
    },
    currency: () => config.currency ?? model.program.peek()?.currency,
    ready: false,
  };
  // Defined now, so inline embeds hold their space from the start; they show content once ready.
  const elements = defineElements(runtime);
  mountLauncher();

  // Both chunks load in parallel; the widgets render once their words and theme are here.
  const [[locale, catalog], { themeCss, setUp, Nudge, goLive }] = await Promise.all([
    loadCatalog(config.locale, loadChunk),
    retry(() => loadBackendChunk(config, loadChunk)),
  ]);
  const { theme: fromOptions, nudge } = setUp(config);
  // The first load may have failed on the same missing chunk: now it is here, load again.
  const loaded = model.status.peek() === 'error' ? model.load() : firstLoad;
  let tokens = fromOptions;
  theme.replaceSync(themeCss(tokens));
  runtime.i18n = createTranslator(locale, catalog);
  if (nudge) runtime.Nudge = Nudge;
  runtime.ready = true;
  elements.repaint();
  // Embeds waiting for the programme's currency (no currency attribute, no data-currency) render once it is known.
  model.program.subscribe(() => elements.repaint());

  goLive(
    VERSION,
    {
      model,
      ready: loaded,
      identify: (identity) => model.useBackend(createLazyBackend(config, loadChunk, identity)),
      async setLocale(next) {
        const [matched, messages] = await loadCatalog(next, loadChunk);
        runtime.i18n = createTranslator(matched, messages);
        elements.repaint();
      },
      setTheme(changes) {
        tokens = { ...tokens, ...changes };
        theme.replaceSync(themeCss(tokens));
        restyle();
      },
    },
    queued,
  );
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
