/**
 * A message whose wording depends on a count, keyed by `Intl.PluralRules`
 * category; a category it lacks takes `other`. A language with one form for
 * every count (Thai, Korean) writes a plain string.
 */
export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type Message = string | PluralMessage;

/**
 * English messages of the widgets the script tag's entry renders (launcher,
 * points embeds). Kept apart so the entry carries only these; the rest of the
 * English catalog travels with the panel chunk. Other locales load whole.
 */
export const enEntry = {
  'launcher.label': 'Rewards',
  'launcher.rewardReady': 'A reward is ready to redeem',
  points: { one: '{count} point', other: '{count} points' },
  'guest.join': 'Join now',
  'product.earn': 'Earn {points}',
  'product.bonus': '{multiplier}× points until {date}',
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
  'guest.signIn': 'Sign in',
  'panel.back': 'Back',
  'panel.expiring': {
    one: '{count} point expires on {date}',
    other: '{count} points expire on {date}',
  },
  'panel.bonusCollections': 'On selected collections',
  'nav.earn': 'Ways to earn',
  'nav.redeem': 'Ways to redeem',
  'nav.rewards': 'My rewards',
  'nav.activity': 'Activity',
  'tier.current': 'You are {tier}',
  'tier.toNext': { one: '{count} point to {tier}', other: '{count} points to {tier}' },
  'tier.top': 'You have reached the top tier',
  'redeem.action': 'Redeem',
  'redeem.confirm': 'Spend {points} on {reward}?',
  'redeem.confirmValue': 'Spend {points} for {value} off?',
  'redeem.confirmYes': 'Redeem now',
  'redeem.confirmNo': 'Not now',
  'redeem.pending': 'Redeeming…',
  'redeem.success': 'Your code for {reward}',
  'redeem.copy': 'Copy code',
  'redeem.copied': 'Code copied',
  'redeem.apply': 'Apply to cart',
  'redeem.tierOnly': '{tiers} members only',
  'redeem.value': '{points} for {value}',
  // How far a balance is from a price: "1,200 of 2,000 points".
  'redeem.progress': '{count} of {total}',
  'redeem.more': 'More points',
  'redeem.less': 'Fewer points',
  'redeem.expires': 'Use by {date}',
  'redeem.errorPoints': 'You don’t have enough points for this reward any more.',
  'redeem.errorUnavailable': 'This reward can’t be redeemed right now.',
  'redeem.errorUnknown':
    'We couldn’t confirm the redemption. If it went through, the code is in My rewards. Trying again won’t charge you twice.',
  'rewards.empty': 'No unused rewards yet. Redeem points to get one.',
  'rewards.cancel': 'Cancel and refund',
  'rewards.cancelConfirm': 'Cancel this code and get {points} back?',
  'rewards.refunded': { one: '{count} point refunded', other: '{count} points refunded' },
  'activity.empty': 'No activity yet.',
  'activity.more': 'Show older activity',
  'activity.pendingUntil': 'Available on {date}',
  // {signed} is the number with the locale's plus or minus sign: "+120 points", "-500 points".
  'activity.points': { one: '{signed} point', other: '{signed} points' },
  'earn.rate': '{points} per {amount}',
  'earn.done': 'Done',
  'nav.vip': 'VIP tiers',
  'nav.referral': 'Refer a friend',
  'vip.yours': 'Your tier',
  'vip.threshold': 'From {points}',
  'vip.multiplier': '{multiplier}× points on orders',
  'vip.retain': 'Earn {points} by {date} to keep {tier}',
  'referral.offer': 'Give friends {reward} on their first order. Get {points} when they buy.',
  // An amount of money or a percentage, as Intl writes it: "$10.00 off", "15% off".
  'referral.amountOff': '{amount} off',
  'referral.link': 'Your referral link',
  'referral.copyLink': 'Copy link',
  'referral.linkCopied': 'Link copied',
  'referral.share': 'Share',
  'referral.shareText': '{reward} at {program}, with my link:',
  'referral.invited': { one: '{count} friend invited', other: '{count} friends invited' },
  'referral.converted': { one: '{count} friend ordered', other: '{count} friends ordered' },
  'referral.earned': '{points} earned from referrals',
  'referral.welcome': 'A friend invited you to {program}',
  'referral.welcomeGift': 'Join now and get {reward} on your first order.',
  'referral.welcomeMinimum': 'For orders of {minimum} or more.',
  'referral.welcomePoints': 'Plus {points} for joining.',
  'referral.welcomeCode': 'Invitation code: {code}',
  'earn.follow': 'Follow us on {network}',
  'earn.share': 'Share on {network}',
  'earn.claim': 'Claim {points}',
  'earn.claimed': '{points} added to your balance',
  'earn.claimFailed': 'We couldn’t add these points. Try again later.',
  'earn.birthday': 'Your birthday',
  'earn.month': 'Month',
  'earn.day': 'Day',
  'earn.saveBirthday': 'Save birthday',
  'earn.birthdaySaved': 'Birthday saved',
  'cart.earn': 'Earn {points} with this order',
  'cart.toReward': {
    one: '{count} more point to {reward}',
    other: '{count} more points to {reward}',
  },
  'cart.unlocks': 'This order unlocks {reward}',
  'checkout.title': 'Use your points',
  'checkout.choose': 'Choose a reward',
  'checkout.option': '{reward} for {points}',
  'checkout.apply': 'Apply',
  'checkout.applied': '{reward} applied with code {code}',
  'checkout.remove': 'Remove',
  'checkout.removed': {
    one: '{reward} removed, {count} point refunded',
    other: '{reward} removed, {count} points refunded',
  },
  'checkout.removeFailed': 'We couldn’t remove the reward. Try again.',
  'checkout.none': 'No rewards for this order yet',
  'checkout.signIn': 'Sign in to use your points',
  'checkout.unavailable': 'Rewards unavailable right now',
  'account.rewards': { one: '{count} unused reward', other: '{count} unused rewards' },
  'order.earned': {
    one: 'You earned {count} point with this order',
    other: 'You earned {count} points with this order',
  },
  'order.guest': 'Members earn {points} on an order like this',
  'landing.how': 'How it works',
  'landing.stepJoin': 'Create a free account',
  'landing.stepEarn': 'Earn points on orders and more',
  'landing.stepRedeem': 'Turn your points into rewards',
  'landing.faq': 'Questions and answers',
  // The price of a reward bought with any number of points from this one up.
  'landing.from': 'From {points}',
  'faq.earnQ': 'How do I earn points?',
  'faq.earnA': 'You earn {rate} on every order, and points for the other ways to earn above.',
  'faq.redeemQ': 'How do I use my points?',
  'faq.redeemA':
    'Pick a reward in your account or at checkout. You get a code that applies it to your order.',
  'faq.pendingQ': 'When can I spend points from an order?',
  'faq.pendingA': {
    one: '{count} day after your order, once it can no longer be returned.',
    other: '{count} days after your order, once it can no longer be returned.',
  },
} satisfies Record<string, Message>;

/** English messages of the nudge, which comes with the backend chunk rather than the panel. */
export const enNudge = {
  'nudge.redeemable': 'You can redeem {points} for {reward}',
  'nudge.see': 'See rewards',
  'nudge.dismiss': 'Dismiss',
} satisfies Record<string, Message>;

/**
 * The English catalog is the source of truth: its keys are every message the
 * widgets show. `{name}` placeholders are filled by the translator.
 */
// Marked pure so bundles that use only one part (the script tag's entry) drop the other.
export const en: typeof enEntry & typeof enPanel & typeof enNudge = /* @__PURE__ */ Object.assign(
  {},
  enEntry,
  enPanel,
  enNudge,
);

export type MessageKey = keyof typeof en;
/** A full translation: every English key, each with a message of its own. */
export type Catalog = Record<MessageKey, Message>;
