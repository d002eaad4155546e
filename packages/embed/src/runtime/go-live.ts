import type { LoyaltyPanelPage } from '../public-api.ts';
import { type ApiTarget, createApi } from './api.ts';
import { emit } from './events.ts';
import { replayQueue } from './queue.ts';

/**
 * The last step of boot, shipped in the backend chunk so the entry carries
 * none of it: `window.LoyaltyKit` becomes the API, the calls queued before it
 * replay in order, the panel's and the model's changes reach the page as
 * `loyalty:open`, `close`, `error` and (once the first load settled) `ready`,
 * and a `?loyalty=page` link opens the panel on that page (an unknown page:
 * home).
 */
export function goLive(version: string, target: ApiTarget, queued: unknown[]): void {
  const { model } = target;
  const api = createApi(version, target);
  window.LoyaltyKit = api;
  replayQueue(api, queued);

  let wasOpen = model.panelOpen.peek();
  model.panelOpen.subscribe((open) => {
    if (open !== wasOpen) emit(open ? 'open' : 'close');
    wasOpen = open;
  });
  model.error.subscribe(
    (error) => error && emit('error', { code: error.code, message: error.message }),
  );
  void target.ready.then(() => emit('ready'));

  const linked = new URLSearchParams(location.search).get('loyalty');
  if (linked !== null) api.open(linked as LoyaltyPanelPage);
}
