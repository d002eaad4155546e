import { createLoyaltyModel, createTranslator, type LoyaltyBackend } from '@loyaltykit/core';
import { themeCss } from '@loyaltykit/theme';
import type { EmbedConfig, Host, Identity } from '../shared/host.ts';
import { loadCatalog } from './catalog.ts';
import { emitWidgetEvent } from './events.ts';
import { goLive } from './go-live.ts';
import { paint, type Runtime } from './paint.tsx';
import { createPainter } from './painter.ts';
import { rememberReferralCode } from './referral.ts';
import { setUp } from './set-up.ts';

/** Makes the backend for the page's shopper (or, after `identify`/`signOut`, for `identity`). */
export type CreateBackend = (config: EmbedConfig, identity?: Identity) => LoyaltyBackend;

/**
 * The runtime's boot, once the entry handed over: the model starts loading
 * at once; the theme, the option checks and the data layer are set up; when
 * the locale's catalog is here every shell is painted, and
 * `window.LoyaltyKit` becomes the API (the queued calls replay).
 */
export async function start(host: Host, createBackend: CreateBackend): Promise<void> {
  const { config } = host;
  const model = createLoyaltyModel(createBackend(config));
  const loaded = model.load();
  // A referral link's code is kept before the shopper browses on, even if the panel is never opened here.
  rememberReferralCode();
  const { theme: fromOptions, nudge } = setUp(config);
  let tokens = fromOptions;
  const themeSheet = host.sheets[1];
  themeSheet.replaceSync(themeCss(tokens));
  const [tag, catalog, grammar] = await loadCatalog(config.localeTag, host.loadChunk);
  // The page's shopper as `identify`/`signOut` last named them, for a backend in a new language.
  let identity: Identity | undefined;

  const runtime: Runtime = {
    host,
    model,
    i18n: createTranslator(tag, catalog, grammar),
    // At once, while the shopper it happened to is still the page's (late answers for an earlier
    // shopper never get here: core's callForShopper drops them).
    onEvent: emitWidgetEvent,
    currency: () => config.currency ?? model.program.peek()?.currency,
    nudge,
  };
  const repaint = () => {
    for (const element of host.connected) host.paint(element);
  };
  host.paint = createPainter((element) => paint(element, runtime));
  repaint();
  // Embeds waiting for the programme's currency (no currency attribute, no data-currency) render once it is known.
  model.program.subscribe(repaint);

  goLive(
    host.version,
    {
      model,
      ready: loaded,
      identify(next) {
        identity = next;
        return model.useBackend(createBackend(config, next));
      },
      async setLocale(next) {
        const [nextTag, messages, nextGrammar] = await loadCatalog(next, host.loadChunk);
        runtime.i18n = createTranslator(nextTag, messages, nextGrammar);
        repaint();
        // The programme's own texts (rewards, perks) in the new language too, where the backend has it.
        config.localeTag = nextTag;
        await model.useBackend(createBackend(config, identity), true);
      },
      setTheme(changes) {
        tokens = { ...tokens, ...changes };
        themeSheet.replaceSync(themeCss(tokens));
        for (const element of host.unadopted) host.paint(element);
      },
    },
    host.queued,
  );
}
