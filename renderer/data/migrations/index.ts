// The ordered list of local schema migrations. To add one: create NNN-name.ts exporting a Migration
// with the next version, append it here, and add NNN-name.test.ts opening a database at the previous
// version (see 001-initial.test.ts).
import type Dexie from 'dexie';
import { initial } from './001-initial';
import { outboxRefusedIndex } from './002-outbox-refused-index';
import { contactsRekeyStep1 } from './003-contacts-rekey-step1';
import { contactsRekeyStep2 } from './004-contacts-rekey-step2';
import { syncTables } from './005-sync-tables';
import { lastContacts } from './006-last-contacts';
import { nameRunTokens } from './007-name-run-tokens';
import type { Migration } from './migration';

export const migrations: readonly Migration[] = [initial, outboxRefusedIndex, contactsRekeyStep1, contactsRekeyStep2, syncTables, lastContacts, nameRunTokens];

export const latestVersion = migrations.at(-1)!.version;

/** Declares every version up to `upTo` on a Dexie instance (before it opens). */
export function applyMigrations(db: Dexie, upTo: number = latestVersion): void {
  migrations.forEach((m, index) => {
    if (m.version !== index + 1) throw new Error(`Migration ${index + 1} is numbered ${m.version}`);
    if (m.version > upTo) return;
    const version = db.version(m.version).stores(m.stores);
    if (m.upgrade) version.upgrade(m.upgrade);
  });
}
