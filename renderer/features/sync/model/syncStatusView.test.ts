import { describe, expect, it } from 'vitest';
import { initialSyncStatus } from '../../../sync/syncStatus';
import type { SyncStatus } from '../../../sync/syncStatus';
import { ago, describeSyncStatus } from './syncStatusView';

const NOW = Date.parse('2025-01-15T12:00:00.000Z');
const status = (o: Partial<SyncStatus>): SyncStatus => ({ ...initialSyncStatus, lastSyncedAt: '2025-01-15T11:58:00.000Z', ...o });
const outbox = (pending = 0, refused = 0) => ({ pending, refused, oldestAt: null });

describe('describeSyncStatus', () => {
  it('says when it last synced when nothing waits', () => {
    expect(describeSyncStatus(status({ state: 'idle' }), outbox(), NOW)).toEqual({ label: 'Synced 2 min ago', tone: 'ok', sentence: 'up to date, last synced 2 min ago' });
  });

  it('counts pending changes offline and while the server is unreachable', () => {
    expect(describeSyncStatus(status({ state: 'offline' }), outbox(3), NOW)).toMatchObject({ label: 'Offline · 3 pending', tone: 'warn' });
    expect(describeSyncStatus(status({ state: 'unreachable' }), outbox(1), NOW).sentence).toBe(
      'the server cannot be reached, 1 change waiting to be sent, last synced 2 min ago',
    );
  });

  it('puts refused changes and a wrong clock before "synced"', () => {
    expect(describeSyncStatus(status({ state: 'idle' }), outbox(0, 2), NOW)).toMatchObject({ label: '2 refused', tone: 'error' });
    expect(describeSyncStatus(status({ state: 'idle', clock: { skewMs: 600_000 } }), outbox(), NOW)).toMatchObject({ label: 'Check the clock', tone: 'warn' });
  });

  it('points at conflicts to review once everything is sent', () => {
    expect(describeSyncStatus(status({ state: 'idle' }), outbox(), NOW, 2)).toEqual({ label: 'Synced · 2 conflicts', tone: 'warn', sentence: 'up to date, 2 conflicts to review, last synced 2 min ago' });
  });

  it('shows download progress of the first snapshot and the error with its reason', () => {
    expect(describeSyncStatus(status({ state: 'syncing', activity: { phase: 'snapshot', done: 12000 } }), outbox(), NOW).label).toBe('Downloading data… 12,000');
    expect(describeSyncStatus(status({ state: 'error', error: 'The server refused the batch' }), outbox(1), NOW).sentence).toBe(
      'sync failed: The server refused the batch. 1 change waiting to be sent',
    );
  });

  it('words ages briefly', () => {
    expect(ago(null, NOW)).toBe('never');
    expect(ago('2025-01-15T11:59:30.000Z', NOW)).toBe('just now');
    expect(ago('2025-01-15T09:00:00.000Z', NOW)).toBe('3 h ago');
    expect(ago('2025-01-11T12:00:00.000Z', NOW)).toBe('4 days ago');
  });
});
