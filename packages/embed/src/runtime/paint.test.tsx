import {
  type Customer,
  createLoyaltyModel,
  createTranslator,
  enEntry,
  type LoyaltyBackend,
  type Program,
} from '@loyaltykit/core';
import { afterEach, describe, expect, it } from 'vitest';
import type { Host } from '../shared/host.ts';
import { LAZY_WIDGETS, ROOM_ATTRIBUTE } from '../shared/widget-table.ts';
import type { ViewportWatch } from './near-viewport.ts';
import { paint, type Runtime, waiting } from './paint.tsx';

const program: Program = {
  id: 'prg_paint',
  name: 'Paint Rewards',
  currency: 'USD',
  earningRules: [
    {
      id: 'earn_orders',
      kind: 'order',
      title: 'Orders',
      rate: { points: 5, per: { amountMinor: 100, currency: 'USD' } },
    },
  ],
  rewards: [],
  tiers: [],
  bonusEvents: [],
};
const customer: Customer = {
  id: 'cus_paint',
  balance: { available: 100, pending: 0, lifetime: 100 },
  redemptions: [],
  ruleUsage: [],
};

/** A backend whose one bootstrap answer the test gives by hand. */
function scripted() {
  let answer: (value: { program: Program; customer: Customer | null }) => void = () => {};
  const bootstrap = new Promise<{ program: Program; customer: Customer | null }>((resolve) => {
    answer = resolve;
  });
  const unused = () => Promise.reject(new Error('unused'));
  const backend: LoyaltyBackend = {
    bootstrap: () => bootstrap,
    getProgram: unused,
    getCustomer: unused,
    getActivity: unused,
    redeem: unused,
    cancelRedemption: unused,
    claimAction: unused,
    setBirthday: unused,
  };
  return { backend, answer };
}

/** Which elements are near the viewport, as the test says. */
function viewport(): ViewportWatch & { near: Set<Element> } {
  const near = new Set<Element>();
  return { near, isNear: (e) => near.has(e), measure() {}, forget: (e) => near.delete(e) };
}

/** A shell as the entry leaves it: an open shadow root holding the room placeholder. */
function shell(host: Host, name: string, attributes: Record<string, string> = {}) {
  const element = document.createElement(name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value);
  const room = element.attachShadow({ mode: 'open' }).appendChild(document.createElement('div'));
  room.setAttribute(ROOM_ATTRIBUTE, '');
  document.body.append(element);
  host.connected.add(element);
  return element;
}

function setUp(seed: { program?: Program; customer?: Customer | null } = {}) {
  const { backend, answer } = scripted();
  const model = createLoyaltyModel(backend, seed);
  const loaded = model.load();
  const host = {
    connected: new Set<HTMLElement>(),
    widgets: LAZY_WIDGETS,
    unadopted: new Set<HTMLElement>(),
    adopt() {},
    loadChunk: () => Promise.reject(new Error('no chunks here')),
    sheets: [new CSSStyleSheet(), new CSSStyleSheet()],
  } as unknown as Host;
  const near = viewport();
  const runtime: Runtime = {
    host,
    model,
    i18n: createTranslator('en', enEntry),
    onEvent: () => {},
    currency: () => 'USD',
    nudge: false,
    launcher: true,
    launcherAvoid: undefined,
    near,
    header: {},
  };
  const points = shell(host, 'loyalty-product-points', { 'product-id': 'tee', price: '59.00' });
  return { runtime, model, near, points, host, answer, loaded };
}

const text = (element: HTMLElement) => element.shadowRoot?.textContent?.trim();

afterEach(() => {
  document.body.replaceChildren();
});

describe('paint: product points', () => {
  it('keep their room while the programme and the shopper load, then render once with the answer', async () => {
    const { runtime, near, points, host, answer, loaded } = setUp();
    near.near.add(points);
    expect(paint(points, runtime)).toBe(false);
    // Nothing of ours rendered over the entry's placeholder: no loading row first.
    expect(points.shadowRoot?.firstElementChild?.hasAttribute(ROOM_ATTRIBUTE)).toBe(true);
    expect(waiting(host)).toEqual([points]);
    answer({ program, customer });
    await loaded;
    expect(paint(points, runtime)).toBe(true);
    expect(text(points)).toBe('Earn 295 points');
    expect(waiting(host)).toEqual([]);
  });

  it('wait to come near the viewport, even with the data there', () => {
    const { runtime, near, points } = setUp({ program, customer });
    expect(paint(points, runtime)).toBe(false);
    expect(text(points)).toBe('');
    near.near.add(points);
    expect(paint(points, runtime)).toBe(true);
    expect(text(points)).toBe('Earn 295 points');
  });

  it('a guest known before the answer paints from a kept programme at once', () => {
    const { runtime, near, points } = setUp({ program, customer: null });
    near.near.add(points);
    expect(paint(points, runtime)).toBe(true);
    expect(text(points)).toContain('Earn 295 points');
  });

  it('a failed load gives the room up: the embed renders nothing', async () => {
    const { runtime, model, near, points } = setUp();
    near.near.add(points);
    model.backend.bootstrap = () => Promise.reject(new Error('down'));
    await model.useBackend(model.backend);
    expect(model.status.peek()).toBe('error');
    expect(paint(points, runtime)).toBe(true);
    expect(text(points)).toBe('');
    expect(points.shadowRoot?.querySelector(`[${ROOM_ATTRIBUTE}]`)).toBeNull();
  });
});

describe('paint: the launcher', () => {
  it('paints at once, before the data and wherever it is', () => {
    const { runtime, host } = setUp();
    const launcher = shell(host, 'loyalty-launcher');
    expect(paint(launcher, runtime)).toBe(true);
    expect(launcher.shadowRoot?.querySelector(`[${ROOM_ATTRIBUTE}]`)).toBeNull();
  });
});
