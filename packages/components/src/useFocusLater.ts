import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

type Target = () => Element | null | undefined;

/**
 * Moves focus to an element a coming render creates: where a click replaces the control it
 * was on (a confirmation, a code in place of the button, a row that is gone), focus would
 * fall to the page's `<body>`. The returned function renders this component again and, once
 * it has, focuses `target()`: whatever the model changed before the call is on screen by then.
 */
export function useFocusLater(): (target: Target) => void {
  const next = useRef<Target>();
  const [request, setRequest] = useState(0);
  useEffect(() => {
    const target = next.current;
    next.current = undefined;
    (target?.() as HTMLElement | null | undefined)?.focus();
  }, [request]);
  return useCallback((target: Target) => {
    next.current = target;
    setRequest((n) => n + 1);
  }, []);
}
