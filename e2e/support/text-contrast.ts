// Measures the contrast of our embeds' text against the pixels really drawn
// behind it: each line of text (a text node's client rect) in every inline
// embed's shadow root, its computed colour against the most common colour of a
// ring of screenshot pixels 2–4 px around the line. Independent of how the
// widgets chose their colours: it reads the page as a shopper sees it.
import type { Page } from '@playwright/test';

type Rgb = [number, number, number];

/** One line of an embed's text and what it measured. */
export interface TextContrast {
  embed: string;
  text: string;
  color: string;
  /** The colour behind the line, `#rrggbb`. */
  behind: string;
  ratio: number;
}

interface Line {
  embed: string;
  text: string;
  color: string;
  /** Page coordinates (CSS px). */
  x: number;
  y: number;
  width: number;
  height: number;
}

const luminance = (rgb: Rgb) =>
  rgb
    .map((c) => c / 255)
    .map((s) => (s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4))
    .reduce((sum, c, i) => sum + c * ([0.2126, 0.7152, 0.0722][i] as number), 0);

/** WCAG 2 contrast ratio. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [x, y] = [luminance(a), luminance(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}

const hex = (rgb: number[]) => `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`;

/** Every visible line of text in the page's inline embeds (not the launcher), in page coordinates. */
const linesOf = (page: Page): Promise<Line[]> =>
  page.evaluate(() => {
    const lines: Line[] = [];
    const embeds = [...document.querySelectorAll('*')].filter(
      (e) => e.localName.startsWith('loyalty-') && e.localName !== 'loyalty-launcher',
    );
    // Embeds in the theme's own shadow roots too (a slotted embed is in the light DOM anyway).
    for (const embed of embeds) {
      const root = embed.shadowRoot;
      if (!root) continue;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent?.trim();
        const parent = node.parentElement;
        if (!text || !parent) continue;
        // What of the text its clipping ancestors leave visible (an ellipsis cuts it short).
        let clip = new DOMRect(-1e6, -1e6, 2e6, 2e6);
        for (let e: Element | null = parent; e; e = e.parentElement) {
          const style = getComputedStyle(e);
          if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
          const box = e.getBoundingClientRect();
          const [left, top] = [Math.max(clip.left, box.left), Math.max(clip.top, box.top)];
          const [right, bottom] = [
            Math.min(clip.right, box.right),
            Math.min(clip.bottom, box.bottom),
          ];
          clip = new DOMRect(left, top, Math.max(0, right - left), Math.max(0, bottom - top));
        }
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const line of range.getClientRects()) {
          const left = Math.max(line.left, clip.left);
          const top = Math.max(line.top, clip.top);
          const width = Math.min(line.right, clip.right) - left;
          const height = Math.min(line.bottom, clip.bottom) - top;
          // Visually hidden live regions are 1 px boxes: nothing a shopper reads.
          if (width < 4 || height < 8) continue;
          lines.push({
            embed: embed.localName,
            text: text.slice(0, 48),
            color: getComputedStyle(parent).color,
            x: left + scrollX,
            y: top + scrollY,
            width,
            height,
          });
        }
      }
    }
    return lines;
  });

/** `rgb(r, g, b)` as computed, or `#rrggbb`, as channels (our text colours are opaque sRGB). */
export const channels = (color: string): Rgb => {
  const hex = /^#(..)(..)(..)$/.exec(color);
  const [r = 0, g = 0, b = 0] = hex
    ? hex.slice(1).map((c) => Number.parseInt(c, 16))
    : (color.match(/[\d.]+/g)?.map(Number) ?? []);
  return [r, g, b];
};

/**
 * Scrolls every line of our embeds' text into the middle of the viewport
 * (clear of sticky headers and the launcher's corner), screenshots, and
 * measures each line against the pixels around it. `decoder` is a blank page
 * of the same browser that decodes the screenshots, so nothing runs in the
 * host page but the scrolling.
 */
export async function measureTextContrast(page: Page, decoder: Page): Promise<TextContrast[]> {
  const lines = (await linesOf(page)).sort((a, b) => a.y - b.y);
  const viewport = page.viewportSize() ?? { width: 1280, height: 720 };
  const results: TextContrast[] = [];
  let pending = [...lines];
  while (pending.length > 0) {
    const first = pending[0] as Line;
    const top = Math.max(0, first.y - viewport.height / 3);
    await page.evaluate((y) => window.scrollTo(0, y), top);
    const scrolled = await page.evaluate(() => window.scrollY);
    // Lines wholly inside the middle of the viewport are measured from this screenshot.
    const inView = pending.filter(
      (line) =>
        line.y - scrolled >= viewport.height * 0.2 &&
        line.y + line.height - scrolled <= viewport.height * 0.75,
    );
    const batch = inView.length > 0 ? inView : [first];
    pending = pending.filter((line) => !batch.includes(line));
    const png = (await page.screenshot()).toString('base64');
    const rings = await decoder.evaluate(
      async ({ png, boxes }) => {
        const bitmap = await createImageBitmap(
          await (await fetch(`data:image/png;base64,${png}`)).blob(),
        );
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D;
        context.drawImage(bitmap, 0, 0);
        const { data, width, height } = context.getImageData(0, 0, bitmap.width, bitmap.height);
        return boxes.map(({ x, y, w, h }) => {
          const counts = new Map<number, number>();
          for (let py = Math.floor(y) - 4; py <= Math.ceil(y + h) + 4; py++) {
            for (let px = Math.floor(x) - 4; px <= Math.ceil(x + w) + 4; px++) {
              const inside =
                px >= Math.floor(x) - 1 &&
                px <= Math.ceil(x + w) + 1 &&
                py >= Math.floor(y) - 1 &&
                py <= Math.ceil(y + h) + 1;
              if (inside || px < 0 || py < 0 || px >= width || py >= height) continue;
              const i = (py * width + px) * 4;
              const key = ((data[i] ?? 0) << 16) | ((data[i + 1] ?? 0) << 8) | (data[i + 2] ?? 0);
              counts.set(key, (counts.get(key) ?? 0) + 1);
            }
          }
          const [mode = 0] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
          return [(mode >> 16) & 255, (mode >> 8) & 255, mode & 255];
        });
      },
      { png, boxes: batch.map((l) => ({ x: l.x, y: l.y - scrolled, w: l.width, h: l.height })) },
    );
    batch.forEach((line, i) => {
      const behind = rings[i] as Rgb;
      results.push({
        embed: line.embed,
        text: line.text,
        color: line.color,
        behind: hex(behind),
        ratio: Math.round(contrastRatio(channels(line.color), behind) * 100) / 100,
      });
    });
  }
  return results;
}
