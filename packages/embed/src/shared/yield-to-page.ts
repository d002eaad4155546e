/** Gives the page a turn: `scheduler.yield()` where there is one (it keeps our place in line), else a task. */
export const yieldToPage = (): Promise<void> =>
  (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler?.yield?.() ??
  new Promise((resolve) => setTimeout(resolve));
