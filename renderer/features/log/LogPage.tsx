// The liaison log: the quick-entry bar on top of the view the route chose (see logRoute): the
// timeline (/log) or the follow-ups list (/log/follow-ups).
import { Button } from '@mantine/core';
import { IconCalendarEvent } from '@tabler/icons-react';
import { Link, Outlet } from 'react-router';
import { PageLayout } from '../../app/PageLayout';
import { IcsLogActions } from '../ics/IcsLogActions';
import { LogViewTabs } from './LogViewTabs';
import { QuickEntryBar } from './quickEntry/QuickEntryBar';
import tone from './tone.module.css';

export function LogPage() {
  return (
    <PageLayout
      title="Log"
      description="Every contact, request and commitment, recorded as it happens (ICS 214)."
      actions={
        <>
          <IcsLogActions />
          <Button component={Link} to="/events" variant="default" size="xs" leftSection={<IconCalendarEvent size={15} aria-hidden />}>
            Events
          </Button>
        </>
      }
    >
      <div className={tone.scope}>
        <QuickEntryBar />
        <LogViewTabs />
        <Outlet />
      </div>
    </PageLayout>
  );
}
