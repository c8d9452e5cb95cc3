// The directory at benchmark scale (50k customers) on fake-indexeddb: only a window of rows is ever in
// the DOM, and scrolling far down loads just the page that comes into view. The rows are written with
// a direct bulkPut without search tokens: fake-indexeddb needs minutes for the 750k multiEntry search
// keys, and this test is about the list, not search (searchDirectory has its own tests).
import { act, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateDirectory } from '../../../../shared/demo/directory';
import { createRandom } from '../../../../shared/demo/random';
import { customersPage } from '../../../data/customers/queries';
import type { LiaisonDb } from '../../../data/db';
import { toCustomerRow } from '../../../data/rows';
import { createTestDb } from '../../../data/testing/testDb';
import { LISTBOX_HEIGHT, renderDirectory, resetDirectoryState } from '../testing/renderDirectory';
import { ROW_HEIGHT } from './DirectoryList';

const CUSTOMERS = 50_000;
/** Rows that fit the listbox plus the virtualizer's overscan on both sides, with a little slack. */
const MAX_ROWS_IN_DOM = Math.ceil(LISTBOX_HEIGHT / ROW_HEIGHT) + 2 * 6 + 2;

let db: LiaisonDb;

describe('customer directory at 50k customers', () => {
  beforeAll(async () => {
    const { customers } = generateDirectory(createRandom('scale'), {
      customers: CUSTOMERS, contactsPerCustomer: 0, varyContacts: false, regionId: 'region-test',
      createdFromMs: Date.parse('2024-01-01'), createdToMs: Date.parse('2024-12-01'), createdBy: 'user-test',
    });
    db = await createTestDb();
    await db.customers.bulkPut(customers.map((c) => ({ ...toCustomerRow(c), searchTokens: [] })));
    resetDirectoryState();
  }, 240_000);

  it('renders only the visible window and loads the page scrolled into view', async () => {
    renderDirectory(db);
    expect(await screen.findByText('50,000 customers', {}, { timeout: 20_000 })).toBeTruthy();
    const listbox = screen.getByRole('listbox', { name: 'Customers' });
    const options = () => within(listbox).getAllByRole('option');
    await waitFor(() => expect(options()[0]!.getAttribute('aria-busy')).toBeNull(), { timeout: 20_000 });

    const first = options();
    expect(first.length).toBeGreaterThan(5);
    expect(first.length).toBeLessThanOrEqual(MAX_ROWS_IN_DOM);
    expect(first[0]!.getAttribute('aria-setsize')).toBe(String(CUSTOMERS));
    const top = await customersPage(db, { sort: 'tier', limit: 1 });
    expect(first[0]!.textContent).toContain(top.rows[0]!.name);

    // Scroll to row 30,000: that page is read and rendered; the DOM still holds only a window.
    const target = 30_000;
    await act(async () => {
      listbox.scrollTop = target * ROW_HEIGHT;
      listbox.dispatchEvent(new Event('scroll'));
    });
    const expected = (await customersPage(db, { sort: 'tier', offset: target, limit: 1 })).rows[0]!;
    await waitFor(
      () => {
        const row = options().find((o) => o.getAttribute('aria-posinset') === String(target + 1));
        expect(row?.textContent).toContain(expected.name);
      },
      { timeout: 20_000 },
    );
    expect(options().length).toBeLessThanOrEqual(MAX_ROWS_IN_DOM);
  }, 120_000);
});
