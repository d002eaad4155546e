import type { LoyaltyEventName } from '../public-api.ts';

/** Every event, checked against the public event map so a new one cannot be missed. */
const EVENTS = {
  ready: true,
  open: true,
  close: true,
  redeem: true,
  'redemption-cancelled': true,
  error: true,
} satisfies Record<LoyaltyEventName, true>;

/**
 * Pushes every `loyalty:*` event into the analytics array the merchant named
 * (`data-data-layer="dataLayer"` for Google Tag Manager), as
 * `{ event: 'loyalty:redeem', loyalty: detail }`: the detail under its own key,
 * so it cannot overwrite the page's own data-layer variables. The array is
 * created if the page has none yet, as GTM's snippet does. Lives in the backend
 * chunks, loaded at boot before the first event, to keep it out of the entry.
 *
 * @example
 * ```js
 * // GTM: a Custom Event trigger on `loyalty:redeem`, a Data Layer Variable `loyalty.code`.
 * ```
 */
export function forwardEvents(name: string | undefined): void {
  if (!name) return;
  const page = window as unknown as Record<string, unknown>;
  for (const type of Object.keys(EVENTS)) {
    document.addEventListener(`loyalty:${type}`, (event) => {
      // Read at each event: tag managers replace the array with their own object once loaded.
      page[name] ??= [];
      const layer = page[name] as { push?: (entry: unknown) => unknown };
      layer.push?.({ event: event.type, loyalty: (event as CustomEvent).detail ?? null });
    });
  }
}
