import type { LoyaltyModel } from './model.ts';
import { callForShopper } from './shopper.ts';
import type { LedgerEntry } from './types.ts';

/**
 * Claims an action rule the shopper completed (a social follow or share) and
 * applies the new balance and rule usage to the model. Rejects with the
 * backend's LoyaltyError (`action_limit_reached`, …), or with
 * `identity_changed` (and changes nothing) when the shopper changed meanwhile.
 *
 * @example
 * ```ts
 * const entry = await claimAction(model, 'follow_instagram'); // entry.points === 50
 * ```
 */
export async function claimAction(model: LoyaltyModel, ruleId: string): Promise<LedgerEntry> {
  const { entry, balance } = await callForShopper(model, (backend) => backend.claimAction(ruleId));
  model.updateCustomer((customer) => {
    const used = customer.ruleUsage.find((usage) => usage.ruleId === ruleId);
    const others = customer.ruleUsage.filter((usage) => usage.ruleId !== ruleId);
    return {
      ...customer,
      balance,
      ruleUsage: [...others, { ruleId, count: (used?.count ?? 0) + 1, lastAt: entry.createdAt }],
    };
  });
  return entry;
}

/** Records the shopper's birthday (once) and applies the updated customer to the model. */
export async function saveBirthday(
  model: LoyaltyModel,
  birthday: { month: number; day: number },
): Promise<void> {
  const customer = await callForShopper(model, (backend) => backend.setBirthday(birthday));
  model.updateCustomer(() => customer);
}
