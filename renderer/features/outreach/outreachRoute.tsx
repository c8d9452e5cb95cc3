// The outreach routes: /outreach (the active event's list, or check-ins when no event is active),
// /outreach/ledger and /outreach/check-ins, under one page with the view links.
import type { RouteObject } from 'react-router';
import { CheckInsView } from './checkIns/CheckInsView';
import { EventOutreachRoute } from './event/EventOutreachRoute';
import { EtrLedgerView } from './ledger/EtrLedgerView';
import { OutreachPage } from './OutreachPage';

export const outreachRoute: RouteObject = {
  path: 'outreach',
  element: <OutreachPage />,
  children: [
    { index: true, element: <EventOutreachRoute /> },
    { path: 'ledger', element: <EtrLedgerView /> },
    { path: 'check-ins', element: <CheckInsView /> },
  ],
};
