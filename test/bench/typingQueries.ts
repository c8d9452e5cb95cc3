// What people type into the directory search: made from real records of the loaded database (a
// seeded sample of contacts and their customers), so every query has an intended target.
import { createRandom } from '../../shared/demo/random';
import type { LiaisonDb } from '../../renderer/data/db';
import type { ContactRow, CustomerRow } from '../../renderer/data/rows';
import type { QueryKind } from './benchApi';

export interface PlannedQuery {
  kind: QueryKind;
  query: string;
  targetCustomerId: string;
}

const digits = (text: string) => text.replace(/\D+/g, '');
const lastWord = (name: string) => name.trim().split(/\s+/).at(-1) ?? name;
const town = (c: CustomerRow) => c.servicePoints[0]?.address.split(',').at(-1)?.trim() ?? '';
const nameWords = (c: CustomerRow) => c.name.split(/\s+/).filter((w) => w.length >= 3);

const builders: Record<QueryKind, (contact: ContactRow, customer: CustomerRow) => string> = {
  'contact last name': (k) => lastWord(k.name),
  'contact full name': (k) => k.name,
  'phone, 10 digits': (k) => digits(k.phones[0]?.number ?? ''),
  'phone, last 7 digits': (k) => digits(k.phones[0]?.number ?? '').slice(-7),
  'account digits': (_, c) => digits(c.accountNumber),
  'account with dashes': (_, c) => c.accountNumber,
  'customer word + contact': (k, c) => `${nameWords(c)[0] ?? c.name} ${lastWord(k.name)}`,
  'customer name + town': (_, c) => `${nameWords(c).slice(0, 2).join(' ')} ${town(c)}`.trim(),
};

export const queryKinds = Object.keys(builders) as QueryKind[];

/** `perKind` queries of every kind, each from a different randomly chosen contact. */
export async function planQueries(db: LiaisonDb, seed: string, perKind: number): Promise<PlannedQuery[]> {
  const rng = createRandom(seed);
  const keys = await db.contacts.toCollection().primaryKeys();
  const picked = Array.from({ length: perKind * queryKinds.length }, () => keys[rng.int(0, keys.length - 1)]!);
  const contacts = (await db.contacts.bulkGet(picked)).filter((c): c is ContactRow => !!c);
  const customers = new Map((await db.customers.bulkGet(contacts.map((c) => c.customerId))).filter((c): c is CustomerRow => !!c).map((c) => [c.id, c]));
  return contacts.flatMap((contact, i) => {
    const customer = customers.get(contact.customerId);
    const kind = queryKinds[i % queryKinds.length]!;
    const query = customer ? builders[kind](contact, customer) : '';
    return query ? [{ kind, query, targetCustomerId: contact.customerId }] : [];
  });
}
