import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

/**
 * A message for a widget's own polite live region, and the way to say one.
 * Clearing first makes a repeated message ("Code copied") be read again.
 * When `owner` changes (a new shopper), the region goes quiet: the message
 * and one still on its way are dropped.
 */
export function useAnnouncer(owner?: unknown): [message: string, announce: (text: string) => void] {
  const [message, setMessage] = useState('');
  const pending = useRef<ReturnType<typeof setTimeout>>();
  const announce = useCallback((text: string) => {
    setMessage('');
    clearTimeout(pending.current);
    pending.current = setTimeout(() => setMessage(text), 50);
  }, []);
  useEffect(() => {
    setMessage('');
    return () => clearTimeout(pending.current);
  }, [owner]);
  return [message, announce];
}
