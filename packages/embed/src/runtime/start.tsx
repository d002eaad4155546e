import {
  type Customer,
  createLoyaltyModel,
  createTranslator,
  type LoyaltyBackend,
  type Program,
} from '@loyaltykit/core';
import type { EmbedConfig, Host, Identity } from '../shared/host.ts';
import { yieldToPage } from '../shared/yield-to-page.ts';
import { answersApart } from './answers-apart.ts';
import { loadCatalog } from './catalog.ts';
import { emitWidgetEvent } from './events.ts';
import { goLive } from './go-live.ts';
import { watchViewport } from './near-viewport.ts';
import { paint, type Runtime, waiting } from './paint.tsx';
import { createPainter } from './painter.ts';
import { rememberReferralCode } from './referral.ts';
import { setUp } from './set-up.ts';
import { createSurfaces } from './surface.ts';

/**
 * The backend for the page's shopper (or, after `identify`/`signOut`, for
 * `identity`), and what is known before it answers: a programme kept from an
 * earlier page view, and whether the shopper is a guest (no token, no
 * provider).
 */
export type CreateBackend = (
  config: EmbedConfig,
  identity?: Identity,
) => {
  backend: LoyaltyBackend & {
    cachedProgram?(): Program | undefined;
    cachedCustomer?(): Customer | undefined;
    keepCustomer?(customer: Customer | null): void;
  };
  guest: boolean;
};

/**
 * The runtime's boot, once the entry handed over: the model starts loading
 * at once; the theme, the option checks and the data layer are set up; when
 * the locale's catalog is here every shell is painted, and
 * `window.LoyaltyKit` becomes the API (the queued calls replay).
 */
export async function start(host: Host, createBackend: CreateBackend): Promise<void> {
  const { config } = host;
  const first = createBackend(config);
  // Painted from what is known (a kept programme and customer, a guest) in the first frame; the
  // load revalidates.
  const model = createLoyaltyModel(answersApart(first.backend), {
    program: first.backend.cachedProgram?.(),
    customer: first.guest ? null : first.backend.cachedCustomer?.(),
  });
  const loaded = model.load();
  // The shopper as the page shows them now (after a redemption too), for the next page view; a
  // guest page forgets the last member's.
  let kept = first.guest ? undefined : model.customer.peek();
  model.customer.subscribe((customer) => {
    const { backend } = model as { backend: ReturnType<CreateBackend>['backend'] };
    if (customer !== undefined && customer !== kept) backend.keepCustomer?.(customer);
    kept = customer;
  });
  // The request is on its way. The rest of boot is three tasks, each well under a long task at a
  // phone's speed, with the page's turns between them: the chunk's own evaluation and this, the
  // theme, then the first paint.
  await yieldToPage();
  // A referral link's code is kept before the shopper browses on, even if the panel is never opened here.
  rememberReferralCode();
  const { theme: fromOptions, ...switches } = setUp(config);
  let tokens = fromOptions;
  const surfaces = createSurfaces(host, () => tokens);
  surfaces.write();
  const near = watchViewport((element) => host.paint(element));
  // With the data kept from an earlier page view, the embeds in view paint in the first paint, not
  // a frame later (their boxes read here, in this task, not in the paint's).
  if (model.program.peek() && model.customer.peek() !== undefined) near.measure(host.connected);
  const [tag, catalog, grammar] = await loadCatalog(config.localeTag, host.loadChunk);
  await yieldToPage();
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
    near,
    ...switches,
  };
  const repaint = () => {
    for (const element of host.connected) host.paint(element);
  };
  host.paint = createPainter((element) => {
    if (paint(element, runtime)) surfaces.schedule(element);
  });
  repaint();
  // When the model changes, shells waiting for the programme and the shopper (product points, a
  // pasted snippet) paint, and with a new programme every inline embed paints again (embeds without
  // a currency of their own take the programme's; the launcher follows the model by itself). In a task of their own, once the load has
  // settled: they render with its final status, once, and not in the task that read the answer.
  // Not for what the model holds now (subscribe() calls back at once, and every shell has just
  // been painted).
  let painted = model.program.peek();
  let due = false;
  const changed = () => {
    if (due) return;
    due = true;
    void yieldToPage().then(() => {
      due = false;
      if (model.program.peek() === painted) {
        for (const element of waiting(host)) host.paint(element);
        return;
      }
      painted = model.program.peek();
      for (const element of host.connected) {
        if (element.localName !== 'loyalty-launcher') host.paint(element);
      }
    });
  };
  for (const state of [model.program, model.customer, model.status]) state.subscribe(changed);

  goLive(
    host.version,
    {
      model,
      ready: loaded,
      identify(next) {
        identity = next;
        return model.useBackend(answersApart(createBackend(config, next).backend));
      },
      async setLocale(next) {
        const [nextTag, messages, nextGrammar] = await loadCatalog(next, host.loadChunk);
        runtime.i18n = createTranslator(nextTag, messages, nextGrammar);
        repaint();
        // The programme's own texts (rewards, perks) in the new language too, where the backend has it.
        config.localeTag = nextTag;
        await model.useBackend(answersApart(createBackend(config, identity).backend), true);
      },
      setTheme(changes) {
        tokens = { ...tokens, ...changes };
        surfaces.write();
      },
    },
    host.queued,
  );
}
