import { afterEach, describe, expect, it, vi } from 'vitest';
import { backgroundBehind } from './background.ts';

/** A stand-in element with the computed background it would have. */
interface Fake {
  parentElement: Fake | null;
  backgroundColor: string;
  backgroundImage?: string;
}

const element = (backgroundColor: string, parentElement: Fake | null = null, image?: string) =>
  ({ parentElement, backgroundColor, backgroundImage: image }) as Fake;

/** getComputedStyle over the fakes, counting reads; the page's canvas is white (no color-scheme). */
function styles() {
  const reads: Fake[] = [];
  vi.stubGlobal('getComputedStyle', (fake: Fake) => {
    reads.push(fake);
    return {
      backgroundColor: fake.backgroundColor,
      backgroundImage: fake.backgroundImage ?? 'none',
      colorScheme: 'normal',
    };
  });
  return reads;
}

const behind = (fake: Fake, seen?: Map<Element, unknown>) =>
  backgroundBehind(
    fake as unknown as Element,
    seen as Map<Element, [number, number, number] | undefined>,
  );

afterEach(() => {
  vi.unstubAllGlobals();
});

// Node has no canvas: these hold because the usual serialisations are read as written.
describe('backgroundBehind with computed rgb() and rgba() colours', () => {
  it('an opaque background is the colour itself', () => {
    styles();
    expect(behind(element('rgb(33, 37, 41)'))).toEqual([33, 37, 41]);
  });

  it('transparent and translucent layers composite down to the first opaque one', () => {
    styles();
    const card = element('rgb(0, 0, 0)');
    const veil = element('rgba(255, 255, 255, 0.5)', card);
    expect(behind(element('rgba(0, 0, 0, 0)', veil))).toEqual([128, 128, 128]);
  });

  it('an image or gradient on the way makes it unknown', () => {
    styles();
    const hero = element('rgba(0, 0, 0, 0)', null, 'linear-gradient(red, blue)');
    expect(behind(element('rgba(0, 0, 0, 0)', hero))).toBeUndefined();
  });

  it('shares the ancestors of many embeds in one pass', () => {
    const reads = styles();
    const grid = element('rgb(250, 247, 242)');
    const cards = Array.from({ length: 24 }, () =>
      element('rgba(0, 0, 0, 0)', element('rgb(255, 255, 255)', grid)),
    );
    const seen = new Map();
    for (const card of cards) expect(behind(card, seen)).toEqual([255, 255, 255]);
    // Each embed and its card once; the opaque card stops the walk before the grid.
    expect(reads).toHaveLength(48);
  });
});
