// Outreach: who must be contacted in the active event (and what was promised to them), or, between
// events, who is due a regular check-in or a planned-interruption notice. The view is the route's.
import { Outlet } from 'react-router';
import { PageLayout } from '../../app/PageLayout';
import { OutreachViewTabs } from './OutreachViewTabs';

export function OutreachPage() {
  return (
    <PageLayout title="Outreach" description="Who must be contacted, how far we got, and what was promised to them.">
      <OutreachViewTabs />
      <Outlet />
    </PageLayout>
  );
}
