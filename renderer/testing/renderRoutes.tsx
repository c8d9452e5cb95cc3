// Renders routes the way the app does (providers, a local database through DbContext) in a memory
// router, for component tests; returns the router so a test can check where it navigated.
import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import type { RouteObject } from 'react-router';
import type { LiaisonDb } from '../data/db';
import { DbContext } from '../data/dbContext';
import { AppProviders } from '../app/AppProviders';

export function renderRoutes(db: LiaisonDb, routes: RouteObject[], path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(
    <AppProviders env="test">
      <DbContext.Provider value={db}>
        <RouterProvider router={router} />
      </DbContext.Provider>
    </AppProviders>,
  );
  return router;
}
