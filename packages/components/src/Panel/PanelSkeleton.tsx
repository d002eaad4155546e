import * as home from '../HomePage/HomePage.css.ts';
import { useLoyalty } from '../LoyaltyProvider/context.ts';
import * as tier from '../TierProgress/TierProgress.css.ts';
import * as panel from './Panel.css.ts';
import * as css from './PanelSkeleton.css.ts';
import * as sections from './sections.css.ts';

/** One line of placeholder in the text style `textClass`, so it takes that text's height. */
function Line({ textClass, width }: { textClass: string; width: keyof typeof css.width }) {
  return (
    <p class={textClass}>
      <span class={`${css.bar} ${css.width[width]}`} />
    </p>
  );
}

/** How many page links the home page usually has (redeem, earn, my rewards, VIP, referral, activity). */
const ROWS = 6;

/**
 * What the panel shows while the programme and the shopper load: blocks laid
 * out like the home page (notes on the balance, tier progress, page links), with its
 * text styles and control heights, so the panel keeps its size when the content
 * arrives. Screen readers hear "Loading your rewards…" instead of the blocks.
 */
export function PanelSkeleton() {
  const { i18n } = useLoyalty();
  return (
    <>
      <p class={panel.visuallyHidden}>{i18n.t('panel.loading')}</p>
      <div class={css.skeleton} aria-hidden="true" data-testid="panel-skeleton">
        {/* Points on their way, points about to expire (the header holds the greeting and balance). */}
        <div class={sections.notes}>
          <Line textClass={sections.eyebrow} width="medium" />
          <Line textClass={sections.eyebrow} width="long" />
        </div>
        <div class={tier.tier}>
          <Line textClass={tier.name} width="short" />
          <div class={css.track} />
          <Line textClass={tier.hint} width="medium" />
        </div>
        <ul class={home.nav}>
          {Array.from({ length: ROWS }, (_, index) => (
            <li key={index} class={css.row}>
              <span class={`${css.bar} ${css.width[index % 2 ? 'medium' : 'long']}`} />
            </li>
          ))}
        </ul>
      </div>
    </>
  );
}
