import type { Page } from '@playwright/test';

/** Scrolls to the end of the page a viewport at a time, as a shopper would, a few frames apart. */
export async function scrollThrough(page: Page) {
  await page.evaluate(async () => {
    const frames = (n: number) =>
      new Promise<void>((resolve) => {
        const step = () => (--n > 0 ? requestAnimationFrame(step) : resolve());
        requestAnimationFrame(step);
      });
    while (innerHeight + scrollY < document.documentElement.scrollHeight - 1) {
      scrollBy(0, innerHeight);
      await frames(4);
    }
  });
}
