import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { createContact } from '../../../data/contacts/commands';
import { createCustomer } from '../../../data/customers/commands';
import { appendLogEntry } from '../../../data/log/commands';
import { contactInput, customerInput } from '../../../data/testing/builders';
import { createTestDb, expectOk } from '../../../data/testing/testDb';
import { appStore } from '../../../store/appStore';
import { renderDirectory, resetDirectoryState } from '../testing/renderDirectory';

async function smallDirectory() {
  const db = await createTestDb();
  const mercy = expectOk(await createCustomer(db, customerInput()));
  const water = expectOk(await createCustomer(db, customerInput({
    name: 'Lakeport Water Treatment Plant', accountNumber: '4001-000-111', tier: 'life_safety', facilityType: 'water',
    servicePoints: [{ address: '50 Lake St, Lakeport', feeder: 'FDR-3101', substation: 'Bayview', serviceArea: 'Lakeshore' }],
    backupGeneration: { present: false },
  })));
  const mall = expectOk(await createCustomer(db, customerInput({
    name: 'Harbor Point Mall', accountNumber: '5002-333-444', tier: 'major_commercial', facilityType: 'commercial', servicePoints: [], backupGeneration: { present: false },
  })));
  expectOk(await createContact(db, contactInput(mercy.id)));
  expectOk(await createContact(db, contactInput(water.id, { name: 'James Okafor', phones: [{ number: '(212) 555-0107', available24x7: true }], emails: [] })));
  return { db, mercy, water, mall };
}

const listbox = () => screen.getByRole('listbox', { name: 'Customers' });
const optionNames = () => within(listbox()).queryAllByRole('option').map((o) => o.querySelector('p')?.textContent);

describe('directory list', () => {
  beforeEach(() => resetDirectoryState());

  it('lists customers life-safety first with their count, and moves and opens with the keyboard', async () => {
    const user = userEvent.setup();
    const { db, mall } = await smallDirectory();
    const { router } = renderDirectory(db);
    expect(await screen.findByText('3 customers')).toBeTruthy();
    await waitFor(() => expect(optionNames()).toEqual(['Lakeport Water Treatment Plant', 'Mercy Regional Hospital', 'Harbor Point Mall']));

    listbox().focus();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(listbox().getAttribute('aria-activedescendant')).toBe('customer-option-2');
    await user.keyboard('{Home}');
    expect(listbox().getAttribute('aria-activedescendant')).toBe('customer-option-0');
    await user.keyboard('{End}{ArrowDown}');
    expect(appStore.getState().directoryCursor).toBe(2);
    await user.keyboard('{Enter}');
    await waitFor(() => expect(router.state.location.pathname).toBe(`/customers/${mall.id}`));
    const heading = await screen.findByRole('heading', { level: 2, name: 'Harbor Point Mall' });
    await waitFor(() => expect(document.activeElement).toBe(heading));

    // Escape goes back to the list; the open customer is marked in it.
    await user.keyboard('{Escape}');
    expect(document.activeElement).toBe(listbox());
    expect(within(listbox()).getByRole('option', { current: true }).textContent).toContain('Harbor Point Mall');
  });

  it('sorts by name, by last contacted and in reverse', async () => {
    const user = userEvent.setup();
    const { db, mall } = await smallDirectory();
    expectOk(await appendLogEntry(db, { customerId: mall.id, channel: 'phone', direction: 'outbound', category: 'status_update', summary: 'Check-in' }));
    renderDirectory(db);
    await screen.findByText('3 customers');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'name');
    await waitFor(() => expect(optionNames()).toEqual(['Harbor Point Mall', 'Lakeport Water Treatment Plant', 'Mercy Regional Hospital']));
    await user.click(screen.getByRole('button', { name: 'Sort descending' }));
    await waitFor(() => expect(optionNames()).toEqual(['Mercy Regional Hospital', 'Lakeport Water Treatment Plant', 'Harbor Point Mall']));
    // Last contacted: never-contacted customers first (longest ago first), the mall was called just now.
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'lastContacted');
    await waitFor(() => expect(optionNames().at(-1)).toBe('Harbor Point Mall'));
    expect(within(listbox()).getAllByRole('option').at(-1)!.textContent).toContain('Contacted today');
  });

  it('searches as you type, shows what matched, and opens the best match with Enter', async () => {
    const user = userEvent.setup();
    const { db, mercy } = await smallDirectory();
    const { router } = renderDirectory(db);
    await screen.findByText('3 customers');

    await user.keyboard('/');
    const search = screen.getByRole('searchbox', { name: 'Search customers' });
    expect(document.activeElement).toBe(search);
    await user.keyboard('hern');
    expect(await screen.findByText('1 match')).toBeTruthy();
    expect(within(listbox()).getByRole('option').textContent).toContain('Matched contact: María Hernández · name');

    await user.clear(search);
    await user.type(search, '2125550107');
    await waitFor(() => expect(optionNames()).toEqual(['Lakeport Water Treatment Plant']));
    expect(within(listbox()).getByRole('option').textContent).toContain('contact: James Okafor · phone');

    await user.clear(search);
    await user.type(search, 'mercy{Enter}');
    await waitFor(() => expect(router.state.location.pathname).toBe(`/customers/${mercy.id}`));

    await user.clear(search);
    await user.type(search, 'zzqx');
    expect(await screen.findByText('0 matches')).toBeTruthy();
    expect(screen.getByText(/No customer matches/)).toBeTruthy();
  });


  it('while the next query runs, keeps the shown result labelled as what it is and marks the list busy', async () => {
    const user = userEvent.setup();
    const { db } = await smallDirectory();
    renderDirectory(db);
    await screen.findByText('3 customers');
    await user.type(screen.getByRole('searchbox', { name: 'Search customers' }), 'hern');
    expect(await screen.findByText('1 match')).toBeTruthy();

    // A write transaction on customers holds back the browse read that clearing the search starts.
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let holding = true;
    void released.then(() => (holding = false));
    const writer = db.transaction('rw', db.customers, async () => {
      while (holding) await db.customers.get('none');
    });
    await user.clear(screen.getByRole('searchbox', { name: 'Search customers' }));
    await waitFor(() => expect(listbox().getAttribute('aria-busy')).toBe('true'));
    expect(screen.getByText('1 match')).toBeTruthy();
    expect(screen.queryByText('1 customer')).toBeNull();

    release();
    await writer;
    expect(await screen.findByText('3 customers')).toBeTruthy();
    expect(listbox().getAttribute('aria-busy')).toBeNull();
  });
  it('filters by tier and generator from the Filters popover and removes a filter in one click', async () => {
    const user = userEvent.setup();
    const { db } = await smallDirectory();
    renderDirectory(db);
    await screen.findByText('3 customers');

    await user.click(screen.getByRole('button', { name: 'Filters' }));
    await user.click(await screen.findByRole('checkbox', { name: 'Life-safety critical' }));
    expect(await screen.findByText('2 customers')).toBeTruthy();
    await user.click(screen.getByRole('radio', { name: 'No generator' }));
    expect(await screen.findByText('1 customer')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Filters, 2 on' })).toBeTruthy();
    await waitFor(() => expect(optionNames()).toEqual(['Lakeport Water Treatment Plant']));

    await user.click(screen.getByRole('button', { name: 'Remove filter: No generator' }));
    expect(await screen.findByText('2 customers')).toBeTruthy();
    expect(appStore.getState().directoryFilters.backupGeneration).toBe('any');
  });
});
