// The bell in the app bar: the unread count on it, and a panel with the latest notifications. Opening
// one goes to what it is about and marks it read; the panel is a dialog reachable by keyboard (Esc
// closes it and returns focus to the bell). It also runs the watcher that finds new notices.
import { ActionIcon, Button, Group, Indicator, Popover, Stack, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { IconBell } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { Notice } from '../../../shared/notifications/notice';
import { noticeKindLabels } from '../../../shared/notifications/notice';
import { useDb } from '../../data/dbContext';
import { markNoticesRead } from '../../data/notices/commands';
import { noticeList, unreadNoticeCount } from '../../data/notices/queries';
import { formatWhen } from '../../format/time';
import classes from './NoticeBell.module.css';
import { useNoticeWatcher } from './useNoticeWatcher';

const PANEL_LIMIT = 30;

function NoticeItem({ notice, onOpen }: { notice: Notice; onOpen: (n: Notice) => void }) {
  const unread = notice.readAt === null;
  return (
    <li>
      <UnstyledButton className={classes.item} data-unread={unread || undefined} onClick={() => onOpen(notice)}>
        <Group gap={6} wrap="nowrap" justify="space-between">
          <Text size="sm" fw={unread ? 650 : 500}>
            {notice.title}
            {unread ? <VisuallyHidden> (unread)</VisuallyHidden> : null}
          </Text>
          <Text size="xs" c="dimmed" component="time" dateTime={notice.at}>{formatWhen(notice.at)}</Text>
        </Group>
        <Text size="xs" c="dimmed">{noticeKindLabels[notice.kind].label}</Text>
        <Text size="sm" lineClamp={2}>{notice.body}</Text>
      </UnstyledButton>
    </li>
  );
}

export function NoticeBell() {
  const db = useDb();
  const navigate = useNavigate();
  const [opened, setOpened] = useState(false);
  const headingId = useId();
  const unread = useLiveQuery(() => unreadNoticeCount(db), [db], 0);
  const notices = useLiveQuery(() => (opened ? noticeList(db, PANEL_LIMIT) : []), [db, opened], []);

  const open = (notice: Notice) => {
    setOpened(false);
    void markNoticesRead(db, Date.now(), [notice.id]);
    void navigate(notice.link);
  };
  useNoticeWatcher(open);

  return (
    // withRoles off: Popover.Target would put aria-expanded on the Indicator's plain div (axe: not
    // allowed there); the button and the dropdown carry their roles themselves.
    <Popover opened={opened} onChange={setOpened} position="bottom-end" width={360} trapFocus returnFocus shadow="md" withRoles={false}>
      <Popover.Target>
        <Indicator label={unread > 99 ? '99+' : unread} size={16} disabled={unread === 0} offset={4} color="red.8">
          <ActionIcon variant="subtle" color="gray" size="lg" onClick={() => setOpened((o) => !o)} aria-expanded={opened} aria-haspopup="dialog"
            aria-label={unread === 0 ? 'Notifications' : `Notifications, ${unread} unread`}>
            <IconBell size={19} aria-hidden />
          </ActionIcon>
        </Indicator>
      </Popover.Target>
      <Popover.Dropdown role="dialog" aria-labelledby={headingId} p="sm">
        <Group justify="space-between" mb="xs">
          <Text id={headingId} fw={650}>Notifications</Text>
          <Button variant="subtle" size="compact-xs" disabled={unread === 0} onClick={() => void markNoticesRead(db, Date.now())}>Mark all read</Button>
        </Group>
        {notices.length === 0 ? (
          <Text size="sm" c="dimmed">No notifications yet.</Text>
        ) : (
          <Stack component="ul" gap={2} className={classes.list} aria-labelledby={headingId}>
            {notices.map((n) => <NoticeItem key={n.id} notice={n} onOpen={open} />)}
          </Stack>
        )}
        <Button component={Link} to="/settings" variant="subtle" size="compact-xs" mt="xs" onClick={() => setOpened(false)}>
          Notification settings
        </Button>
      </Popover.Dropdown>
    </Popover>
  );
}
