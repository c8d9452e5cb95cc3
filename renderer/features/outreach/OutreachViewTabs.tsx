// Event outreach | ETR ledger | Check-ins and notices: one address each (like the log's views), so
// each can be linked and the back button works.
import { Group, UnstyledButton } from '@mantine/core';
import { NavLink } from 'react-router';
import classes from '../log/LogViewTabs.module.css';

export function OutreachViewTabs() {
  return (
    <nav aria-label="Outreach views" className={classes.tabs}>
      <Group gap={0}>
        <UnstyledButton component={NavLink} to="/outreach" end className={classes.tab}>Event outreach</UnstyledButton>
        <UnstyledButton component={NavLink} to="/outreach/ledger" className={classes.tab}>ETR ledger</UnstyledButton>
        <UnstyledButton component={NavLink} to="/outreach/check-ins" className={classes.tab}>Check-ins and notices</UnstyledButton>
      </Group>
    </nav>
  );
}
