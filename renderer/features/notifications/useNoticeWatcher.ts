// Watches the local database for what deserves a notification (as sync brings records in, and as
// follow-ups come due), keeps each new notice once, and announces it through the OS (Electron's
// notifications on the desktop, Web Notifications in a browser, when the user has allowed them).
// Clicking one opens what it is about, as choosing it in the bell does.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import type { Notice } from '../../../shared/notifications/notice';
import { currentNotices, nextFollowUpCheck } from '../../../shared/notifications/noticeRules';
import { useDb } from '../../data/dbContext';
import { recordNotices } from '../../data/notices/commands';
import { noticeWatch } from '../../data/notices/queries';
import { platform } from '../../platform/platform';

/** Re-check at least this often (the life-safety window slides; laptops sleep through timers). */
const MAX_WAIT_MS = 15 * 60_000;

export function useNoticeWatcher(openNotice: (notice: Notice) => void): void {
  const db = useDb();
  const [now, setNow] = useState(Date.now);
  const watch = useLiveQuery(() => noticeWatch(db, now), [db, now]);
  // The latest handler, without re-running detection whenever the caller re-renders.
  const open = useRef(openNotice);
  useEffect(() => {
    open.current = openNotice;
  });

  useEffect(() => {
    if (!watch) return;
    recordNotices(db, currentNotices(watch.inputs, now), { synced: watch.synced, now })
      .then((fresh) => {
        for (const notice of fresh) {
          void platform.notifications.show({ title: notice.title, body: notice.body }).then((ended) => {
            if (ended.ok && ended.value === 'clicked') open.current(notice);
          });
        }
      })
      .catch((error: unknown) => {
        // The database closes on sign-out while a pass may still run: nothing to report then.
        if (!(error instanceof Error && error.name === 'DatabaseClosedError')) console.warn('Notifications: a detection pass failed', error);
      });
  }, [db, watch, now]);

  useEffect(() => {
    if (!watch) return;
    const next = nextFollowUpCheck(watch.inputs, now);
    const wait = Math.min(MAX_WAIT_MS, next === null ? MAX_WAIT_MS : Math.max(0, next - Date.now()) + 50);
    const timer = setTimeout(() => setNow(Date.now()), wait);
    return () => clearTimeout(timer);
  }, [watch, now]);
}
