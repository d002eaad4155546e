import type { ReadonlySignal } from '@preact/signals-core';
import { useEffect, useState } from 'preact/hooks';

/**
 * The current value of a model signal; the component re-renders when it
 * changes. This is the one piece of `@preact/signals`' Preact integration the
 * widgets need, without its automatic tracking: that integration costs about
 * 1 KB brotli of the script tag's 12 KB entry budget (DESIGN.md §9).
 *
 * @example
 * ```tsx
 * const customer = useSignalValue(model.customer);
 * ```
 */
export function useSignalValue<T>(signal: ReadonlySignal<T>): T {
  const [value, setValue] = useState(() => signal.peek());
  // subscribe() reports the current value at once, so a change between render and effect is not lost.
  useEffect(() => signal.subscribe((next) => setValue(() => next)), [signal]);
  return value;
}
