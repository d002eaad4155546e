/** A message whose wording depends on a count, keyed by `Intl.PluralRules` category. */
export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type Message = string | PluralMessage;

/**
 * English messages of the widgets the script tag's entry renders (launcher,
 * points embeds). Kept apart so the entry carries only these; the rest of the
 * English catalog travels with the panel chunk. Other locales load whole.
 */
export const enEntry = {
  'launcher.label': 'Rewards',
  points: { one: '{count} point', other: '{count} points' },
} satisfies Record<string, Message>;

/** English messages of the panel. */
export const enPanel = {
  'panel.close': 'Close',
  'panel.greeting': 'Hi {name}',
  'panel.greetingAnonymous': 'Welcome back',
  'panel.balance': 'Your balance',
  'panel.pending': { one: '+{count} point on its way', other: '+{count} points on their way' },
  'panel.rewards': 'Rewards',
  'panel.rewardsEmpty': 'No rewards yet. Check back soon.',
  'panel.canRedeem': 'You can redeem this',
  'panel.toGo': { one: '{count} more point to go', other: '{count} more points to go' },
  'panel.loading': 'Loading your rewards…',
  'panel.error': 'We couldn’t load your rewards.',
  'panel.retry': 'Try again',
  'guest.title': 'Join {program}',
  'guest.body': 'Earn points on every order and turn them into rewards.',
  'guest.join': 'Join now',
  'guest.signIn': 'Sign in',
} satisfies Record<string, Message>;

/**
 * The English catalog is the source of truth: its keys are every message the
 * widgets show. `{name}` placeholders are filled by the translator.
 */
// Marked pure so bundles that use only one part (the script tag's entry) drop the other.
export const en: typeof enEntry & typeof enPanel = /* @__PURE__ */ Object.assign(
  {},
  enEntry,
  enPanel,
);

export type MessageKey = keyof typeof en;
/** A full translation: every English key, each with a message of its own. */
export type Catalog = Record<MessageKey, Message>;
