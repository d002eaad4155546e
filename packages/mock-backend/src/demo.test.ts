import { describe, expect, it } from 'vitest';
import { createDemo, DEMO_API_URL } from './demo.ts';
import type { StateStorage } from './persistence.ts';
import { thaiStore } from './seeds/thai-store.ts';
import { usStore } from './seeds/us-store.ts';

async function me(demo: ReturnType<typeof createDemo>) {
  return demo.fetch(`${demo.apiUrl}/v1/me`, {
    headers: {
      'X-Publishable-Key': demo.publishableKey,
      Authorization: `Bearer ${await demo.mintDemoToken()}`,
    },
  });
}

function memoryStorage(): StateStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
  };
}

describe('createDemo', () => {
  it('serves the Storefront API in-process for the seed’s demo member', async () => {
    const demo = createDemo();
    expect(demo.apiUrl).toBe(DEMO_API_URL);
    const program = await demo.fetch(`${demo.apiUrl}/v1/program`, {
      headers: { 'X-Publishable-Key': demo.publishableKey },
    });
    expect((await program.json()).id).toBe('prg_harbor');
    expect(await (await me(demo)).json()).toMatchObject({ id: usStore.personas.member });
  });

  it('takes another market’s seed and a scenario', async () => {
    expect((await (await me(createDemo(thaiStore))).json()).firstName).toBe('มาลี');
    expect((await me(createDemo(usStore, { scenario: 'vip' }))).status).toBe(200);
    expect((await me(createDemo(usStore, { scenario: 'guest' }))).status).toBe(401);
  });

  it('with persist, a reload continues from the saved state; without, it starts over', async () => {
    const storage = memoryStorage();
    const first = createDemo(usStore, { persist: storage });
    first.engine.redeem(usStore.personas.member, { rewardId: 'rw_5off' });
    const reloaded = createDemo(usStore, { persist: storage });
    expect((await (await me(reloaded)).json()).balance.available).toBe(750);
    expect((await (await me(createDemo())).json()).balance.available).toBe(1250);
  });

  it('a corrupt or foreign saved state is ignored', async () => {
    const storage = memoryStorage();
    for (const saved of ['{', '{"version":99}', 'null']) {
      storage.data.set('loyaltykit-demo:HARBOR', saved);
      expect(
        (await (await me(createDemo(usStore, { persist: storage }))).json()).balance.available,
      ).toBe(1250);
    }
  });

  it('persist: true without localStorage (Node) runs in memory', async () => {
    expect((await me(createDemo(usStore, { persist: true }))).status).toBe(200);
  });
});
