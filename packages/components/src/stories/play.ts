// Helpers for story `play` functions.
import { expect, userEvent, within } from 'storybook/test';
import { STORY_HOST_ATTRIBUTE } from './ShadowHost.tsx';
import type { LoyaltyStoryParameters, StoryState } from './storyModel.ts';

declare global {
  /**
   * Types keys as real (trusted) browser input. Set by
   * `.storybook/vitest.setup.ts` when stories run in Vitest; absent in the
   * Storybook UI.
   */
  var __loyaltyKitTrustedKeyboard: ((text: string) => Promise<void>) | undefined;
}

/**
 * The widgets' root inside the story's shadow host (see ShadowHost.tsx):
 * Testing Library queries do not cross shadow boundaries, so play functions
 * query from here, as `within(widgetRoot(canvasElement))`.
 */
export function widgetRoot(canvasElement: HTMLElement): HTMLElement {
  const root = canvasElement.querySelector(`[${STORY_HOST_ATTRIBUTE}]`)?.shadowRoot;
  const element = root?.firstElementChild;
  if (!(element instanceof HTMLElement)) throw new Error('The story has no shadow host yet.');
  return element;
}

/**
 * A page embed's story in data `state` (loading, backend down) where it must render
 * nothing at all, so the shop's page carries on without a gap:
 * `export const LoadFailed: Story = { name: 'Error', ...rendersNothing('error') };`
 */
export const rendersNothing = (state: StoryState) => ({
  parameters: { loyalty: { state } satisfies LoyaltyStoryParameters },
  play: async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    await expect(widgetRoot(canvasElement).childElementCount).toBe(0);
  },
});

/** The widget canvas: Testing Library queries inside the story's shadow root. */
export const widgets = (canvasElement: HTMLElement): ReturnType<typeof within> =>
  within(widgetRoot(canvasElement));

/** Whether `element` has focus inside its shadow root (`document.activeElement` is the host). */
export const hasFocus = (element: Element): boolean =>
  (element.getRootNode() as ShadowRoot | Document).activeElement === element;

/**
 * The open dialog inside the story, once its opening animation has finished
 * (until then it is partly transparent, which visibility checks count as hidden).
 */
export async function findOpenDialog(canvasElement: HTMLElement): Promise<HTMLDialogElement> {
  const dialog = (await widgets(canvasElement).findByRole('dialog')) as HTMLDialogElement;
  await Promise.all(dialog.getAnimations().map((animation) => animation.finished));
  return dialog;
}

/**
 * Presses Escape the way a shopper does. A native modal dialog closes only on a
 * trusted key press, which synthetic `userEvent` cannot produce: under Vitest the
 * key goes through Playwright; in the Storybook UI the dialog gets the same close
 * request Escape would send (`requestClose()`).
 */
export async function pressEscape(dialog: HTMLDialogElement): Promise<void> {
  const trusted = globalThis.__loyaltyKitTrustedKeyboard;
  if (trusted) {
    await trusted('{Escape}');
    return;
  }
  await userEvent.keyboard('{Escape}');
  if (dialog.open) dialog.requestClose();
}

/** Whether an element paints a box of its own (background or border) that text should stay inside. */
const paintsBox = (style: CSSStyleDeclaration) =>
  style.backgroundColor !== 'rgba(0, 0, 0, 0)' ||
  ['Top', 'Right', 'Bottom', 'Left'].some(
    (side) => Number.parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)) > 0,
  );

/** Whether `element` is inside a closed `<details>` and not its summary (so not shown). */
const hiddenInDetails = (element: Element) => {
  const details = element.closest('details');
  return Boolean(details && !details.open && !element.closest('summary'));
};

/**
 * Text that does not fit: every rendered text under `root` must lie inside
 * each ancestor (up to `root`) that clips it (overflow other than visible) or
 * paints a box around it (a background or border: a button, a card, the
 * panel), and inside the viewport's width. Text a scrolling container holds
 * is only checked against that container and the boxes inside it (the rest
 * is reachable by scrolling), and elements that cut text short on purpose
 * with `text-overflow: ellipsis` are exempt (screen readers get it whole).
 * Returns one line per problem, naming the text and the box, so a failed
 * assertion says where.
 *
 * @example
 * ```ts
 * await expect(findOverflowingText(widgetRoot(canvasElement))).toEqual([]);
 * ```
 */
export function findOverflowingText(root: Element): string[] {
  const problems: string[] = [];
  const range = document.createRange();
  const viewport = document.documentElement.clientWidth;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const describe = (element: Element) =>
    `<${element.localName}${element.className ? ` class="${element.className}"` : ''}>`;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent?.trim();
    const parent = node.parentElement;
    // A <select> draws its chosen option itself, cut to its own width; a closed <details> keeps
    // its answer laid out but unpainted.
    if (!text || !parent || parent.closest('select') || hiddenInDetails(parent)) continue;
    range.selectNodeContents(node);
    const lines = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
    if (lines.length === 0) continue; // not rendered: a closed panel, display: none
    const quote = `"${text.length > 40 ? `${text.slice(0, 40)}…` : text}"`;
    for (const line of lines) {
      if (line.left < -0.5 || line.right > viewport + 0.5)
        problems.push(`${quote} leaves the viewport`);
    }
    // Past a scrolling container, text out of its ancestors' sight is scrolled away, not lost.
    let scrolled = { x: false, y: false };
    for (let box: Element | null = parent; box; box = box.parentElement) {
      const style = getComputedStyle(box);
      const scrolls = (overflow: string) => overflow === 'auto' || overflow === 'scroll';
      scrolled = {
        x: scrolled.x || scrolls(style.overflowX),
        y: scrolled.y || scrolls(style.overflowY),
      };
      const clips = style.overflowX !== 'visible' || style.overflowY !== 'visible';
      if ((clips || paintsBox(style)) && style.textOverflow !== 'ellipsis') {
        const edge = box.getBoundingClientRect();
        const outsideX =
          !scrolled.x && lines.some((r) => r.left < edge.left - 0.5 || r.right > edge.right + 0.5);
        const outsideY =
          !scrolled.y && lines.some((r) => r.top < edge.top - 0.5 || r.bottom > edge.bottom + 0.5);
        if (outsideX || outsideY) {
          problems.push(`${quote} overflows ${describe(box)}${clips ? ' (clipped)' : ''}`);
        }
      }
      if (box === root) break;
    }
  }
  return problems;
}

/** How full a `ProgressBar` is drawn: its fill's share of the track inside its border, once any transition ends. */
export async function filledShare(bar: Element): Promise<number> {
  const fill = bar.firstElementChild as Element;
  await Promise.all(fill.getAnimations().map((animation) => animation.finished));
  return fill.getBoundingClientRect().width / bar.clientWidth;
}
