// The parts of Voucherify's API objects the connector reads, named as in the
// vendored OpenAPI documents (vendor/, schema names in comments). Optional
// values may be `null` as well as absent: the platform's own examples send
// `null` for them throughout.

type Maybe<T> = T | null | undefined;

/** `LoyaltiesGetCampaignResponseBody`. */
export interface VoucherifyCampaign {
  id: string;
  name: string;
  campaign_type?: Maybe<string>;
  voucher?: Maybe<{ discount?: Maybe<VoucherifyDiscount> }>;
  loyalty_tiers_expiration?: Maybe<{ qualification_type?: Maybe<string> }>;
}

/** `Discount`: what a discount voucher takes off. Amounts are ×100 (see money.ts). */
export interface VoucherifyDiscount {
  type: 'AMOUNT' | 'PERCENT' | 'UNIT' | 'FIXED';
  amount_off?: Maybe<number>;
  percent_off?: Maybe<number>;
  unit_type?: Maybe<string>;
}

/** `EarningRule`. */
export interface VoucherifyEarningRule {
  id: string;
  event: string;
  active: boolean;
  start_date?: Maybe<string>;
  expiration_date?: Maybe<string>;
  source: { banner?: Maybe<string> };
  custom_event?: Maybe<{ schema_id: string }>;
  loyalty_tier?: Maybe<{ id: string }>;
  /** Days earned points wait (`order.paid` rules only). */
  pending_points?: Maybe<{ period_type?: Maybe<string>; period_value?: Maybe<number> }>;
  loyalty: {
    type: 'FIXED' | 'PROPORTIONAL';
    points?: Maybe<number>;
    calculation_type?: Maybe<string>;
    order?: Maybe<{
      amount?: Maybe<VoucherifyRate>;
      total_amount?: Maybe<VoucherifyRate>;
    }>;
    order_items?: Maybe<{
      amount?: Maybe<VoucherifyItemRate>;
      subtotal_amount?: Maybe<VoucherifyItemRate>;
    }>;
  };
  metadata?: Maybe<Record<string, unknown>>;
}

/** `points` for every `every` (money ×100). */
export interface VoucherifyRate {
  every: number;
  points: number;
}

/** A rate on the order lines of one collection or product. */
export interface VoucherifyItemRate extends VoucherifyRate {
  object: 'products_collection' | 'product' | 'sku';
  id: string;
}

/** `LoyaltyTier`. */
export interface VoucherifyTier {
  id: string;
  name: string;
  points: { from?: Maybe<number>; to?: Maybe<number> };
  earning_rules?: Maybe<Record<string, { type: string; multiplier?: Maybe<number> }>>;
  /** On a member's tier (`list-member-loyalty-tier`). */
  expiration?: Maybe<{ expiration_date?: Maybe<string> }>;
}

/** `RewardAssignment` of a loyalty campaign. */
export interface VoucherifyRewardAssignment {
  id: string;
  reward_id: string;
  parameters?: Maybe<{ loyalty?: Maybe<{ points?: Maybe<number> }> }>;
}

/** `Reward`. */
export interface VoucherifyReward {
  id: string;
  name: string;
  type: 'CAMPAIGN' | 'COIN' | 'MATERIAL';
  stock?: Maybe<number>;
  redeemed?: Maybe<number>;
  attributes?: Maybe<{ description?: Maybe<string> }>;
  parameters?: Maybe<{
    campaign?: Maybe<{ id: string; type: string; balance?: Maybe<number> }>;
    product?: Maybe<{ id: string; sku_id?: Maybe<string> }>;
  }>;
}

/** `Customer`. */
export interface VoucherifyCustomer {
  id: string;
  source_id?: Maybe<string>;
  name?: Maybe<string>;
  birthdate?: Maybe<string>;
}

/** `LoyaltyMember`: a loyalty card (a voucher of type `LOYALTY_CARD`). */
export interface VoucherifyMember {
  id: string;
  code: string;
  holder_id?: Maybe<string>;
  loyalty_card?: Maybe<{
    points?: Maybe<number>;
    balance?: Maybe<number>;
    pending_points?: Maybe<number>;
    next_expiration_date?: Maybe<string>;
    next_expiration_points?: Maybe<number>;
  }>;
}

/** `Voucher`, as a reward redemption issues it. */
export interface VoucherifyVoucher {
  id: string;
  code: string;
  type?: Maybe<string>;
  discount?: Maybe<VoucherifyDiscount>;
  gift?: Maybe<{ amount?: Maybe<number>; balance?: Maybe<number> }>;
  expiration_date?: Maybe<string>;
}

/** `RedemptionBase` (and `RedemptionRollback`, `object: 'redemption_rollback'`). */
export interface VoucherifyRedemption {
  id: string;
  object: 'redemption' | 'redemption_rollback';
  date: string;
  status?: Maybe<'SUCCEEDED' | 'FAILED' | 'ROLLED_BACK'>;
  result?: Maybe<'SUCCESS' | 'FAILURE'>;
  amount?: Maybe<number>;
  customer?: Maybe<{ id?: Maybe<string>; source_id?: Maybe<string> }>;
  voucher?: Maybe<{ id: string; code?: Maybe<string> }>;
  loyalty_card?: Maybe<{ points?: Maybe<number> }>;
  reward?: Maybe<{
    id?: Maybe<string>;
    name?: Maybe<string>;
    type?: Maybe<string>;
    assignment_id?: Maybe<string>;
    voucher?: Maybe<VoucherifyVoucher>;
    parameters?: VoucherifyReward['parameters'];
  }>;
}

/** `LoyaltyCardTransaction`. */
export interface VoucherifyTransaction {
  id: string;
  type: string;
  reason?: Maybe<string>;
  created_at: string;
  details?: Maybe<{
    balance?: Maybe<{ points?: Maybe<number> }>;
    earning_rule?: Maybe<{ id?: Maybe<string>; source?: Maybe<{ banner?: Maybe<string> }> }>;
    reward?: Maybe<{ id?: Maybe<string>; name?: Maybe<string> }>;
  }>;
}

/** `LoyaltyPendingPoints`. */
export interface VoucherifyPendingPoints {
  id: string;
  points: number;
  activates_at: string;
  created_at: string;
  details?: Maybe<{ earning_rule?: Maybe<{ source?: Maybe<{ banner?: Maybe<string> }> }> }>;
}

/** A list response: Voucherify names the array in `data_ref`. */
export interface VoucherifyList<T> {
  data?: T[];
  vouchers?: T[];
  redemptions?: T[];
  has_more?: Maybe<boolean>;
  more_starting_after?: Maybe<string>;
}
