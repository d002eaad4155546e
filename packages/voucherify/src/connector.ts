import {
  type ActivityPage,
  type Balance,
  type Customer,
  type EarningRule,
  LoyaltyError,
  type Program,
  type RuleUsage,
} from '@loyaltykit/core';
import type { Connector } from '@loyaltykit/gateway';
import { type VoucherifyCredentials, VoucherifyError, voucherifyHttp } from './http.ts';
import {
  mapBalance,
  mapPendingPoints,
  mapRedemption,
  mapTierStatus,
  mapTransaction,
} from './map-member.ts';
import { type AssignedReward, mapProgram, type ProgramSource } from './map-program.ts';
import type {
  VoucherifyCampaign,
  VoucherifyCustomer,
  VoucherifyEarningRule,
  VoucherifyList,
  VoucherifyMember,
  VoucherifyPendingPoints,
  VoucherifyRedemption,
  VoucherifyReward,
  VoucherifyRewardAssignment,
  VoucherifyTier,
  VoucherifyTransaction,
} from './wire.ts';

/** A Voucherify loyalty campaign served as a Loyalty Kit programme. */
export interface VoucherifyConnectorOptions extends VoucherifyCredentials {
  /** The loyalty campaign's id (`camp_…`). */
  campaignId: string;
  /** ISO 4217 code of the campaign's amounts (Voucherify amounts carry no currency). */
  currency: string;
  /** How long the programme is kept between reads, in ms. Default 60 000 (the gateway's `max-age`). */
  programTtlMs?: number;
  /** Where guests join and sign in, shown by the widgets. */
  signUpUrl?: string;
  signInUrl?: string;
  /** The clock, in ms. Default `Date.now`. */
  now?: () => number;
}

/** Page size of Voucherify list calls (its maximum). */
const PAGE = 100;

const path = (...segments: string[]) =>
  segments.map((segment) => `/${encodeURIComponent(segment)}`).join('');

const listOf = <T>(list: VoucherifyList<T>): T[] =>
  list.data ?? list.vouchers ?? list.redemptions ?? [];

const notFound = (detail: string) => new LoyaltyError('not_found', detail, { status: 404 });

const isStatus = (error: unknown, status: number) =>
  error instanceof VoucherifyError && error.status === status;

/**
 * A gateway connector for one Voucherify loyalty campaign. The shopper is the
 * Voucherify customer whose `source_id` is the verified token's subject, and
 * their member is that customer's loyalty card in the campaign; a customer
 * without a card is not a member (401, the widgets show the guest view).
 *
 * Refusals are `LoyaltyError`s as the gateway expects; a Voucherify outage or
 * an answer the connector cannot read is an ordinary error (the gateway's
 * 500, not stored for the idempotency key, so a retry may succeed).
 *
 * @example
 * ```ts
 * const gateway = createGateway({
 *   connector: voucherifyConnector({
 *     apiUrl: 'https://api.voucherify.io',
 *     appId: process.env.VOUCHERIFY_APP_ID!,
 *     secretKey: process.env.VOUCHERIFY_SECRET_KEY!,
 *     campaignId: 'camp_fkZ28pe7DUAEmmabofkxHI8N',
 *     currency: 'USD',
 *   }),
 *   keys: { pk_live_shop: { audience: 'shop.example.com', signingKeys: [{ secret }] } },
 * });
 * ```
 */
