// A fresh local database per test (fake-indexeddb in the renderer test project).
import { afterEach } from 'vitest';
import { openLocalDb } from '../db';
import type { LiaisonDb } from '../db';
import { updateLocalProfile } from '../meta/commands';
import type { LocalProfileInput } from '../../../shared/domain/localProfile';

let counter = 0;
const opened: LiaisonDb[] = [];

afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

export const uniqueDbName = (prefix = 'test') => `${prefix}-${Date.now()}-${counter++}`;

/** Opens an empty database (deleted after the test), optionally with a given local profile. */
export async function createTestDb(profile?: Partial<Omit<LocalProfileInput, 'id'>>): Promise<LiaisonDb> {
  const db = await openLocalDb(uniqueDbName());
  opened.push(db);
  if (profile) {
    const result = await updateLocalProfile(db, profile);
    if (!result.ok) throw new Error(result.error);
  }
  return db;
}

/** Unwraps a command result in tests (throws with the error message when refused). */
export function expectOk<T>(result: { ok: true; value: T } | { ok: false; error: string }): T {
  if (!result.ok) throw new Error(`Expected ok, got: ${result.error}`);
  return result.value;
}
