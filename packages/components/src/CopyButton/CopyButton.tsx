import { useState } from 'preact/hooks';
import { Button } from '../Button/Button.tsx';
import { useLoyalty } from '../LoyaltyProvider/context.ts';

export interface CopyButtonProps {
  text: string;
  /** Told when the copy succeeded, e.g. to announce it. */
  onCopied?: () => void;
}

/** Copies `text` to the clipboard and says so on the button for a moment. */
export function CopyButton({ text, onCopied }: CopyButtonProps) {
  const { i18n } = useLoyalty();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
      onCopied?.();
      setTimeout(() => setCopied(false), 2000);
    } catch {
      // Clipboard refused (permissions, insecure page): the code stays visible to copy by hand.
    }
  };
  return (
    <Button variant="secondary" onClick={copy}>
      {copied ? i18n.t('redeem.copied') : i18n.t('redeem.copy')}
    </Button>
  );
}
