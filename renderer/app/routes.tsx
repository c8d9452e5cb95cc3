// Route table, shared by the hash router of the app (works under app:// and any web path) and by
// memory routers in tests.
import { Navigate } from 'react-router';
import type { RouteObject } from 'react-router';
import { BriefingsPage } from '../features/briefings/BriefingsPage';
import { CustomersPage } from '../features/customers/CustomersPage';
import { LogPage } from '../features/log/LogPage';
import { OutreachPage } from '../features/outreach/OutreachPage';
import { SettingsPage } from '../features/settings/SettingsPage';
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
      { path: 'customers', element: <CustomersPage /> },
      { path: 'log', element: <LogPage /> },
      { path: 'briefings', element: <BriefingsPage /> },
      { path: 'outreach', element: <OutreachPage /> },
      { path: 'settings', element: <SettingsPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
