// The LoyaltyLion runtime chunk, loaded instead of the client chunk by pages
// with `data-backend="loyaltylion"`: the same runtime, with LoyaltyLion's
// Headless API as the backend, called with the shopper's session token. Its
// options are read here, so neither the entry nor the client chunk carries
// them. With `data-api-url="demo"` the Headless API is a fake in the page.
import {
  createLoyaltyLionBackend,
  type LoyaltyLionOptions,
  type LoyaltyLionSession,
} from '@loyaltykit/loyaltylion';
import { start as startRuntime } from '../runtime/start.tsx';
import type { Host, Identity } from '../shared/host.ts';
import { attribute, invalid, type Parser, text } from '../shared/options.ts';

export { shared } from '../runtime/shared-modules.ts';

const url: Parser<string> = {
  parse(value) {
    try {
      const parsed = new URL(String(value));
      return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
    } catch {
      return undefined;
    }
  },
  expected: 'an absolute http(s) URL',
};

/** The LoyaltyLion options of the script tag (`data-site-id`, …), taken out of the runtime's list. */
const parsers = {
  siteId: {
    parse: (value) => (/^\d{1,15}$/.test(String(value)) ? Number(value) : undefined),
    expected: 'the LoyaltyLion site id, such as 12345',
  } satisfies Parser<number>,
  tokenProvider: {
    // A name to look up when a session is needed, never code to run.
    parse: (value) =>
      typeof value === 'string' && /^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*$/.test(value)
        ? value
        : undefined,
    expected: 'the name of a global function that returns { token, customerId }',
  } satisfies Parser<string>,
  configurationUrl: url,
  cartId: text,
};
type Options = {
  [K in keyof typeof parsers]?: NonNullable<ReturnType<(typeof parsers)[K]['parse']>>;
};

function readOptions(deferred: Record<string, unknown>): Options {
  const options: Record<string, unknown> = {};
  for (const key of Object.keys(parsers) as (keyof typeof parsers)[]) {
    if (!Object.hasOwn(deferred, key)) continue;
    const value = deferred[key];
    delete deferred[key];
    const parsed = parsers[key].parse(value);
    if (parsed === undefined)
      console.warn(`[LoyaltyKit] ${invalid(attribute(key), value, parsers[key].expected)}`);
    else options[key] = parsed;
  }
  return options as Options;
}

/** The global function a name points at (`shop.loyalty.session`), if it is one. */
function globalFunction(name: string): (() => unknown) | undefined {
  let target: unknown = window;
  for (const part of name.split('.'))
    target = (target as Record<string, unknown> | undefined)?.[part];
  return typeof target === 'function' ? (target as () => unknown) : undefined;
}

/** A provider's answer as a session, or `undefined` (a guest) with a warning when it is not one. */
function asSession(value: unknown): LoyaltyLionSession | undefined {
  const { token, customerId } = (value ?? {}) as Partial<Record<string, unknown>>;
  if (typeof token === 'string' && token && typeof customerId === 'string' && customerId)
    return { token, customerId };
  if (value != null)
    console.warn('[LoyaltyKit] A LoyaltyLion session is { token, customerId }: signed out.');
  return undefined;
}

export async function start(host: Host) {
  const { config } = host;
  const options = readOptions(config.deferred);
  const demo =
    config.apiUrl === 'demo'
      ? (
          await host.loadChunk<typeof import('./demo-loyaltylion.ts')>('demo-loyaltylion')
        ).createFakeHeadlessApi()
      : undefined;
  const siteId = options.siteId ?? demo?.siteId;
  if (siteId === undefined) {
    console.warn(
      `[LoyaltyKit] ${attribute('siteId')} is required with data-backend="loyaltylion".`,
    );
    return;
  }
  const { configurationUrl, cartId, tokenProvider: providerName } = options;

  /** Who signs in: the page's provider, or after `identify`/`signOut` the one it passed. */
  function sessions(identity?: Identity): LoyaltyLionOptions['tokenProvider'] {
    // DEMO ONLY: signing in (with anything) signs in the example's member, Alice.
    if (demo)
      return identity && !identity.token && !identity.tokenProvider
        ? undefined
        : () => demo.session();
    const provide = identity
      ? identity.tokenProvider
      : providerName === undefined
        ? undefined
        : () => globalFunction(providerName)?.();
    if (identity?.token)
      console.warn('[LoyaltyKit] LoyaltyLion needs a function that returns { token, customerId }.');
    return provide && (async () => asSession(await provide()));
  }

  return startRuntime(host, (_config, identity) => {
    const tokenProvider = sessions(identity);
    return {
      guest: !tokenProvider,
      backend: createLoyaltyLionBackend({
        siteId,
        tokenProvider,
        ...(config.apiUrl && config.apiUrl !== 'demo' && { baseUrl: config.apiUrl }),
        ...(demo && { fetch: demo.fetch, guestConfiguration: async () => demo.configuration() }),
        ...(configurationUrl && {
          guestConfiguration: () => fetch(configurationUrl).then((response) => response.json()),
        }),
        ...((cartId || demo) && { cartId: () => cartId ?? 'demo-cart' }),
      }),
    };
  });
}
