// Timeline | Follow-ups: two addresses (/log, /log/follow-ups), so each view can be linked and the
// browser's back button works. Links, not ARIA tabs, because each view is its own route.
import { Badge, Group, UnstyledButton } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { NavLink } from 'react-router';
import { useNow } from '../../app/useNow';
import { useDb } from '../../data/dbContext';
import { followUps } from '../../data/log/queries';
import classes from './LogViewTabs.module.css';

export function LogViewTabs() {
  const db = useDb();
  const now = useNow(30_000);
  const open = useLiveQuery(() => followUps(db, { now }), [db, now]);
  const overdue = open?.filter((i) => i.followUpState === 'overdue').length ?? 0;
  return (
    <nav aria-label="Log views" className={classes.tabs}>
      <Group gap={0}>
        <UnstyledButton component={NavLink} to="/log" end className={classes.tab}>Timeline</UnstyledButton>
        <UnstyledButton component={NavLink} to="/log/follow-ups" className={classes.tab}>
          Follow-ups
          {open ? <Badge size="sm" variant="light" color="gray" ml={6}>{open.length} open</Badge> : null}
          {overdue > 0 ? <Badge size="sm" ml={4} color="red.9">{overdue} overdue</Badge> : null}
        </UnstyledButton>
      </Group>
    </nav>
  );
}
