// The log's routes: /log (timeline) and /log/follow-ups share one page, so the quick-entry bar above
// them stays mounted (and focused) while the user switches views.
import type { RouteObject } from 'react-router';
import { FollowUpsList } from './followUps/FollowUpsList';
import { LogPage } from './LogPage';
import { LogTimeline } from './timeline/LogTimeline';

export const logRoute: RouteObject = {
  path: 'log',
  element: <LogPage />,
  children: [
    { index: true, element: <LogTimeline /> },
    { path: 'follow-ups', element: <FollowUpsList /> },
  ],
};
