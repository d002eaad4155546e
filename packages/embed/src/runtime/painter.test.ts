import { describe, expect, it } from 'vitest';
import { createPainter, SLICE_MS } from './painter.ts';

/** A clock where each paint costs `costMs`, and a record of the turns given to the page. */
function fakeClock(costMs: number) {
  let time = 0;
  const turns: number[] = [];
  let release: (() => void)[] = [];
  return {
    clock: {
      now: () => time,
      yieldToPage: () =>
        new Promise<void>((resolve) => {
          turns.push(time);
          release.push(resolve);
        }),
    },
    cost: () => {
      time += costMs;
    },
    turns,
    /** Lets the page's turn end: the painter goes on. */
    async next() {
      const waiting = release;
      release = [];
      for (const resolve of waiting) resolve();
      await Promise.resolve();
      await Promise.resolve();
    },
    get waiting() {
      return release.length;
    },
  };
}

const shells = (n: number) => Array.from({ length: n }, () => ({}) as HTMLElement);

describe('createPainter', () => {
  it('paints a few shells at once, in one slice', () => {
    const { clock, cost, turns } = fakeClock(1);
    const painted: HTMLElement[] = [];
    const paint = createPainter((element) => {
      cost();
      painted.push(element);
    }, clock);
    const few = shells(3);
    for (const shell of few) paint(shell);
    expect(painted).toEqual(few);
    expect(turns).toEqual([]);
  });

  it('gives the page a turn every slice, so 480 embeds are no long task, and paints each once in order', async () => {
    const fake = fakeClock(1);
    const painted: HTMLElement[] = [];
    const paint = createPainter((element) => {
      fake.cost();
      painted.push(element);
    }, fake.clock);
    const grid = shells(480);
    for (const shell of grid) paint(shell);
    // The first slice ran at once, and no longer than a slice.
    expect(painted).toHaveLength(SLICE_MS);
    while (fake.waiting > 0) await fake.next();
    expect(painted).toEqual(grid);
    expect(fake.turns).toHaveLength(480 / SLICE_MS - 1);
    // Each turn came after one slice's worth of painting.
    expect(new Set(fake.turns.map((t, i) => t - (fake.turns[i - 1] ?? 0)))).toEqual(
      new Set([SLICE_MS]),
    );
  });

  it('paints a shell asked for twice before its turn once', async () => {
    const fake = fakeClock(SLICE_MS);
    const painted: HTMLElement[] = [];
    const paint = createPainter((element) => {
      fake.cost();
      painted.push(element);
    }, fake.clock);
    const [a, b] = shells(2) as [HTMLElement, HTMLElement];
    paint(a);
    paint(b);
    paint(b);
    expect(painted).toEqual([a]);
    while (fake.waiting > 0) await fake.next();
    expect(painted).toEqual([a, b]);
  });
});
