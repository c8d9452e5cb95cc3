// Settings for notifications: one switch per kind (off: that kind is neither announced nor listed) and,
// in a browser, the permission to show them outside the page, asked only when the user clicks.
import { Button, Group, Stack, Switch, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import type { NotificationPermissionState } from '../../../shared/ipc/contract';
import { noticeKindLabels, noticeKinds } from '../../../shared/notifications/notice';
import { useDb } from '../../data/dbContext';
import { updateNoticeSettings } from '../../data/notices/commands';
import { noticeSettings } from '../../data/notices/queries';
import { platform } from '../../platform/platform';

const permissionText: Record<NotificationPermissionState, string> = {
  granted: 'Notifications also appear on the desktop, outside the app.',
  default: 'Notifications appear in the app only. Allow them to appear on the desktop too.',
  denied: 'This browser blocks notifications for this site; change that in the browser’s site settings. They still appear in the app.',
  unsupported: 'This system cannot show desktop notifications; they appear in the app.',
};

function DesktopPermission() {
  const [permission, setPermission] = useState<NotificationPermissionState | null>(null);
  useEffect(() => {
    let live = true;
    void platform.notifications.getPermission().then((r) => live && setPermission(r.ok ? r.value : 'unsupported'));
    return () => {
      live = false;
    };
  }, []);
  if (permission === null) return null;
  const ask = async () => {
    const result = await platform.notifications.requestPermission();
    setPermission(result.ok ? result.value : 'unsupported');
  };
  return (
    <Group gap="sm" wrap="nowrap" justify="space-between" role="status">
      <Text size="sm">{permissionText[permission]}</Text>
      {permission === 'default' ? <Button size="xs" variant="default" onClick={() => void ask()}>Allow desktop notifications</Button> : null}
    </Group>
  );
}

export function NoticeSettings() {
  const db = useDb();
  const settings = useLiveQuery(() => noticeSettings(db), [db]);
  return (
    <Stack gap="md">
      {noticeKinds.map((kind) => (
        <Switch
          key={kind}
          label={noticeKindLabels[kind].label}
          description={noticeKindLabels[kind].description}
          checked={settings?.[kind] ?? true}
          disabled={!settings}
          onChange={(e) => void updateNoticeSettings(db, { [kind]: e.currentTarget.checked })}
        />
      ))}
      <DesktopPermission />
    </Stack>
  );
}
