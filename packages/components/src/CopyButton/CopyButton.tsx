import type { MessageKey } from '@loyaltykit/core';
import { useState } from 'preact/hooks';
import { Button } from '../Button/Button.tsx';
import { useLoyalty } from '../LoyaltyProvider/context.ts';

export interface CopyButtonProps {
  text: string;
  /** Button label before and after copying. Default: "Copy code" / "Code copied". */
  label?: MessageKey;
  copiedLabel?: MessageKey;
  /** Told when the copy succeeded, e.g. to announce it. */
  onCopied?: () => void;
}

/** Copies `text` to the clipboard and says so on the button for a moment. */
export function CopyButton({
  text,
  label = 'redeem.copy',
  copiedLabel = 'redeem.copied',
  onCopied,
}: CopyButtonProps) {
  const { i18n } = useLoyalty();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
      onCopied?.();
      setTimeout(() => setCopied(false), 2000);
    } catch {
      // Clipboard refused (permissions, insecure page): the text stays visible to copy by hand.
    }
  };
  return (
    <Button variant="secondary" onClick={copy}>
      {i18n.t(copied ? copiedLabel : label)}
    </Button>
  );
}
