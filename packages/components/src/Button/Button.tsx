import type { SafeUrl } from '@loyaltykit/core';
import type { ComponentChildren, JSX } from 'preact';
import * as css from './Button.css.ts';

export type ButtonVariant = (typeof css.BUTTON_VARIANTS)[number];

type Common = { variant?: ButtonVariant; block?: boolean; children: ComponentChildren };
export type ButtonProps = Common &
  (
    | ({ href: SafeUrl } & JSX.AnchorHTMLAttributes<HTMLAnchorElement>)
    | ({ href?: undefined } & JSX.ButtonHTMLAttributes<HTMLButtonElement>)
  );

/**
 * The widgets' one button: a `<button>`, or a link styled as one when it has `href`, which only
 * `safeUrl` gives (a backend URL that is not http(s) never becomes a link). 44 px tall at the
 * regular size.
 */
export function Button({ variant = 'primary', block, children, ...rest }: ButtonProps) {
  const className = [css.variant[variant], block && css.block].filter(Boolean).join(' ');
  if (rest.href !== undefined) {
    return (
      <a {...(rest as JSX.AnchorHTMLAttributes<HTMLAnchorElement>)} class={className}>
        {children}
      </a>
    );
  }
  return (
    <button
      type="button"
      {...(rest as JSX.ButtonHTMLAttributes<HTMLButtonElement>)}
      class={className}
    >
      {children}
    </button>
  );
}
