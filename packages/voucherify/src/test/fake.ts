// A fake Voucherify API for tests and the demo: it answers the operations the
// connector calls from the vendored documents' examples (vendor/, see
// world.ts for the starting state), keeps enough state for a member's journey
// (a redemption lowers the card's balance, a rollback restores it, a custom
// event pays its earning rule), and checks every request body and every
// answer against the documents' schemas. A request or answer that does not
// conform is not sent: it is recorded in `violations` and answered 500, so
// the fake cannot drift from the document without a test failing.
import { isObj, type Obj, obj, objs, str } from './json.ts';
import { spec as loadSpec, type Spec } from './spec.ts';
import { createWorld, type World, type WorldReward } from './world.ts';

/** The project's server-side keys the fake accepts. */
export const FAKE_APP_ID = 'fake-voucherify-app-id';
export const FAKE_SECRET_KEY = 'fake-voucherify-secret-key';

export interface FakeVoucherify {
  /** A standard fetch handler: serve it with `serveNode` (a real loopback port) or call it. */
  handle(request: Request): Promise<Response>;
  world: World;
  /** Every request and answer that did not match the documents, as `operationId: mismatch`. */
  violations: string[];
  /** `METHOD /path?query` of every request received, in order. */
  calls: string[];
}

interface Call {
  params: Record<string, string>;
  url: URL;
  body: unknown;
}

/** An answer: the documented status and its body. */
type Answer = [status: number, body: unknown];

/** The `POINTS_*` transaction examples the fake's new transactions are made like. */
const TRANSACTION_TEMPLATES = ['POINTS_ACCRUAL', 'POINTS_REDEMPTION', 'POINTS_REFUND'] as const;

