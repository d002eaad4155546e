import type { MessageKey } from '@loyaltykit/core';
import { useEffect, useRef, useState } from 'preact/hooks';
import { Button, type ButtonVariant } from '../Button/Button.tsx';
import { Icon } from '../Icon/Icon.tsx';
import { useLoyalty } from '../LoyaltyProvider/context.ts';

export interface CopyButtonProps {
  text: string;
  /** Button label before and after copying. Default: "Copy code" / "Code copied". */
  label?: MessageKey;
  copiedLabel?: MessageKey;
  /**
   * Shares instead, through the browser's share sheet, where there is one that takes `data`
   * (the button then says `label`); copies `text` where there is none, and when sharing fails
   * for another reason than the shopper closing the sheet.
   */
  share?: { data: ShareData; label: MessageKey };
  variant?: ButtonVariant;
  /** Told when the copy succeeded, e.g. to announce it. */
  onCopied?: () => void;
}

/** Whether this browser has a share sheet that takes `data` (`canShare` is newer than `share`). */
const canShare = (data: ShareData) =>
  typeof navigator.share === 'function' && (navigator.canShare?.(data) ?? true);

/** Copies `text` to the clipboard (or shares it) and says so on the button, with a tick, for a moment. */
export function CopyButton({
  text,
  label = 'redeem.copy',
  copiedLabel = 'redeem.copied',
  share,
  variant = 'secondary',
  onCopied,
}: CopyButtonProps) {
  const { i18n } = useLoyalty();
  const [copied, setCopied] = useState(false);
  const reset = useRef<ReturnType<typeof setTimeout>>();
  useEffect(() => () => clearTimeout(reset.current), []);
  const sheet = share && canShare(share.data) ? share : undefined;

  const copy = async () => {
    if (sheet) {
      try {
        return await navigator.share(sheet.data);
      } catch (error) {
        // Closing the sheet is the shopper's choice, not a failure; anything else falls back to copying.
        if ((error as Error | undefined)?.name === 'AbortError') return;
      }
    }
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
      onCopied?.();
      clearTimeout(reset.current);
      reset.current = setTimeout(() => setCopied(false), 2000);
    } catch {
      // Clipboard refused (permissions, insecure page): the text stays visible to copy by hand.
    }
  };
  return (
    <Button variant={variant} onClick={copy}>
      <Icon name={copied ? 'check' : sheet ? 'share' : 'copy'} />
      {i18n.t(copied ? copiedLabel : (sheet?.label ?? label))}
    </Button>
  );
}
