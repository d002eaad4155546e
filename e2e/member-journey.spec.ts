import { expect, test } from '@playwright/test';
import { usStoreTranslations } from '../packages/mock-backend/src/seeds/us-store-translations.ts';
import { CATALOGS, fillIn, pointsIn, type TestLocale } from './support/catalogs.ts';
import { dialog, expectAxeClean, launcher, openAt, recordWidgetEvents } from './support/journey.ts';

// A shopper's whole journey on the demo store, in English and Arabic, axe clean at every step:
// a guest is invited to join, signs in, earns by sharing, redeems a reward, the code reaches the
// shop as an event, then they cancel it and get their points back.

for (const locale of ['en', 'ar'] as TestLocale[]) {
  const t = CATALOGS[locale];
  test(`the whole journey in ${locale}: join, earn, redeem, apply, cancel, refund`, async ({
    page,
  }) => {
    // Only our origin: the share link's network is out of this test's world.
    await page.context().route(/^https:\/\//, (route) => route.abort());
    const seen = await recordWidgetEvents(page);
    await page.goto(`/product.html?lang=${locale}`);
    await expect(launcher(page)).toHaveText(pointsIn(locale, 1250));

    // A guest is invited to join, and can sign in.
    await page.evaluate(() =>
      (window as unknown as { LoyaltyKit: { signOut(): Promise<void> } }).LoyaltyKit.signOut(),
    );
    await expect(launcher(page)).toHaveText(t['launcher.label'] as string);
    await launcher(page).click();
    await expect(
      dialog(page).getByRole('link', { name: t['guest.join'] as string }),
    ).toHaveAttribute('href', '/account/register');
    await expectAxeClean(page, 'guest');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Sign in as demo member' }).click();
    await expect(launcher(page)).toHaveText(pointsIn(locale, 1250));
    await expectAxeClean(page, 'member, closed');

    // Earn: share, come back, claim.
    await openAt(page, 'earn');
    const popup = page.waitForEvent('popup');
    await dialog(page)
      .getByRole('link', {
        name: fillIn(locale, t['earn.share'] as string, { network: 'Facebook' }),
      })
      .click();
    await (await popup).close();
    await dialog(page)
      .getByRole('button', {
        name: fillIn(locale, t['earn.claim'] as string, { points: pointsIn(locale, 25) }),
      })
      .click();
    await expect(launcher(page)).toHaveText(pointsIn(locale, 1275));
    await expectAxeClean(page, 'earned');

    // Redeem $5 off for 500, and hand the code to the cart. The programme's texts come in the
    // shopper's language (the demo backend has the US store in Arabic too).
    await openAt(page, 'redeem');
    const fiveOff =
      (locale === 'ar' ? usStoreTranslations.ar.rewards?.rw_5off?.title : undefined) ??
      '$5 off your order';
    const row = dialog(page).getByRole('listitem').filter({ hasText: fiveOff });
    // Each step takes focus with it: the question, then the code, never the page's <body>.
    await row.getByRole('button', { name: t['redeem.action'] as string, exact: true }).click();
    await expect(
      row.getByRole('group', {
        name: fillIn(locale, t['redeem.confirm'] as string, {
          points: pointsIn(locale, 500),
          reward: fiveOff,
        }),
      }),
    ).toBeFocused();
    await row.getByRole('button', { name: t['redeem.confirmYes'] as string }).click();
    const ticket = row.getByRole('group', {
      name: fillIn(locale, t['redeem.success'] as string, { reward: fiveOff }),
    });
    await expect(ticket).toBeFocused();
    const code = (await ticket.getByTestId('redemption-code').textContent()) ?? '';
    expect(code).toMatch(/^\S+$/);
    await expect(ticket.getByRole('button', { name: t['redeem.copy'] as string })).toBeVisible();
    // Said once in the panel's one live region, the code with it.
    await expect(dialog(page).getByRole('status')).toContainText(code);
    await expect(launcher(page)).toHaveText(pointsIn(locale, 775));
    await expectAxeClean(page, 'redeemed');
    await row.getByRole('button', { name: t['redeem.apply'] as string }).click();
    await expect
      .poll(seen)
      .toContainEqual({ type: 'redeem', detail: expect.objectContaining({ code }) });

    // Changed their mind: cancel, which asks first, and the 500 points come back once.
    await openAt(page, 'rewards');
    const mine = dialog(page).getByRole('listitem').filter({ hasText: code });
    await mine.getByRole('button', { name: t['rewards.cancel'] as string }).click();
    const question = mine.getByRole('group', {
      name: fillIn(locale, t['rewards.cancelConfirm'] as string, {
        points: pointsIn(locale, 500),
      }),
    });
    await expect(question).toBeFocused();
    await expectAxeClean(page, 'asked to cancel');
    // Not yet: nothing is refunded until the shopper says yes.
    await expect(launcher(page)).toHaveText(pointsIn(locale, 775));
    await question.getByRole('button', { name: t['rewards.cancel'] as string }).dblclick();
    await expect(launcher(page)).toHaveText(pointsIn(locale, 1275));
    await expect(mine).toHaveCount(0);
    await expect
      .poll(seen)
      .toContainEqual({ type: 'redemption-cancelled', detail: expect.objectContaining({ code }) });
    await expectAxeClean(page, 'cancelled');
    // One refund for the double click: the balance holds, and one event reached the page.
    await page.waitForTimeout(300);
    await expect(launcher(page)).toHaveText(pointsIn(locale, 1275));
    const cancelled = (await seen()).filter(
      (event) => (event as { type: string }).type === 'redemption-cancelled',
    );
    expect(cancelled).toHaveLength(1);
  });
}
