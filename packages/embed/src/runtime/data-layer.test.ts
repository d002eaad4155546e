// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { forwardEvents } from './data-layer.ts';

type Page = Window & Record<string, unknown>;
const page = window as unknown as Page;
const fire = (type: string, detail?: unknown) =>
  document.dispatchEvent(new CustomEvent(`loyalty:${type}`, { detail }));

describe('forwardEvents', () => {
  // Each test forwards to its own name: listeners cannot be removed, so names keep tests apart.
  afterEach(() => {
    for (const name of ['layerA', 'layerB', 'layerC', 'layerD']) delete page[name];
  });

  it('pushes every loyalty event, its detail under `loyalty`, in order', () => {
    page.layerA = [{ 'gtm.start': 1 }];
    forwardEvents('layerA');
    fire('ready');
    fire('redeem', { code: 'LK-1', reward: { id: 'r1' } });
    fire('close');
    fire('unrelated');
    expect(page.layerA).toEqual([
      { 'gtm.start': 1 },
      { event: 'loyalty:ready', loyalty: null },
      { event: 'loyalty:redeem', loyalty: { code: 'LK-1', reward: { id: 'r1' } } },
      { event: 'loyalty:close', loyalty: null },
    ]);
  });

  it('creates the array when the page has none yet, as the GTM snippet would', () => {
    forwardEvents('layerB');
    expect(page.layerB).toBeUndefined();
    fire('open');
    expect(page.layerB).toEqual([{ event: 'loyalty:open', loyalty: null }]);
  });

  it('follows a tag manager that replaces the array with its own object', () => {
    page.layerC = [];
    forwardEvents('layerC');
    const pushed: unknown[] = [];
    page.layerC = { push: (entry: unknown) => pushed.push(entry) };
    fire('error', { code: 'network_error', message: 'offline' });
    expect(pushed).toEqual([
      { event: 'loyalty:error', loyalty: { code: 'network_error', message: 'offline' } },
    ]);
  });

  it('does nothing without a name, and never throws at a value that cannot push', () => {
    forwardEvents(undefined);
    page.layerD = 42;
    forwardEvents('layerD');
    expect(() => fire('ready')).not.toThrow();
    expect(page.layerD).toBe(42);
  });
});
