import type { Customer, Program } from '@loyaltykit/core';
import type { EngineSeed, ProgramTexts } from './types.ts';

/** The languages a seed's programme exists in, its own first; none for a seed that names none. */
export const seedLocales = (seed: EngineSeed): string[] =>
  seed.locale ? [seed.locale, ...Object.keys(seed.translations ?? {})] : [];

/** The translation for `locale`, `undefined` for the seed's own language or one it lacks. */
const textsFor = (seed: EngineSeed, locale: string | undefined): ProgramTexts | undefined =>
  locale === undefined ? undefined : seed.translations?.[locale];

/**
 * The programme with its merchant texts in `locale`: names, titles,
 * descriptions and perks the translation has replace the seed's; whatever it
 * lacks stays in the seed's language. Rules, prices and ids never change.
 */
export function translateProgram(seed: EngineSeed, program: Program, locale?: string): Program {
  const texts = textsFor(seed, locale);
  if (!texts) return program;
  return {
    ...program,
    ...(texts.name && { name: texts.name }),
    earningRules: program.earningRules.map((rule) => ({
      ...rule,
      ...texts.earningRules?.[rule.id],
    })),
    rewards: program.rewards.map((reward) => ({ ...reward, ...texts.rewards?.[reward.id] })),
    tiers: program.tiers.map((tier) => ({ ...tier, ...texts.tiers?.[tier.id] })),
    bonusEvents: program.bonusEvents.map((event) => ({
      ...event,
      ...texts.bonusEvents?.[event.id],
    })),
  };
}

/** The customer with their codes' reward titles in `locale`, as {@link translateProgram} has them. */
export function translateCustomer(seed: EngineSeed, customer: Customer, locale?: string): Customer {
  const rewards = textsFor(seed, locale)?.rewards;
  if (!rewards) return customer;
  return {
    ...customer,
    redemptions: customer.redemptions.map((redemption) => {
      const title = rewards[redemption.rewardId]?.title;
      return title ? { ...redemption, rewardTitle: title } : redemption;
    }),
  };
}
