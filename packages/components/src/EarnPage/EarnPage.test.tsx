import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { testCustomer } from '../testing/fake-backend.ts';
import { renderPanel } from '../testing/render-panel.tsx';

afterEach(cleanup);

const rowOf = (title: string) => screen.getByText(title).closest('li') as HTMLElement;

describe('EarnPage', () => {
  it('says what each rule gives, in the store’s currency, and marks used-up rules done', async () => {
    await renderPanel({ page: 'earn' });
    expect(rowOf('Place an order').textContent).toContain('5 points per $1.00');
    expect(rowOf('Create an account').textContent).toContain('Done');
    expect(rowOf('Follow us').textContent).toContain('50 points');
  });

  it('follows, then claims the points, once', async () => {
    const { model } = await renderPanel({ page: 'earn' });
    const follow = screen.getByRole('link', { name: 'Follow us on Instagram' });
    expect(follow.getAttribute('target')).toBe('_blank');
    expect(follow.getAttribute('rel')).toContain('noopener');
    expect(screen.queryByRole('button', { name: 'Claim 50 points' })).toBeNull();
    // The test stays on this page: no new tab in happy-dom.
    follow.addEventListener('click', (event) => event.preventDefault());
    fireEvent.click(follow);
    fireEvent.click(screen.getByRole('button', { name: 'Claim 50 points' }));
    await waitFor(() => expect(model.customer.value?.balance.available).toBe(1300));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('50 points added to your balance'),
    );
    expect(rowOf('Follow us').textContent).toContain('Done');
    expect(screen.queryByRole('link', { name: 'Follow us on Instagram' })).toBeNull();
  });

  it('takes the birthday once, with month names in the shopper’s language', async () => {
    const { model } = await renderPanel({ page: 'earn' });
    const [month, day] = screen.getAllByRole('combobox') as HTMLSelectElement[];
    expect(month!.options[2]?.textContent).toBe('March');
    fireEvent.change(month!, { target: { value: '2' } });
    expect(day!.options).toHaveLength(29); // February, leap years included
    fireEvent.change(day!, { target: { value: '29' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save birthday' }));
    await waitFor(() => expect(model.customer.value?.birthday).toEqual({ month: 2, day: 29 }));
    expect(screen.getByText('February 29')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Save birthday' })).toBeNull();
  });

  it('shows a known birthday instead of the form', async () => {
    await renderPanel({
      page: 'earn',
      customer: { ...testCustomer, birthday: { month: 7, day: 4 } },
    });
    expect(screen.getByText('July 4')).toBeTruthy();
  });

  it('offers guests the rules but no actions', async () => {
    await renderPanel({ page: 'earn', customer: null });
    expect(rowOf('Follow us').textContent).toContain('50 points');
    expect(screen.queryByRole('link', { name: /Follow us on/ })).toBeNull();
    expect(screen.queryByRole('combobox')).toBeNull();
  });
});
