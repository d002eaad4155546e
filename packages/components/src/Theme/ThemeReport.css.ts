// Storybook only: the theme builder's own panels, styled like documentation,
// not like a widget (they are not part of what ships).
import { globalStyle, style } from '@vanilla-extract/css';

/** Wraps the whole builder: store page, report, launcher and panel. */
export const builder = style({});

// The open panel is modal and dims the page on a store (--lk-color-backdrop). The builder
// leaves the page clear, so the page widgets' colours can be judged beside the panel.
globalStyle(`${builder} dialog::backdrop`, { background: 'transparent' });

export const report = style({
  flex: '1 1 360px',
  maxInlineSize: '560px',
  minInlineSize: 0,
  display: 'flex',
  flexDirection: 'column',
  gap: '16px',
  font: '13px/1.4 system-ui, sans-serif',
  color: '#1b1f24',
});

export const section = style({
  padding: '12px 16px',
  border: '1px solid #c9ced6',
  borderRadius: '8px',
  background: '#ffffff',
});

export const heading = style({ margin: '0 0 8px', fontSize: '14px', fontWeight: 700 });

export const note = style({ margin: '0 0 8px', color: '#4a525e' });

export const table = style({ borderCollapse: 'collapse', inlineSize: '100%' });

export const cell = style({ padding: '2px 8px 2px 0', textAlign: 'start' });

export const swatch = style({
  display: 'inline-block',
  inlineSize: '12px',
  blockSize: '12px',
  marginInlineEnd: '4px',
  border: '1px solid #6b7280',
  verticalAlign: 'middle',
});

export const code = style({
  margin: 0,
  padding: '8px',
  overflowX: 'auto',
  background: '#f3f4f6',
  color: '#1b1f24',
  font: '12px/1.45 ui-monospace, monospace',
  whiteSpace: 'pre',
});

/** The host page backgrounds, side by side. */
export const hosts = style({
  flex: '1 1 300px',
  maxInlineSize: '400px',
  display: 'flex',
  flexDirection: 'column',
  gap: '16px',
});

/** A stand-in for a host page of the merchant's: its background is set inline, per host. */
export const host = style({
  display: 'flex',
  flexDirection: 'column',
  gap: '8px',
  padding: '16px',
  borderRadius: '8px',
});

export const hostCaption = style({ margin: 0, font: '12px/1.4 ui-monospace, monospace' });
