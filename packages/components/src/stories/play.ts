// Helpers for story `play` functions.
import { userEvent, within } from 'storybook/test';

declare global {
  /**
   * Types keys as real (trusted) browser input. Set by
   * `.storybook/vitest.setup.ts` when stories run in Vitest; absent in the
   * Storybook UI.
   */
  var __loyaltyKitTrustedKeyboard: ((text: string) => Promise<void>) | undefined;
}

/**
 * The open dialog inside the story, once its opening animation has finished
 * (until then it is partly transparent, which visibility checks count as hidden).
 */
export async function findOpenDialog(canvasElement: HTMLElement): Promise<HTMLDialogElement> {
  const dialog = (await within(canvasElement).findByRole('dialog')) as HTMLDialogElement;
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
