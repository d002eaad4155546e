import { useCallback, useState } from 'preact/hooks';

/**
 * A message for a widget's own polite live region, and the way to say one.
 * Clearing first makes a repeated message ("Code copied") be read again.
 */
export function useAnnouncer(): [message: string, announce: (text: string) => void] {
  const [message, setMessage] = useState('');
  const announce = useCallback((text: string) => {
    setMessage('');
    setTimeout(() => setMessage(text), 50);
  }, []);
  return [message, announce];
}
