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
