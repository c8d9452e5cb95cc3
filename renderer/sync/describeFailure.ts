// Turns whatever stopped a sync cycle into what the user is told and what the engine does next.
import { SyncApiError } from './syncApi';
import type { FailureKind } from './syncApi';

export interface SyncFailure {
  kind: FailureKind | 'local';
  message: string;
}

export function describeFailure(error: unknown): SyncFailure {
  if (error instanceof SyncApiError) {
    if (error.kind === 'network') return { kind: 'network', message: `${error.message}. Changes are kept on this device and sent when it answers.` };
    if (error.kind === 'auth') return { kind: 'auth', message: `${error.message}. Changes made on this device are kept and sync after you sign in.` };
    if (error.kind === 'server') return { kind: 'server', message: `The server could not sync just now (${error.message}). Retrying.` };
    return { kind: error.kind, message: error.message };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return { kind: 'local', message: `This device could not store synced data: ${detail}` };
}
