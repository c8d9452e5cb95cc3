import { configure, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { appRoutes } from '../../app/routes';
import { icsIdentity } from '../../data/ics/queries';
import { createTestDb } from '../../data/testing/testDb';
import { renderRoutes } from '../../testing/renderRoutes';

configure({ asyncUtilTimeout: 10_000 });

describe('ICS details in Settings', () => {
  it('start from the account and are saved on the device', async () => {
    const db = await createTestDb({ name: 'Dana Reyes', icsPosition: 'Liaison', homeAgency: 'Lakeport Power' });
    const user = userEvent.setup();
    renderRoutes(db, appRoutes, '/settings');
    const group = await screen.findByRole('region', { name: 'ICS forms' });
    const position = await within(group).findByRole('textbox', { name: 'ICS position' });
    expect(position).toHaveProperty('value', 'Liaison');
    await user.clear(position);
    await user.type(position, 'Agency Representative');
    await user.type(within(group).getByRole('textbox', { name: 'Unit' }), 'Major Accounts');
    await user.click(within(group).getByRole('button', { name: 'Save ICS details' }));
    await waitFor(async () => expect(await icsIdentity(db)).toEqual({ icsPosition: 'Agency Representative', homeAgency: 'Lakeport Power', homeUnit: 'Major Accounts' }));
    expect(within(group).getByRole('status').textContent).toBe('Saved.');
  });
});
