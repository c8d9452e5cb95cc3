import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { contactsOfCustomer } from '../../../data/contacts/queries';
import { createCustomer, deleteCustomer } from '../../../data/customers/commands';
import { customersPage } from '../../../data/customers/queries';
import { customerInput } from '../../../data/testing/builders';
import { createTestDb, expectOk } from '../../../data/testing/testDb';
import { renderDirectory, resetDirectoryState } from '../testing/renderDirectory';

const dialog = (name: RegExp | string) => screen.findByRole('dialog', { name });
/** Types a whole value at once (a paste): one change per field keeps jsdom fast; e2e types key by key. */
async function fill(user: ReturnType<typeof userEvent.setup>, input: HTMLElement, text: string) {
  await user.click(input);
  await user.paste(text);
}
const field = (scope: HTMLElement, label: string | RegExp) => within(scope).getByLabelText(label, { selector: 'input, select, textarea' });

describe('customer and contact forms', () => {
  beforeEach(() => resetDirectoryState());

  it('says exactly what is wrong, keeps what was typed, then creates the customer and its first contact', async () => {
    const user = userEvent.setup();
    const db = await createTestDb();
    renderDirectory(db);
    await screen.findByText('No customers on this device yet');

    await user.click(screen.getByRole('button', { name: 'New customer' }));
    const form = await dialog('New customer');
    await fill(user, field(form, /Account number/), '7001-555-010');
    await user.click(within(form).getByRole('button', { name: 'Create customer' }));

    const summary = await within(form).findByRole('alert');
    for (const message of ['Customer name is required', 'Priority tier is required', 'Facility type is required', 'Service point address is required']) {
      expect(summary.textContent).toContain(message);
    }
    expect(field(form, /Customer name/).getAttribute('aria-invalid')).toBe('true');
    await waitFor(() => expect(document.activeElement).toBe(field(form, /Customer name/)));
    expect((field(form, /Account number/) as HTMLInputElement).value).toBe('7001-555-010');
    expect((await customersPage(db)).total).toBe(0);

    await fill(user, field(form, /Customer name/), 'St. Agnes Dialysis Center');
    await user.selectOptions(field(form, /Priority tier/), 'life_safety');
    await user.selectOptions(field(form, /Facility type/), 'dialysis');
    await fill(user, field(form, /^Address/), '14 Mill Rd, Lakeport');
    await fill(user, field(form, /Feeder/), 'FDR-4410');
    await user.click(within(form).getByRole('button', { name: 'Create customer' }));

    // The customer exists, its page is open, and the contact form asks for the first contact.
    const contactForm = await dialog('Add a contact to St. Agnes Dialysis Center');
    const created = (await customersPage(db)).rows;
    expect(created.map((c) => [c.name, c.accountNumber, c.tier, c.facilityType, c.servicePoints[0]?.feeder])).toEqual([
      ['St. Agnes Dialysis Center', '7001-555-010', 'life_safety', 'dialysis', 'FDR-4410'],
    ]);
    expect(created[0]!.servicePoints[0]!.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(within(contactForm).getByText(/Customer created/)).toBeTruthy();

    await fill(user, field(contactForm, /Contact name/), 'Rosa Delgado');
    await fill(user, field(contactForm, /^Number/), '555-12');
    await user.click(within(contactForm).getByRole('button', { name: 'Save contact' }));
    const number = field(contactForm, /^Number/);
    await waitFor(() => expect(number.getAttribute('aria-invalid')).toBe('true'));
    const describedBy = number.getAttribute('aria-describedby') ?? '';
    expect(describedBy.split(' ').map((id) => document.getElementById(id)?.textContent)).toContain('Phone number needs at least 7 digits');
    expect(await contactsOfCustomer(db, created[0]!.id)).toEqual([]);

    await user.clear(number);
    await fill(user, number, '(415) 555-0199');
    await user.click(within(contactForm).getByRole('button', { name: 'Save contact' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const contacts = await contactsOfCustomer(db, created[0]!.id);
    expect(contacts.map((c) => [c.name, c.phones[0]?.number, c.phones[0]?.available24x7, c.escalationOrder])).toEqual([['Rosa Delgado', '(415) 555-0199', true, 1]]);
    expect(await screen.findByRole('link', { name: '(415) 555-0199' })).toBeTruthy();
  }, 90_000);

  it('edits a customer: changed fields are saved, the page shows them', async () => {
    const user = userEvent.setup();
    const db = await createTestDb();
    const customer = expectOk(await createCustomer(db, customerInput()));
    renderDirectory(db, `/customers/${customer.id}`);
    await user.click(await screen.findByRole('button', { name: 'Edit' }));
    const form = await dialog(`Edit ${customer.name}`);
    expect((field(form, /Customer name/) as HTMLInputElement).value).toBe(customer.name);
    await user.clear(field(form, /Check-in cadence/));
    await fill(user, field(form, /Check-in cadence/), '3');
    await user.selectOptions(field(form, /Status/), 'failed');
    await user.click(within(form).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const saved = (await customersPage(db)).rows[0]!;
    expect([saved.checkInCadenceDays, saved.backupGeneration.status, saved.backupGeneration.sizeKw]).toEqual([3, 'failed', 2000]);
    expect(await screen.findByText('Every 3 days')).toBeTruthy();
    expect(screen.getByText('Failed')).toBeTruthy();
  }, 60_000);

  it('shows a command refusal in the form and keeps the input', async () => {
    const user = userEvent.setup();
    const db = await createTestDb();
    const customer = expectOk(await createCustomer(db, customerInput()));
    renderDirectory(db, `/customers/${customer.id}`);
    await user.click(await screen.findByRole('button', { name: 'Add contact' }));
    const contactForm = await dialog(`Add a contact to ${customer.name}`);
    await fill(user, field(contactForm, /Contact name/), 'Late Arrival');
    await fill(user, field(contactForm, /^Number/), '2125550123');

    // Someone deletes the customer (another window, a sync) while the form is open.
    expectOk(await deleteCustomer(db, customer.id));
    await user.click(within(contactForm).getByRole('button', { name: 'Save contact' }));
    const summary = await within(contactForm).findByRole('alert');
    expect(summary.textContent).toContain('Choose an existing customer for this contact');
    expect((field(contactForm, /Contact name/) as HTMLInputElement).value).toBe('Late Arrival');
    expect(await contactsOfCustomer(db, customer.id)).toEqual([]);
  }, 60_000);
});
