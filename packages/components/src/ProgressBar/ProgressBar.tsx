import * as css from './ProgressBar.css.ts';

export interface ProgressBarProps {
  /** 0..1 */
  value: number;
  /** What the bar measures, for screen readers ("Progress to Gold"). */
  label: string;
  /** The value in words ("1,600 points to Gold"). */
  valueText: string;
}

/** A labelled progress bar (role="progressbar"); fills from the reading-direction start. */
export function ProgressBar({ value, label, valueText }: ProgressBarProps) {
  const percent = Math.round(Math.min(1, Math.max(0, value)) * 100);
  return (
    <div
      class={css.track}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      aria-valuetext={valueText}
    >
      <div class={css.fill} style={{ inlineSize: `${percent}%` }} />
    </div>
  );
}
