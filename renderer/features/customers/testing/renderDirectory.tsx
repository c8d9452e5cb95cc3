// Renders the directory workspace (list + customer page routes) on a real local database, for
// renderer tests. jsdom has no layout: the listbox reports a fixed height so the virtualizer has a
// viewport to fill, as it would on a 1280x720 screen.
import { configure, render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProviders } from '../../../app/AppProviders';
import { DbContext } from '../../../data/dbContext';
import type { useDb } from '../../../data/dbContext';
import { emptyDirectoryFilters } from '../../../store/directorySlice';
import { appStore } from '../../../store/appStore';
import { CustomersPage } from '../CustomersPage';
import { CustomerDetailRoute } from '../detail/CustomerDetail';
import { NoCustomerSelected } from '../detail/NoCustomerSelected';

type LiaisonDb = ReturnType<typeof useDb>;

export const LISTBOX_HEIGHT = 540;

// Mantine pages re-render slowly in jsdom (and the test machine is shared): wait longer than 1 s.
configure({ asyncUtilTimeout: 10_000 });

let layoutStubbed = false;
function stubListboxHeight() {
  if (layoutStubbed) return;
  layoutStubbed = true;
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
    configurable: true,
    get(this: HTMLElement) {
      return this.getAttribute('role') === 'listbox' ? LISTBOX_HEIGHT : 0;
    },
  });
}

/** Clears the directory's UI state between tests (the store is a module singleton). */
export function resetDirectoryState() {
  appStore.setState({
    directorySearch: '',
    directoryFilters: emptyDirectoryFilters,
    directorySort: { by: 'tier', descending: false },
    directoryCursor: 0,
    directorySelectedId: null,
  });
}

export function renderDirectory(db: LiaisonDb, path = '/customers') {
  stubListboxHeight();
  const router = createMemoryRouter(
    [
      {
        path: '/customers',
        element: <CustomersPage />,
        children: [
          { index: true, element: <NoCustomerSelected /> },
          { path: ':customerId', element: <CustomerDetailRoute /> },
        ],
      },
    ],
    { initialEntries: [path] },
  );
  const view = render(
    <AppProviders env="test">
      <DbContext.Provider value={db}>
        <RouterProvider router={router} />
      </DbContext.Provider>
    </AppProviders>,
  );
  return { ...view, router };
}
