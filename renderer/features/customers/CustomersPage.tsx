// The customer directory workspace: the searchable list on the left, the open customer on the right
// (child routes: a prompt at /customers, the customer page at /customers/:customerId). Alt+N starts
// a new customer from anywhere in the section.
import { Button } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { Outlet, useNavigate } from 'react-router';
import { PageLayout } from '../../app/PageLayout';
import classes from './CustomersPage.module.css';
import { CustomerFormModal } from './forms/CustomerFormModal';
import { ADD_FIRST_CONTACT_STATE } from './detail/detailNavigation';
import { insideDialog } from './insideDialog';
import { DirectoryPane } from './list/DirectoryPane';
import { useFillViewport } from './useFillViewport';

/** PageLayout's bottom padding: the panes end exactly at the window's bottom edge. */
const BOTTOM_GAP = 32;

export function CustomersPage() {
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const [fillRef, height] = useFillViewport<HTMLDivElement>(BOTTOM_GAP);
  useHotkeys([['alt+N', () => !insideDialog() && setCreating(true)]], []);

  return (
    <PageLayout
      title="Customers"
      description="Critical and major customers, their service points and 24/7 contacts."
      actions={
        <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)} aria-keyshortcuts="Alt+N">
          New customer
        </Button>
      }
    >
      <div ref={fillRef} className={classes.split} style={{ height }}>
        <section className={classes.listPane} aria-label="Customer directory">
          <DirectoryPane />
        </section>
        <section className={classes.detailPane} aria-label="Customer details">
          <Outlet />
        </section>
      </div>
      <CustomerFormModal
        opened={creating}
        onClose={() => setCreating(false)}
        onSaved={(customer) => {
          setCreating(false);
          void navigate(`/customers/${customer.id}`, { replace: true, state: ADD_FIRST_CONTACT_STATE });
        }}
      />
    </PageLayout>
  );
}
