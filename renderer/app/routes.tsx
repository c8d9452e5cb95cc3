// Route table, shared by the hash router of the app (works under app:// and any web path) and by
// memory routers in tests.
import { Navigate } from 'react-router';
import type { RouteObject } from 'react-router';
import { BriefingsPage } from '../features/briefings/BriefingsPage';
import { BriefingDraftPage } from '../features/briefings/draft/BriefingDraftPage';
import { CustomersPage } from '../features/customers/CustomersPage';
import { CustomerDetailRoute } from '../features/customers/detail/CustomerDetail';
import { NoCustomerSelected } from '../features/customers/detail/NoCustomerSelected';
import { EventsPage } from '../features/events/EventsPage';
import { logRoute } from '../features/log/logRoute';
import { outreachRoute } from '../features/outreach/outreachRoute';
import { SettingsPage } from '../features/settings/SettingsPage';
import { SyncPage } from '../features/sync/SyncPage';
import { ExportPage } from '../features/transfer/export/ExportPage';
import { ImportPage } from '../features/transfer/import/ImportPage';
import { AppLayout } from './AppLayout';
import { NotFoundPage } from './NotFoundPage';
import { RouteErrorPage } from './RouteErrorPage';
import { DEFAULT_SECTION_PATH } from './sections';

export const appRoutes: RouteObject[] = [
  {
    path: '/',
    element: <AppLayout />,
    errorElement: <RouteErrorPage />,
    children: [
      { index: true, element: <Navigate to={DEFAULT_SECTION_PATH} replace /> },
      {
        path: 'customers',
        element: <CustomersPage />,
        children: [
          { index: true, element: <NoCustomerSelected /> },
          { path: ':customerId', element: <CustomerDetailRoute /> },
        ],
      },
      { path: 'customers/import', element: <ImportPage /> },
      { path: 'customers/export', element: <ExportPage /> },
      logRoute,
      { path: 'events', element: <EventsPage /> },
      { path: 'briefings', element: <BriefingsPage /> },
      { path: 'briefings/:eventId/draft', element: <BriefingDraftPage /> },
      outreachRoute,
      { path: 'settings', element: <SettingsPage /> },
      { path: 'sync', element: <SyncPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