export function voucherifyConnector(options: VoucherifyConnectorOptions): Connector {
  const http = voucherifyHttp(options);
  const now = options.now ?? Date.now;
  const ttl = options.programTtlMs ?? 60_000;
  const campaign = path('v1', 'loyalties', options.campaignId);

  async function readSource(): Promise<ProgramSource> {
    const [details, rules, tiers, assignments] = await Promise.all([
      http.get<VoucherifyCampaign>(campaign),
      http.get<VoucherifyList<VoucherifyEarningRule>>(`${campaign}/earning-rules`, { limit: PAGE }),
      http.get<VoucherifyList<VoucherifyTier>>(`${campaign}/tiers`, { limit: PAGE }),
      http.get<VoucherifyList<VoucherifyRewardAssignment>>(`${campaign}/rewards`, { limit: PAGE }),
    ]);
    const rewards = await Promise.all(
      listOf(assignments).map(async (assignment): Promise<AssignedReward> => {
        const reward = await http.get<VoucherifyReward>(
          `${campaign}${path('reward-assignments', assignment.id, 'reward')}`,
        );
        const coupons = reward.parameters?.campaign;
        if (coupons?.type !== 'DISCOUNT_COUPONS') return { assignment, reward };
        const discount = await http
          .get<VoucherifyCampaign>(path('v1', 'campaigns', coupons.id))
          .then((found) => found.voucher?.discount ?? undefined)
          // A reward whose coupon campaign is gone is not offered (mapReward drops it).
          .catch((error) => (isStatus(error, 404) ? undefined : Promise.reject(error)));
        return { assignment, reward, ...(discount && { discount }) };
      }),
    );
    return { campaign: details, earningRules: listOf(rules), tiers: listOf(tiers), rewards };
  }

  let cached:
    | { at: number; value: Promise<{ program: Program; source: ProgramSource }> }
    | undefined;
  function programme() {
    if (cached && now() - cached.at < ttl) return cached.value;
    const value = readSource().then((source) => ({
      source,
      program: mapProgram(source, {
        currency: options.currency,
        now: now(),
        ...(options.signUpUrl && { signUpUrl: options.signUpUrl }),
        ...(options.signInUrl && { signInUrl: options.signInUrl }),
      }),
    }));
    cached = { at: now(), value };
    // A failed read is not kept: the next request tries again.
    value.catch(() => {
      if (cached?.value === value) cached = undefined;
    });
    return value;
  }

  /** The customer's loyalty card in the campaign; `undefined` when they have none. */
  async function cardOf(sourceId: string): Promise<VoucherifyMember | undefined> {
    const members = await http.get<VoucherifyList<VoucherifyMember>>(`${campaign}/members`, {
      customer: sourceId,
      limit: 1,
    });
    return listOf(members)[0];
  }

  async function member(sourceId: string): Promise<VoucherifyMember> {
    const card = await cardOf(sourceId);
    if (!card) throw new LoyaltyError('unauthorized', 'No such member.', { status: 401 });
    return card;
  }

  const balanceOf = async (sourceId: string): Promise<Balance> =>
    mapBalance(await member(sourceId), now());

  const transactions = (
    card: VoucherifyMember,
    query: Record<string, string | number | undefined>,
  ) =>
    http.get<VoucherifyList<VoucherifyTransaction>>(
      `${campaign}${path('members', card.code, 'transactions')}`,
      query,
    );

  const actionRules = (program: Program) =>
    program.earningRules.filter(
      (rule): rule is Extract<EarningRule, { kind: 'social_follow' | 'social_share' }> =>
        rule.kind === 'social_follow' || rule.kind === 'social_share',
    );

  /** How often each action rule paid this card, from its recent transactions. */
  async function ruleUsage(program: Program, card: VoucherifyMember): Promise<RuleUsage[]> {
    const actions = new Set(actionRules(program).map((rule) => rule.id));
    if (actions.size === 0) return [];
    const usage = new Map<string, RuleUsage>();
    for (const transaction of listOf(await transactions(card, { limit: PAGE }))) {
      const ruleId = transaction.details?.earning_rule?.id;
      if (transaction.type !== 'POINTS_ACCRUAL' || !ruleId || !actions.has(ruleId)) continue;
      const seen = usage.get(ruleId);
      usage.set(ruleId, {
        ruleId,
        count: (seen?.count ?? 0) + 1,
        // Newest first: the first one seen is the last use.
        lastAt: seen?.lastAt ?? transaction.created_at,
      });
    }
    return [...usage.values()];
  }

  /** The card's reward redemptions, newest first (the last 100). */
  async function redemptionsOf(sourceId: string, card: VoucherifyMember) {
    const list = await http.get<VoucherifyList<VoucherifyRedemption>>('/v1/redemptions', {
      customer: sourceId,
      limit: PAGE,
      order: '-created_at',
    });
    return listOf(list).filter(
      (redemption) =>
        redemption.object === 'redemption' &&
        redemption.voucher?.id === card.id &&
        redemption.reward,
    );
  }

  const unsupported = (what: string) =>
    new LoyaltyError('not_found', `Voucherify does not ${what} here.`, { status: 404 });

  return {
    program: async () => (await programme()).program,

    async customer(sourceId) {
      const [{ program, source }, profile, card] = await Promise.all([
        programme(),
        http
          .get<VoucherifyCustomer>(path('v1', 'customers', sourceId))
          .catch((error) => (isStatus(error, 404) ? undefined : Promise.reject(error))),
        cardOf(sourceId),
      ]);
      if (!profile || !card) return undefined;
      const [tiers, redemptions, usage] = await Promise.all([
        http.get<VoucherifyList<VoucherifyTier>>(
          path('v1', 'loyalties', 'members', card.code, 'tiers'),
        ),
        redemptionsOf(sourceId, card),
        ruleUsage(program, card),
      ]);
      const balance = mapBalance(card, now());
      const byBalance = source.campaign.loyalty_tiers_expiration?.qualification_type === 'BALANCE';
      const tier = mapTierStatus(
        program,
        listOf(tiers)[0],
        byBalance ? balance.available : balance.lifetime,
      );
      const at = now();
      const firstName = profile.name?.trim().split(/\s+/)[0];
      const birthdate = /^\d{4}-(\d{2})-(\d{2})$/.exec(profile.birthdate ?? '');
      const customer: Customer = {
        id: sourceId,
        ...(firstName && { firstName }),
        ...(birthdate && { birthday: { month: Number(birthdate[1]), day: Number(birthdate[2]) } }),
        balance,
        ...(tier && { tier }),
        redemptions: redemptions
          .map((redemption) => mapRedemption(redemption, program))
          .filter(
            (redemption) =>
              redemption.status === 'issued' &&
              (!redemption.expiresAt || Date.parse(redemption.expiresAt) > at),
          ),
        ruleUsage: usage,
      };
      return customer;
    },

    async activity(sourceId, { cursor, limit }) {
      const card = await member(sourceId);
      const [page, pending] = await Promise.all([
        transactions(card, { limit: limit ?? 20, starting_after_id: cursor }),
        // Pending points are not transactions yet: the first page shows them, newest first.
        cursor
          ? undefined
          : http.get<VoucherifyList<VoucherifyPendingPoints>>(
              `${campaign}${path('members', card.code, 'pending-points')}`,
              { limit: PAGE, order: '-created_at' },
            ),
      ]);
      const list = listOf(page);
      const entries = [
        ...(pending ? listOf(pending).map(mapPendingPoints) : []),
        ...list.map(mapTransaction).filter((entry) => entry !== undefined),
      ];
      const last = page.more_starting_after ?? list.at(-1)?.id;
      const result: ActivityPage = { entries, ...(page.has_more && last && { nextCursor: last }) };
      return result;
    },

    async redeem(sourceId, { rewardId, points }) {
      const { program } = await programme();
      const reward = program.rewards.find((candidate) => candidate.id === rewardId);
      if (!reward)
        throw new LoyaltyError('reward_unavailable', `No reward ${rewardId}.`, { status: 422 });
      if (points !== undefined && points !== reward.pointsPrice)
        throw new LoyaltyError(
          'reward_unavailable',
          `${reward.title} costs exactly ${reward.pointsPrice} points.`,
          { status: 422 },
        );
      const card = await member(sourceId);
      const available = mapBalance(card, now()).available;
      // Voucherify documents no refusal for a short balance: check before asking it.
      if (available < reward.pointsPrice)
        throw new LoyaltyError(
          'insufficient_points',
          `${reward.title} needs ${reward.pointsPrice - available} more points.`,
          { status: 422 },
        );
      const redemption = await http
        .post<VoucherifyRedemption>(`${campaign}${path('members', card.code, 'redemption')}`, {
          reward: { id: reward.id },
        })
        .catch((error) => {
          if (error instanceof VoucherifyError && error.status >= 400 && error.status < 500)
            throw new LoyaltyError('reward_unavailable', error.message, { status: 422 });
          throw error;
        });
      return { redemption: mapRedemption(redemption, program), balance: await balanceOf(sourceId) };
    },

    async cancelRedemption(sourceId, redemptionId) {
      const { program } = await programme();
      const card = await member(sourceId);
      const found = await http
        .get<VoucherifyRedemption>(path('v1', 'redemptions', redemptionId))
        .catch((error) => (isStatus(error, 404) ? undefined : Promise.reject(error)));
      // Another shopper's redemption, or not a reward of this card, is not found for this one.
      if (found?.object !== 'redemption' || found.voucher?.id !== card.id || !found.reward)
        throw notFound(`No redemption ${redemptionId}.`);
      if (found.status !== 'ROLLED_BACK') {
        await http
          .post(
            `${path('v1', 'redemptions', redemptionId, 'rollback')}`,
            {},
            {
              reason: 'Cancelled by the shopper',
            },
          )
          .catch((error) => {
            if (error instanceof VoucherifyError && error.key === 'already_rolled_back') return;
            if (error instanceof VoucherifyError && error.status >= 400 && error.status < 500)
              throw new LoyaltyError('redemption_not_cancellable', error.message, { status: 409 });
            throw error;
          });
      }
      const redemption = { ...mapRedemption(found, program), status: 'cancelled' as const };
      return { redemption, balance: await balanceOf(sourceId) };
    },

    async claimAction(sourceId, ruleId) {
      const { program, source } = await programme();
      const rule = actionRules(program).find((candidate) => candidate.id === ruleId);
      const event = source.earningRules.find((candidate) => candidate.id === ruleId)?.event;
      if (!rule || !event) throw notFound(`No action rule ${ruleId}.`);
      const card = await member(sourceId);
      if ((await ruleUsage(program, card)).some((usage) => usage.ruleId === ruleId))
        throw new LoyaltyError('action_limit_reached', `${rule.title} was already claimed.`, {
          status: 422,
        });
      await http.post('/v1/events', {
        event,
        customer: { source_id: sourceId },
        loyalty: { code: card.code },
      });
      const after = await member(sourceId);
      const newest = listOf(await transactions(after, { limit: 1 }))[0];
      const paid =
        newest?.type === 'POINTS_ACCRUAL' && newest.details?.earning_rule?.id === ruleId
          ? mapTransaction(newest)
          : undefined;
      // Voucherify may award an event's points after answering: then the line is what the rule pays.
      const entry = paid ?? {
        id: `${ruleId}:${now()}`,
        kind: 'earn' as const,
        points: rule.points,
        description: rule.title,
        createdAt: new Date(now()).toISOString(),
      };
      return { entry, balance: mapBalance(after, now()) };
    },

    setBirthday() {
      throw unsupported('record birthdays');
    },
  };
}
