// The fake Voucherify project's starting state, assembled from the vendored
// documents' embedded examples. Every object is an example object; what the
// fake changes is listed where it does it: ids relinked so that the examples'
// objects (written for different customers and campaigns) form one project,
// and the merchant settings a real project would hold (which rewards the
// campaign offers, and one earning rule marked as a social action).
import { type Obj, obj, objs, str } from './json.ts';
import type { Spec } from './spec.ts';

/** One reward the loyalty campaign offers, with its assignment. */
export interface WorldReward {
  assignment: Obj;
  /** As `get-reward-details` answers it. */
  reward: Obj;
  /** The `redeem-reward-1` example it is redeemed like. */
  example: string;
}

/** The fake project's state; the fake mutates it as requests arrive. */
export interface World {
  campaign: Obj;
  earningRules: Obj[];
  tiers: Obj[];
  rewards: WorldReward[];
  /** Discount campaigns whose coupons rewards issue, by id. */
  couponCampaigns: Map<string, Obj>;
  customer: Obj;
  /** The customer's loyalty card (a `LoyaltyMember`). */
  card: Obj;
  /** The customer's tier, as `list-member-loyalty-tier` answers it. */
  memberTier: Obj;
  /** Newest first. */
  transactions: Obj[];
  pendingPoints: Obj[];
  /** Redemptions and rollbacks, by id, as `get-redemption` answers them. */
  redemptions: Map<string, Obj>;
  /** The gift card the customer's gift rewards credit. */
  giftCard: Obj;
}

/** The customer of the fake: the `get-customer` example, Alice Morgan. */
export const DEMO_CUSTOMER = 'alice.morgan@email.com';

/** The earning rule the fake's merchant marked as a social action (its metadata, see map-program.ts). */
export const SOCIAL_RULE_ID = 'ern_L8dFanPxJzhw0f5voTwPurGP';

/** Reward examples of `redeem-reward-1`, by the reward each redeems. */
const REDEEMED = {
  coupon: 'Redeem Reward that gives a discount coupon',
  gift: 'Redeem Reward that adds credits to a gift card',
  material: 'Redeem a Material Reward of a Product Type',
} as const;

export function createWorld(spec: Spec): World {
  const campaign = obj(spec.example('get-loyalty-program', 200));
  const campaignId = str(campaign, 'id');
  const earningRules = objs(obj(spec.example('list-earning-rules', 200)).data);
  // The merchant's setting: the "page_view" custom-event rule (3 points) is a claimable follow.
  const social = obj(earningRules.find((rule) => rule.id === SOCIAL_RULE_ID));
  social.metadata = {
    ...obj(social.metadata),
    loyaltykit_network: 'instagram',
    loyaltykit_url: 'https://www.instagram.com/harborsupply',
  };
  const tiers = objs(obj(spec.example('list-loyalty-tiers', 200)).data);

  // The coupon campaign is `get-campaign`'s example ($20 off the entire order,
  // the same discount the coupon reward's redemption example issues).
  const coupons = obj(spec.example('get-campaign', 200));
  // Required by the schema, absent from the example.
  coupons.categories ??= [];
  const couponCampaigns = new Map([[str(coupons, 'id'), coupons]]);

  // Each reward is the one its redemption example redeems; `get-reward-details`'
  // "Discount Coupon" example gives the fields a reward read on its own has
  // (stock, redeemed, attributes, metadata). Its price is the points that
  // example spent; the assignment is list-reward-assignments-2's first entry
  // with the example's assignment id.
  const detailsTemplate = obj(spec.example('get-reward-details', 200, 'Discount Coupon'));
  const assignmentTemplate = objs(obj(spec.example('list-reward-assignments-2', 200)).data)[0];
  const rewards = Object.values(REDEEMED).map((name): WorldReward => {
    const redemption = obj(spec.example('redeem-reward-1', 200, name));
    const redeemed = obj(redemption.reward);
    const parameters = structuredClone(obj(redeemed.parameters));
    if (isCoupon(parameters)) obj(parameters.campaign).id = str(coupons, 'id');
    const reward = {
      ...structuredClone(detailsTemplate),
      id: redeemed.id,
      name: redeemed.name,
      type: redeemed.type,
      parameters,
      created_at: redeemed.created_at,
      updated_at: redeemed.updated_at,
    };
    const assignment = {
      ...structuredClone(obj(assignmentTemplate)),
      id: redeemed.assignment_id,
      reward_id: redeemed.id,
      related_object_id: campaignId,
      parameters: { loyalty: { points: obj(redemption.loyalty_card).points } },
    };
    return { assignment, reward, example: name };
  });

  const customer = obj(spec.example('get-customer', 200));
  const customerId = str(customer, 'id');
  // `get-member-1`'s card, held by this customer in this campaign.
  const card = obj(spec.example('get-member-1', 200));
  Object.assign(card, {
    campaign: campaign.name,
    campaign_id: campaignId,
    holder_id: customerId,
  });
  const cardId = str(card, 'id');

  // The pending-points example's entries, on this card.
  const pendingPoints = objs(obj(spec.example('list-member-pending-points-1', 200)).data).map(
    (entry): Obj => ({
      ...entry,
      voucher_id: cardId,
      campaign_id: campaignId,
      customer_id: customerId,
    }),
  );
  obj(card.loyalty_card).pending_points = pendingPoints.reduce(
    (sum, entry) => sum + (entry.points as number),
    0,
  );

  const memberTier = objs(obj(spec.example('list-member-loyalty-tier', 200)).data)[0] as Obj;
  obj(memberTier.expiration).customer_id = customerId;

  // The card transactions example's entries that conform to the schema, on this card.
  const transactionList = obj(spec.example('list-loyalty-card-transactions-1', 200));
  const transactions = objs(transactionList.data)
    .map((entry) => ({ ...entry, voucher_id: cardId, campaign_id: campaignId }))
    .filter(
      (entry) =>
        spec.responseMismatches('list-loyalty-card-transactions-1', 200, {
          ...transactionList,
          data: [entry],
          has_more: false,
        }).length === 0,
    );

  // The gift card the gift reward's redemption example credits.
  const giftCard = obj(
    obj(obj(spec.example('redeem-reward-1', 200, REDEEMED.gift)).reward).voucher,
  );
  giftCard.holder_id = customerId;

  return {
    campaign,
    earningRules,
    tiers,
    rewards,
    couponCampaigns,
    customer,
    card,
    memberTier,
    transactions,
    pendingPoints,
    redemptions: new Map(),
    giftCard,
  };
}

function isCoupon(parameters: Obj): boolean {
  const campaign = parameters.campaign;
  return (
    typeof campaign === 'object' && campaign !== null && obj(campaign).type === 'DISCOUNT_COUPONS'
  );
}
