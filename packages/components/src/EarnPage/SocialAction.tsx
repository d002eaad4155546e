import { claimAction, type EarningRule, safeUrl } from '@loyaltykit/core';
import { useState } from 'preact/hooks';
import { Button } from '../Button/Button.tsx';
import { useLoyalty } from '../LoyaltyProvider/context.ts';
import { usePanel } from '../Panel/panel-context.ts';
import * as css from '../widgets.css.ts';

type SocialRule = Extract<EarningRule, { kind: 'social_follow' | 'social_share' }>;

const NETWORK_NAMES: Record<SocialRule['network'], string> = {
  instagram: 'Instagram',
  facebook: 'Facebook',
  x: 'X',
  tiktok: 'TikTok',
  youtube: 'YouTube',
  pinterest: 'Pinterest',
};

/**
 * Follow or share: the network opens in a new tab, and once the shopper has
 * been there they can claim the points (networks do not tell shops who
 * followed, so the claim is on trust, as with every incumbent). A rule whose
 * `url` is not a safe link ({@link safeUrl}) offers nothing to do here: the
 * rule and its points stay listed.
 */
export function SocialAction({ rule }: { rule: SocialRule }) {
  const { model, i18n } = useLoyalty();
  const { announce } = usePanel();
  const [visited, setVisited] = useState(false);
  const [claiming, setClaiming] = useState(false);
  const points = i18n.t('points', { count: rule.points });
  const network = NETWORK_NAMES[rule.network];
  const href = safeUrl(rule.url, `program.earningRules[${rule.id}].url`);

  const claim = () => {
    setClaiming(true);
    claimAction(model, rule.id)
      .then(
        () => announce(i18n.t('earn.claimed', { points })),
        () => announce(i18n.t('earn.claimFailed')),
      )
      .finally(() => setClaiming(false));
  };

  if (!href) return null;
  return (
    <div class={css.actions}>
      <Button
        variant="secondary"
        href={href}
        target="_blank"
        rel="noopener noreferrer"
        onClick={() => setVisited(true)}
      >
        {i18n.t(rule.kind === 'social_follow' ? 'earn.follow' : 'earn.share', { network })}
      </Button>
      {visited && (
        <Button onClick={claim} disabled={claiming} aria-busy={claiming}>
          {i18n.t('earn.claim', { points })}
        </Button>
      )}
    </div>
  );
}
