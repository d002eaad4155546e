// Story and browser-test data: every state is built from the mock engine and
// the real HTTP client, never from hand-written props.
import { createHttpBackend } from '@loyaltykit/client';
import {
  createLoyaltyModel,
  type LoyaltyBackend,
  LoyaltyError,
  type LoyaltyModel,
  type PanelPage,
} from '@loyaltykit/core';
import { createDemo } from '@loyaltykit/mock-backend';

/**
 * The data states a story can ask for with `parameters.loyalty.state`:
 * `member` is Maya (Silver, 1,250 points), `vip` is Sofia, 150 points short of
 * Gold (the mock engine's `vip` scenario). `answer_lost` is Maya on a network
 * that loses every answer to a redemption after the server made it.
 * `fewest_capabilities` is Maya on a backend that can do none of the
 * contract's optional parts (`Program.capabilities`).
 */
export const STORY_STATES = [
  'member',
  'guest',
  'vip',
  'new_member',
  'fewest_capabilities',
  'answer_lost',
  'loading',
  'error',
] as const;
export type StoryState = (typeof STORY_STATES)[number];

/** What a story sets under `parameters.loyalty`. */
export interface LoyaltyStoryParameters {
  /** Default `member`. */
  state?: StoryState;
  /** Open the panel before the first render. */
  open?: boolean;
  /** The page to open it on (default home). */
  page?: PanelPage;
}

/** A backend whose every method answers with `answer()`. */
const uniformBackend = (answer: () => Promise<never>): LoyaltyBackend => ({
  getProgram: answer,
  getCustomer: answer,
  getActivity: answer,
  redeem: answer,
  cancelRedemption: answer,
  claimAction: answer,
  setBirthday: answer,
});

/** A backend whose calls never settle: the panel stays on its loading state. */
const pendingBackend = uniformBackend(() => new Promise(() => {}));

/** A backend that fails the way an unreachable server does. */
const failingBackend = uniformBackend(() =>
  Promise.reject(new LoyaltyError('network_error', 'Request failed: no response')),
);

/**
 * The HTTP client over a fresh in-memory engine (seed `usStore`); a token for
 * members only. `vip`, `new_member` and `fewest_capabilities` run the
 * engine's scenarios of those names.
 */
async function demoBackend(
  state: 'member' | 'guest' | 'vip' | 'new_member' | 'fewest_capabilities' | 'answer_lost',
): Promise<LoyaltyBackend> {
  const demo = createDemo(
    undefined,
    state === 'vip' || state === 'new_member' || state === 'fewest_capabilities'
      ? { scenario: state }
      : {},
  );
  const lost = state === 'answer_lost';
  return createHttpBackend({
    apiUrl: demo.apiUrl,
    publishableKey: demo.publishableKey,
    customerToken: state === 'guest' ? undefined : await demo.mintDemoToken(),
    fetch: lost
      ? async (input, init) => {
          const answer = await demo.fetch(input, init);
          // Redeemed on the server, then the answer never arrives.
          if (init?.method === 'POST' && String(input).endsWith('/v1/me/redemptions')) {
            throw new TypeError('Failed to fetch');
          }
          return answer;
        }
      : demo.fetch,
    // The story shows the outcome at once instead of after the client's own retries.
    ...(lost && { retry: { retries: 0 } }),
  });
}

/**
 * A model in the given state, loaded as far as that state goes: `member`,
 * `vip`, `new_member` and `guest` are ready, `error` has failed, `loading` never finishes.
 *
 * @example
 * ```ts
 * const model = await createStoryModel('member');
 * model.customer.value?.balance.available; // 1250
 * ```
 */
export async function createStoryModel(
  state: StoryState,
  options: { open?: boolean; page?: PanelPage } = {},
): Promise<LoyaltyModel> {
  const backend =
    state === 'loading'
      ? pendingBackend
      : state === 'error'
        ? failingBackend
        : await demoBackend(state);
  const model = createLoyaltyModel(backend);
  const loaded = model.load();
  if (state !== 'loading') await loaded;
  if (options.open) model.openPanel(options.page);
  return model;
}
