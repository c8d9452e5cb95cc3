// The sync status in words, for the app bar button and the sync page: one short label, a sentence for
// screen readers and tooltips, and a tone. Pure, so every state is tested without a browser.
import type { OutboxSummary } from '../../../data/outbox/queries';
import type { SyncStatus } from '../../../sync/syncStatus';

export type SyncTone = 'ok' | 'busy' | 'warn' | 'error' | 'muted';

export interface SyncStatusView {
  label: string;
  sentence: string;
  tone: SyncTone;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString()} ${n === 1 ? one : many}`;

/** "just now", "2 min ago", "3 h ago", "2 days ago". */
export function ago(at: string | null, now: number): string {
  if (at === null) return 'never';
  const minutes = Math.floor((now - Date.parse(at)) / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h ago`;
  return `${Math.floor(hours / 24)} days ago`;
}

function activityLabel(status: SyncStatus, outbox: OutboxSummary): string {
  const activity = status.activity;
  if (activity?.phase === 'snapshot') return activity.done > 0 ? `Downloading data… ${activity.done.toLocaleString()}` : 'Downloading data…';
  if (activity?.phase === 'pushing' && outbox.pending > 0) return `Sending ${plural(outbox.pending, 'change')}…`;
  return 'Syncing…';
}

export function describeSyncStatus(status: SyncStatus, outbox: OutboxSummary, now: number, openConflicts = 0): SyncStatusView {
  const last = `last synced ${ago(status.lastSyncedAt, now)}`;
  const waiting = outbox.pending > 0 ? `${plural(outbox.pending, 'change')} waiting to be sent` : 'no changes waiting';
  const refused = outbox.refused > 0 ? `, ${plural(outbox.refused, 'change')} refused by the server` : '';
  switch (status.state) {
    case 'offline':
      return { label: outbox.pending > 0 ? `Offline · ${outbox.pending} pending` : 'Offline', tone: 'warn', sentence: `offline, ${waiting}${refused}, ${last}` };
    case 'syncing':
      return { label: activityLabel(status, outbox), tone: 'busy', sentence: `syncing now, ${waiting}${refused}` };
    case 'unreachable':
      return { label: outbox.pending > 0 ? `Server unreachable · ${outbox.pending} pending` : 'Server unreachable', tone: 'warn', sentence: `the server cannot be reached, ${waiting}${refused}, ${last}` };
    case 'error':
      return { label: 'Sync error', tone: 'error', sentence: `sync failed: ${status.error ?? 'unknown error'}. ${waiting}${refused}` };
    case 'signed_out':
      return { label: 'Sign in to sync', tone: 'error', sentence: `the session ended, sign in again to sync, ${waiting}${refused}` };
    case 'standby':
      return { label: 'Synced by another window', tone: 'muted', sentence: `another window of this app syncs this data, ${waiting}${refused}` };
    case 'stopped':
      return { label: 'Sync starting', tone: 'muted', sentence: `sync is starting, ${waiting}${refused}` };
    case 'idle':
      break;
  }
  if (status.clock) return { label: 'Check the clock', tone: 'warn', sentence: `this computer's clock is wrong, ${waiting}${refused}, ${last}` };
  if (outbox.refused > 0) return { label: `${outbox.refused} refused`, tone: 'error', sentence: `${plural(outbox.refused, 'change')} refused by the server, ${waiting}, ${last}` };
  if (outbox.pending > 0) return { label: `${outbox.pending} pending`, tone: 'busy', sentence: `${waiting}, ${last}` };
  if (openConflicts > 0) {
    return { label: `Synced · ${plural(openConflicts, 'conflict')}`, tone: 'warn', sentence: `up to date, ${plural(openConflicts, 'conflict')} to review, ${last}` };
  }
  return { label: `Synced ${ago(status.lastSyncedAt, now)}`, tone: 'ok', sentence: `up to date, ${last}` };
}
