import type { Cart, LedgerEntry, Program, Redemption, Timestamp } from '@loyaltykit/core';
import type { StoredResponse } from '@loyaltykit/gateway';

/**
 * The members every seed provides, one per demo and test scenario. A
 * scenario signs in as one of them (or as nobody, for a guest).
 */
export const PERSONAS = ['member', 'new_member', 'vip', 'low_balance'] as const;
export type Persona = (typeof PERSONAS)[number];

/**
 * Texts the engine writes into ledger entries it creates itself, in the
 * store's language. `{number}`, `{title}` and `{tier}` are filled in.
 */
export interface LedgerLabels {
  /** An order's points, e.g. `Order {number}`. */
  order: string;
  /** Points returned for a cancelled code, e.g. `Refund: {title}`. */
  refund: string;
  /** Points that reached their expiry date. */
  expire: string;
  /** Points for entering a tier, e.g. `Welcome to {tier}`. */
  tierEntry: string;
  /** The referrer's points when a friend's first order completes. */
  referral: string;
}

/** Something that happened to a seed member, replayed through the engine at that time. */
export type SeedEvent = { daysAgo: number } & (
  | { order: Cart }
  | { claim: string }
  | {
      redeem: string;
      points?: number;
      /** What became of the code; absent leaves it issued. */
      status?: 'used' | 'cancelled';
    }
);

/** A member as a seed describes them: who they are and their history, never their balance. */
export interface SeedMember {
  id: string;
  firstName?: string;
  /** Days since they joined (the signup rule pays then). */
  joinedDaysAgo: number;
  /** Another seed member's id, whose referral link brought this one. */
  referredBy?: string;
  /** Oldest first. Balances, tiers and rule usage follow from these events. */
  history: SeedEvent[];
}

/**
 * A programme's merchant texts in another language, by the id of what they
 * belong to. What a translation lacks stays in the seed's language.
 */
export interface ProgramTexts {
  name?: string;
  earningRules?: Record<string, { title?: string; description?: string }>;
  rewards?: Record<string, { title?: string; description?: string }>;
  tiers?: Record<string, { name?: string; perks?: string[] }>;
  bonusEvents?: Record<string, { title?: string }>;
}

/**
 * What an engine starts from. The programme is built from the engine's start
 * day, so a seed's bonus event is live whenever a demo runs; member balances
 * are the result of replaying their history, so they always add up.
 */
export interface EngineSeed {
  program: (today: number) => Program;
  members: SeedMember[];
  personas: Record<Persona, string>;
  labels: LedgerLabels;
  /** Prefix of issued codes, e.g. `HARBOR`. */
  codePrefix: string;
  /** Where referral links point; the member's code is appended. */
  referralUrl: string;
  /** Days after which earned points expire, oldest first; absent means never. */
  pointsExpireAfterDays?: number;
  /**
   * The BCP 47 tag of the language the programme's texts are written in. With
   * it, the API names the language of its answers (`Content-Language`).
   */
  locale?: string;
  /**
   * The programme's texts in other languages, by tag (`{ ar: { … } }`): the
   * API answers each request in the closest one to its `Accept-Language`.
   * Ledger entries stay in the store's language, as written when they happened.
   */
  translations?: Record<string, ProgramTexts>;
}

/** One line of a member's ledger, with what the engine needs beyond the wire entry. */
export interface LedgerRecord extends LedgerEntry {
  /** Insertion order: activity pages and cursors follow it. */
  seq: number;
  /**
   * Points of this entry still spendable (earn and refund entries): spending
   * and expiry take from the oldest first.
   */
  remaining?: number;
  /** When `remaining` expires. */
  expiresAt?: Timestamp;
}

/** A rule use, for limits and badges. */
export interface RuleUse {
  ruleId: string;
  at: Timestamp;
}

/** A member's whole state. Plain data, so the engine state can be saved as JSON. */
export interface Member {
  id: string;
  firstName?: string;
  birthday?: { month: number; day: number };
  referralCode: string;
  referredBy?: string;
  ordersPlaced: number;
  /** Tiers whose entry points were paid: each pays once, ever. */
  tiersEntered: string[];
  referral: { invited: number; converted: number; pointsEarned: number };
  ledger: LedgerRecord[];
  /** Every redemption, any status, oldest first. */
  redemptions: Redemption[];
  ruleUses: RuleUse[];
}

/** Everything an engine remembers. JSON-safe: the browser demo saves it in `localStorage`. */
export interface EngineState {
  version: 1;
  members: Record<string, Member>;
  /** Responses kept for idempotency keys, by the gateway's storage key. */
  responses: Record<string, StoredResponse>;
  /** Source of ids and order numbers. */
  counter: number;
  /** State of the code generator. */
  random: number;
}
