import '@mantine/core/styles.css';
import '@mantine/spotlight/styles.css';
import './theme/global.css';
import { StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { createHashRouter, RouterProvider } from 'react-router';
import { AppProviders } from './app/AppProviders';
import { LocalDataFallback, LocalDataProvider } from './app/data/LocalDataProvider';
import { registerOfflineShell } from './app/offlineShell';
import { appRoutes } from './app/routes';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

const router = createHashRouter(appRoutes);
registerOfflineShell();

createRoot(container).render(
  <StrictMode>
    <AppProviders>
      <Suspense fallback={<LocalDataFallback />}>
        <LocalDataProvider>
          <RouterProvider router={router} />
        </LocalDataProvider>
      </Suspense>
    </AppProviders>
  </StrictMode>,
);
