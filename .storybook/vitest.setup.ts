// Runs before the stories in `pnpm test:stories` (not in the Storybook UI).
// Gives play functions real keyboard input through Playwright: see
// packages/components/src/stories/play.ts (`pressEscape`).
import { userEvent } from 'vitest/browser';

const scope = globalThis as { __loyaltyKitTrustedKeyboard?: (text: string) => Promise<void> };
scope.__loyaltyKitTrustedKeyboard = (text) => userEvent.keyboard(text);
