// The sync page on a real local database: a conflict shows both values with who and when and restores
// the losing value in one click; a refused change shows the server's reason and is discarded only
// after confirming, putting the record back.
import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { createContact, updateContact } from '../../data/contacts/commands';
import { contactById } from '../../data/contacts/queries';
import { createCustomer } from '../../data/customers/commands';
import type { LiaisonDb } from '../../data/db';
import { acknowledgePush } from '../../data/sync/outboxAck';
import { conflictsTable } from '../../data/sync/tables';
import { contactInput, customerInput } from '../../data/testing/builders';
import { createTestDb, expectOk } from '../../data/testing/testDb';
import { SyncPage } from './SyncPage';
import { renderRoutes } from '../../testing/renderRoutes';

let db: LiaisonDb;

const renderPage = () => renderRoutes(db, [{ path: '/sync', element: <SyncPage /> }, { path: '*', element: null }], '/sync');

describe('sync page', () => {
  beforeEach(async () => {
    db = await createTestDb({ name: 'Dana Whitfield' });
  });

  it('shows a conflict with both values and restores the losing one', async () => {
    const customer = expectOk(await createCustomer(db, customerInput({ name: 'Mercy Regional Hospital' })));
    const contact = expectOk(await createContact(db, contactInput(customer.id, { name: 'María Hernández', role: 'Operations Chief' })));
    await db.outbox.clear();
    await conflictsTable(db).put({
      seq: 9, id: '0190a0b0-1c2d-7e3f-8a9b-0c1d2e3f4a5b', entity: 'contact', recordId: contact.id, scopeId: customer.scopeId, field: 'role', kind: 'field',
      winningValue: 'Operations Chief', losingValue: 'Plant Manager',
      winner: { userId: 'u-lee', userName: 'Lee Park', hlc: '000001736942460000-000000-c2', at: '2025-01-15T12:01:00.000Z' },
      loser: { userId: 'u-dana', userName: 'Dana Whitfield', hlc: '000001736942400000-000000-c1', at: '2025-01-15T12:00:00.000Z' },
      status: 'open', createdAt: '2025-01-15T12:02:00.000Z', resolvedAt: null, resolvedBy: null,
    });
    renderPage();
    const card = await screen.findByRole('article', { name: /María Hernández · Mercy Regional Hospital — Role/ });
    expect(card.textContent).toMatch(/KeptOperations ChiefLee Park, .*LostPlant ManagerDana Whitfield, /);
    await userEvent.click(within(card).getByRole('button', { name: 'Restore this value: Plant Manager' }));
    await within(card).findByText(/Restored on this device/);
    expect(await contactById(db, contact.id)).toMatchObject({ role: 'Plant Manager' });
    expect(await db.outbox.toArray()).toMatchObject([{ entity: 'contact', op: 'update', patch: { role: 'Plant Manager' }, base: { role: 'Operations Chief' } }]);
  });

  it('lists a refused change with the reason and discards it only after confirming', async () => {
    const customer = expectOk(await createCustomer(db, customerInput({ name: 'Harbor Water' })));
    const contact = expectOk(await createContact(db, contactInput(customer.id, { name: 'James Okafor', notes: '' })));
    await db.outbox.clear();
    expectOk(await updateContact(db, contact.id, { notes: 'Gate code 4411' }));
    const sent = await db.outbox.toArray();
    const reason = 'Contact is in scope region-b, which is not one of your scopes';
    await acknowledgePush(db, sent, { clientId: sent[0]!.clientId, lastSeq: sent[0]!.seq, gap: null, results: [{ seq: sent[0]!.seq, mutationId: sent[0]!.mutationId, status: 'refused', code: 'out_of_scope', reason }] });
    renderPage();
    const card = await screen.findByRole('article', { name: /Change to Notes: James Okafor · Harbor Water/ });
    expect(card.textContent).toContain(`Refused: ${reason}`);
    expect(await contactById(db, contact.id)).toMatchObject({ notes: 'Gate code 4411' });
    await userEvent.click(within(card).getByRole('button', { name: 'Discard…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Discard this change?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Discard' }));
    await waitFor(() => expect(screen.queryByRole('article')).toBeNull());
    expect(await contactById(db, contact.id)).toMatchObject({ notes: '' });
    expect(await db.outbox.count()).toBe(0);
  });
});