export function createFakeVoucherify(): FakeVoucherify {
  const spec = loadSpec();
  const world = createWorld(spec);
  const violations: string[] = [];
  const calls: string[] = [];
  let sequence = 0;
  const now = () => new Date().toISOString();
  /** Ids shaped like the documents' (`r_0c6b3ca77e0e60b534`), unique in this fake. */
  const id = (prefix: string) =>
    `${prefix}_${(0x0c6b3ca77e0e60n + BigInt(++sequence)).toString(16)}`;

  const templates = transactionTemplates(spec);
  const cardId = str(world.card, 'id');
  const cardCode = str(world.card, 'code');
  const loyaltyCard = () => obj(world.card.loyalty_card);

  /** The customer as redemptions embed it (`SimpleCustomer`). */
  const simpleCustomer = () => {
    const { id: customerId, name, email, source_id, metadata } = world.customer;
    return { id: customerId, name, email, source_id, metadata: metadata ?? {}, object: 'customer' };
  };

  const isCustomer = (value: string | null) =>
    value === world.customer.id || value === world.customer.source_id;
  const isCard = (value: string | undefined) => value === cardCode || value === cardId;

  /**
   * Voucherify's `not_found` error, as `get-customer` documents it, naming
   * what was not found. (Several operations document no 404; the validator
   * checks those against the document's `Error` schema.)
   */
  function notFound(resource: string, type: string): Answer {
    const example = obj(spec.example('get-customer', 404));
    return [
      404,
      {
        ...example,
        details: `Cannot find ${type} with id ${resource}`,
        resource_id: resource,
        resource_type: type,
      },
    ];
  }

  function record(type: (typeof TRANSACTION_TEMPLATES)[number], points: number, details: Obj) {
    const card = loyaltyCard();
    const transaction = structuredClone(templates[type]);
    const balance = obj(obj(transaction.details).balance);
    Object.assign(balance, {
      points,
      balance: card.balance,
      total: card.points,
      related_object: { id: cardId, type: 'voucher' },
    });
    transaction.details = { balance, ...details };
    Object.assign(transaction, {
      id: id('vtx'),
      voucher_id: cardId,
      campaign_id: world.campaign.id,
      created_at: now(),
    });
    world.transactions.unshift(transaction);
  }

  /** `list-*` answers: the operation's example list with the fake's items in it. */
  const list = (operationId: string, key: string, items: Obj[], extra: Obj = {}): Answer => {
    const example = obj(spec.example(operationId, 200));
    return [200, { ...example, [key]: items, total: items.length, ...extra }];
  };

  function redeemReward(call: Call): Answer {
    const asked = obj(obj(call.body).reward);
    const offered = world.rewards.find((r) => r.reward.id === asked.id);
    if (!offered) return notFound(String(asked.id), 'reward');
    const price = obj(obj(offered.assignment.parameters).loyalty).points as number;
    const card = loyaltyCard();
    // The documents show no answer for a card short of points; the connector never asks.
    if ((card.balance as number) < price)
      throw new Error(`fake: the card has ${card.balance} points, the reward costs ${price}`);
    card.balance = (card.balance as number) - price;
    const used = obj(world.card.redemption);
    used.redeemed_points = (used.redeemed_points as number) + price;
    used.redeemed_quantity = (used.redeemed_quantity as number) + 1;

    const example = obj(spec.example('redeem-reward-1', 200, offered.example));
    const reward = obj(example.reward);
    const voucher = issuedVoucher(offered, isObj(reward.voucher) ? reward.voucher : undefined);
    const redemption: Obj = {
      ...example,
      id: id('r'),
      date: now(),
      customer_id: world.customer.id,
      customer: simpleCustomer(),
      amount: price,
      loyalty_card: { points: price },
      related_object_id: cardId,
      voucher: {
        ...obj(example.voucher),
        ...cardFields(),
        holder: { id: world.customer.id, source_id: world.customer.source_id, object: 'customer' },
      },
      reward: {
        ...reward,
        customer: simpleCustomer(),
        assignment_id: offered.assignment.id,
        id: offered.reward.id,
        name: offered.reward.name,
        parameters: offered.reward.parameters,
        // Required by the schema (null for a material reward), absent from some examples.
        voucher: voucher ?? null,
        product: reward.product ?? null,
        sku: reward.sku ?? null,
        loyalty_tier_id: reward.loyalty_tier_id ?? null,
      },
      // Required by the schema, absent from the examples.
      redemption: null,
      status: 'SUCCEEDED',
      channel: { channel_id: FAKE_APP_ID, channel_type: 'API' },
    };
    world.redemptions.set(redemption.id as string, redemption);
    record('POINTS_REDEMPTION', -price, {
      redemption: { id: redemption.id },
      reward: { id: offered.reward.id, name: offered.reward.name },
    });
    return [200, redemption];
  }

  /** The card's own voucher fields, as they are now. */
  const cardFields = () => ({
    id: cardId,
    code: cardCode,
    campaign: world.card.campaign,
    campaign_id: world.card.campaign_id,
    loyalty_card: { points: loyaltyCard().points, balance: loyaltyCard().balance },
    holder_id: world.customer.id,
  });

  /** What the reward issues: a new coupon of its campaign, or the credited gift card. */
  function issuedVoucher(offered: WorldReward, template: Obj | undefined): Obj | undefined {
    const campaign = obj(obj(offered.reward.parameters).campaign ?? {}, 'campaign');
    if (campaign.type === 'GIFT_VOUCHERS') {
      const gift = obj(world.giftCard.gift);
      gift.balance = (gift.balance as number) + (campaign.balance as number);
      gift.amount = (gift.amount as number) + (campaign.balance as number);
      return structuredClone(world.giftCard);
    }
    const coupons = world.couponCampaigns.get(campaign.id as string);
    if (!coupons || !template) return undefined;
    const voucher = obj(coupons.voucher);
    return {
      ...template,
      id: id('v'),
      code: codeFor(obj(voucher.code_config)),
      campaign: coupons.name,
      campaign_id: coupons.id,
      discount: voucher.discount,
      // The coupon is valid as its campaign says (the example's dates are the example's campaign's).
      start_date: coupons.start_date ?? null,
      expiration_date: coupons.expiration_date ?? null,
      holder_id: world.customer.id,
      created_at: now(),
      updated_at: null,
    };
  }

  /** A code as the campaign's `code_config` makes them: prefix, then the pattern's `#`s from the charset. */
  let random = 0x2f6b1d3;
  function codeFor(config: Obj): string {
    const charset = String(config.charset);
    const pattern = String(config.pattern ?? '########');
    const body = pattern.replace(/#/g, () => {
      // xorshift32: codes look random and repeat from run to run.
      random ^= random << 13;
      random ^= random >>> 17;
      random ^= random << 5;
      random >>>= 0;
      return charset[random % charset.length] ?? '0';
    });
    return `${config.prefix ?? ''}${body}${config.postfix ?? ''}`;
  }

  function rollback(call: Call): Answer {
    const redemption = world.redemptions.get(call.params.redemptionId ?? '');
    if (!redemption) return notFound(String(call.params.redemptionId), 'redemption');
    if (redemption.status === 'ROLLED_BACK') {
      const example = obj(spec.example('rollback-redemption', 400, 'Already rolledback'));
      return [400, { ...example, resource_id: redemption.id }];
    }
    const price = redemption.amount as number;
    const card = loyaltyCard();
    card.balance = (card.balance as number) + price;
    const used = obj(world.card.redemption);
    used.redeemed_points = (used.redeemed_points as number) - price;
    redemption.status = 'ROLLED_BACK';
    const example = obj(spec.example('rollback-redemption', 200, 'Loyalty Card'));
    const rolledBack: Obj = {
      ...example,
      id: id('rr'),
      date: now(),
      customer_id: world.customer.id,
      customer: simpleCustomer(),
      amount: -price,
      redemption: redemption.id,
      reason: call.url.searchParams.get('reason') ?? example.reason,
      order: null,
      related_object_id: cardId,
      voucher: { ...obj(example.voucher), ...cardFields(), loyalty_card: null },
      reward: redemption.reward,
      // Required by the schema, absent from the example.
      status: 'SUCCEEDED',
    };
    world.redemptions.set(rolledBack.id as string, rolledBack);
    record('POINTS_REFUND', price, {
      redemption: { id: redemption.id },
      rollback: { id: rolledBack.id },
      reward: { id: obj(redemption.reward).id, name: obj(redemption.reward).name },
    });
    return [200, rolledBack];
  }

  function trackEvent(call: Call): Answer {
    const body = obj(call.body);
    const customer = obj(body.customer);
    if (!isCustomer(String(customer.source_id)))
      return notFound(String(customer.source_id), 'customer');
    const example = obj(spec.example('track-custom-event', 200));
    const card = loyaltyCard();
    // The campaign's fixed-points rules on this custom event pay the card.
    for (const rule of world.earningRules) {
      const loyalty = obj(rule.loyalty);
      if (rule.event !== body.event || !rule.custom_event || loyalty.type !== 'FIXED') continue;
      const points = loyalty.points as number;
      card.points = (card.points as number) + points;
      card.balance = (card.balance as number) + points;
      record('POINTS_ACCRUAL', points, {
        event: { id: id('evcus'), type: 'customer.custom_event' },
        earning_rule: { id: rule.id, source: { banner: obj(rule.source).banner } },
      });
    }
    return [
      200,
      {
        ...example,
        type: body.event,
        customer: simpleCustomer(),
        loyalty: body.loyalty ?? null,
        // Required by the schema, absent from the example.
        metadata: body.metadata ?? {},
      },
    ];
  }

  const operations: Record<string, (call: Call) => Answer> = {
    'get-loyalty-program': ({ params }) =>
      params.campaignId === world.campaign.id
        ? [200, world.campaign]
        : [403, spec.example('get-loyalty-program', 403)],
    'list-earning-rules': () => list('list-earning-rules', 'data', world.earningRules),
    'list-loyalty-tiers': () => list('list-loyalty-tiers', 'data', world.tiers),
    'list-reward-assignments-2': () =>
      list(
        'list-reward-assignments-2',
        'data',
        world.rewards.map((r) => r.assignment),
      ),
    'get-reward-details': ({ params }) => {
      const found = world.rewards.find((r) => r.assignment.id === params.assignmentId);
      return found
        ? [200, found.reward]
        : notFound(String(params.assignmentId), 'reward_assignment');
    },
    'get-campaign': ({ params }) => {
      const found = world.couponCampaigns.get(params.campaignId ?? '');
      return found ? [200, found] : [403, spec.example('get-campaign', 403)];
    },
    'get-customer': ({ params }) =>
      isCustomer(params.customerId ?? null)
        ? [200, world.customer]
        : notFound(String(params.customerId), 'customer'),
    'list-members': ({ url }) => {
      const customer = url.searchParams.get('customer');
      return list(
        'list-members',
        'vouchers',
        customer === null || isCustomer(customer) ? [world.card] : [],
      );
    },
    'list-member-loyalty-tier': ({ params }) => {
      if (!isCard(params.memberId)) return notFound(String(params.memberId), 'voucher');
      // Voucherify holds the card in the highest tier its qualifying points reached.
      const points = loyaltyCard().balance as number;
      const reached = [...world.tiers]
        .filter((tier) => (obj(tier.points).from as number) <= points)
        .sort((a, b) => (obj(b.points).from as number) - (obj(a.points).from as number))[0];
      const held = reached && {
        ...reached,
        expiration: { ...obj(world.memberTier.expiration), tier_id: reached.id },
      };
      return list('list-member-loyalty-tier', 'data', held ? [held] : []);
    },
    'list-redemptions': ({ url }) => {
      const customer = url.searchParams.get('customer');
      const mine = [...world.redemptions.values()]
        .filter((r) => customer === null || isCustomer(customer) || r.customer_id === customer)
        .reverse();
      return list('list-redemptions', 'redemptions', mine);
    },
    'get-redemption': ({ params }) => {
      const found = world.redemptions.get(params.redemptionId ?? '');
      return found ? [200, found] : notFound(String(params.redemptionId), 'redemption');
    },
    'list-loyalty-card-transactions-1': ({ params, url }) => {
      if (!isCard(params.memberId)) return notFound(String(params.memberId), 'voucher');
      const limit = Number(url.searchParams.get('limit') ?? 10);
      const after = url.searchParams.get('starting_after_id');
      const start = after ? world.transactions.findIndex((t) => t.id === after) + 1 : 0;
      const page = world.transactions.slice(start, start + limit);
      const more = start + limit < world.transactions.length;
      return list('list-loyalty-card-transactions-1', 'data', page, {
        has_more: more,
        more_starting_after: more ? (page.at(-1)?.id ?? null) : null,
      });
    },
    'list-member-pending-points-1': ({ params }) =>
      isCard(params.memberId)
        ? list('list-member-pending-points-1', 'data', world.pendingPoints, { has_more: false })
        : notFound(String(params.memberId), 'voucher'),
    'redeem-reward-1': (call) =>
      isCard(call.params.memberId)
        ? redeemReward(call)
        : notFound(String(call.params.memberId), 'voucher'),
    'rollback-redemption': rollback,
    'track-custom-event': trackEvent,
  };

  async function handle(request: Request): Promise<Response> {
    const url = new URL(request.url);
    calls.push(`${request.method} ${url.pathname}${url.search}`);
    const refuse = (what: string) => {
      violations.push(what);
      return new Response(`fake Voucherify: ${what}`, { status: 500 });
    };
    if (
      request.headers.get('X-App-Id') !== FAKE_APP_ID ||
      request.headers.get('X-App-Token') !== FAKE_SECRET_KEY
    )
      return refuse(
        `${request.method} ${url.pathname} without the project's X-App-Id and X-App-Token`,
      );
    let found: ReturnType<Spec['find']>;
    try {
      found = spec.find(request.method, url.pathname);
    } catch (error) {
      return refuse((error as Error).message);
    }
    const run = operations[found.operation.id];
    if (!run) return refuse(`${found.operation.id} is not part of the fake`);
    const text = await request.text();
    const body = text ? (JSON.parse(text) as unknown) : undefined;
    const asked = spec.requestMismatches(found.operation.id, body);
    if (asked.length > 0) return refuse(`${found.operation.id} request: ${asked.join('; ')}`);
    let answer: Answer;
    try {
      answer = run({ params: found.params, url, body });
    } catch (error) {
      return refuse(`${found.operation.id}: ${(error as Error).message}`);
    }
    const [status, payload] = answer;
    const wrong = spec.responseMismatches(found.operation.id, status, payload);
    if (wrong.length > 0) return refuse(`${found.operation.id} ${status}: ${wrong.join('; ')}`);
    return new Response(JSON.stringify(payload), {
      status,
      headers: { 'Content-Type': 'application/json' },
    });
  }

  return { handle, world, violations, calls };
}

/** The card transactions example's first entry of each type the fake records. */
function transactionTemplates(spec: Spec): Record<(typeof TRANSACTION_TEMPLATES)[number], Obj> {
  const entries = objs(obj(spec.example('list-loyalty-card-transactions-1', 200)).data);
  const byType = (type: string) => {
    const found = entries.find((entry) => entry.type === type);
    if (!found) throw new Error(`fake: no ${type} transaction example`);
    const { order: _, ...details } = obj(found.details);
    // An order is an order's: a reward redemption or a custom event has none.
    return { ...found, details, source_id: null, source: null, reason: null };
  };
  return {
    POINTS_ACCRUAL: byType('POINTS_ACCRUAL'),
    POINTS_REDEMPTION: byType('POINTS_REDEMPTION'),
    POINTS_REFUND: byType('POINTS_REFUND'),
  };
}
