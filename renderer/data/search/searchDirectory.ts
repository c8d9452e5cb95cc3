// Search-as-you-type over the directory, always through the `*searchTokens` indexes (never a scan).
// Every word is a prefix lookup that reads KEYS only: customer ids from the customers index, and
// [customerId, contactId] pairs from the contacts index (contacts are keyed by customer, migration
// 003), so intersecting words per customer needs no records. Only the best few candidates are read,
// to rank them and say what matched. All words must match the same customer: its own fields or any
// of its live contacts (deleted records have no tokens). A word with more keys than the cap (one or
// two letters, or a very common name) is checked on the records read for the other words only, so
// while it is being typed it may miss a customer whose OTHER contact has it; the next letter fixes it.
// Several words are first tried as one phrase ("nancy flo" -> "nancyflo", a prefix of the name run
// "nancyflores"): when one name holds them in order for a whole page of customers, that page is the
// answer and the common single words ("nancy", "flo") are never read.
// Typing on in a word whose tokens all share a longer prefix ("had" finds only "haddad...") reuses
// the shorter prefix's lookup: "hadd", "hadda" and "haddad" would read the very same keys.
import { contactFieldTokens, customerFieldTokens, matchTerm, parseSearchQuery } from '../../../shared/search/tokens';
import type { LiaisonDb } from '../db';
import { searchCacheOf } from './searchCache';
import { lastContactsOf } from '../customers/lastContacts';
import type { ContactRow, CustomerRow, CustomerView } from '../rows';

export type CustomerMatchField = 'name' | 'account' | 'address' | 'feeder';
export type ContactMatchField = 'name' | 'phone' | 'email';
export type SearchMatch =
  | { kind: 'customer'; field: CustomerMatchField }
  | { kind: 'contact'; contactId: string; contactName: string; field: ContactMatchField };

export interface SearchHit {
  customer: CustomerView;
  /** What matched: the customer's own fields first, then contacts. */
  matches: SearchMatch[];
  score: number;
}

/** Keys read per word and table; a word with more hits is unselective and verified on records. */
const KEY_CAP = 1000;
/** One or two letters can never be complete at scale: read fewer keys for them. */
const SHORT_KEY_CAP = 100;
/** Extra candidates read beyond `limit` (more when unselective words must be verified on records). */
const SLACK = 10;
const VERIFY_SLACK = 30;
const fieldWeight = { name: 100, account: 90, phone: 80, email: 60, address: 50, feeder: 50 } as const;

interface Lookup {
  term: string;
  complete: boolean;
  /** Customers matched by their own fields, in index order (exact tokens first). */
  own: Set<string>;
  /** Customers matched through contacts: customerId -> matching contact ids. */
  viaContacts: Map<string, Set<string>>;
  /** What every token starting with `term` starts with (null: there are none). */
  sharedPrefix: string | null;
}

/**
 * Keys to read for a word: a lone word only needs the best few (its index order already puts exact
 * tokens first); among several, each word must say which customers it matches, so more.
 */
function keysFor(term: string, alone: boolean, keyCap: number, limit: number): number {
  if (alone) return Math.min(keyCap, limit + SLACK);
  // Never fewer keys than results wanted, so a common word can still fill the page.
  return Math.max(limit, term.length <= 2 ? Math.min(keyCap, SHORT_KEY_CAP) : keyCap);
}

function commonPrefix(tokens: readonly string[]): string | null {
  if (tokens.length === 0) return null;
  let prefix = tokens[0]!;
  for (const token of tokens) while (!token.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix;
}

async function lookup(db: LiaisonDb, term: string, cap: number): Promise<Lookup> {
  const customers = () => db.customers.where('searchTokens').startsWith(term);
  const contacts = () => db.contacts.where('searchTokens').startsWith(term);
  // The first and last tokens of both ranges bound every token in them: a sorted range shares their common prefix.
  const [own, pairs, bounds] = await Promise.all([
    customers().limit(cap + 1).primaryKeys(),
    contacts().limit(cap + 1).primaryKeys(),
    Promise.all([customers().limit(1).keys(), customers().reverse().limit(1).keys(), contacts().limit(1).keys(), contacts().reverse().limit(1).keys()]),
  ]);
  const viaContacts = new Map<string, Set<string>>();
  for (const [customerId, contactId] of pairs) {
    const set = viaContacts.get(customerId);
    if (set) set.add(contactId);
    else viaContacts.set(customerId, new Set([contactId]));
  }
  return {
    term, complete: own.length <= cap && pairs.length <= cap, own: new Set(own), viaContacts,
    sharedPrefix: commonPrefix(bounds.flat().map(String)),
  };
}

/** A word's lookup, or a shorter prefix's when every token that prefix found also starts with the word. */
function cachedLookup(db: LiaisonDb, term: string, cap: number): Promise<Lookup> {
  const cache = searchCacheOf(db);
  for (let length = term.length - 1; length > 0; length--) {
    const shorter = cache.known<Lookup>(`${term.slice(0, length)}|${cap}`);
    if (shorter && (shorter.sharedPrefix === null || shorter.sharedPrefix.startsWith(term))) return Promise.resolve({ ...shorter, term });
  }
  return cache.lookup(`${term}|${cap}`, () => lookup(db, term, cap));
}

/** A word not looked up: like a capped lookup that listed nothing, it is checked on the records read. Never cached. */
const checkedOnRecords = (term: string): Lookup => ({ term, complete: false, own: new Set(), viaContacts: new Map(), sharedPrefix: term });

const hasCustomer = (l: Lookup, id: string) => l.own.has(id) || l.viaContacts.has(id);

/** Key-level rank: one entity matching every word first, then words matched by the customer itself. */
function preRank(lookups: readonly Lookup[], id: string): number {
  const ownAll = lookups.every((l) => l.own.has(id));
  const sets = lookups.map((l) => l.viaContacts.get(id));
  const oneContactAll = sets.every(Boolean) && [...sets[0]!].some((c) => sets.every((s) => s!.has(c)));
  return (ownAll || oneContactAll ? 100 : 0) + lookups.filter((l) => l.own.has(id)).length;
}

/** How a word matched a loaded customer or its contacts (null: it did not). */
function scoreTerm(term: string, customer: CustomerRow, contacts: readonly ContactRow[], matches: Map<string, SearchMatch>): number | null {
  let best: number | null = null;
  const fields = customerFieldTokens(customer);
  for (const field of ['name', 'account', 'address', 'feeder'] as const) {
    const how = matchTerm(fields[field], term);
    if (!how) continue;
    matches.set(`customer:${field}`, { kind: 'customer', field });
    best = Math.max(best ?? 0, fieldWeight[field] + (how === 'exact' ? 10 : 0));
  }
  for (const contact of contacts) {
    const tokens = contactFieldTokens(contact);
    for (const field of ['name', 'phone', 'email'] as const) {
      const how = matchTerm(tokens[field], term);
      if (!how) continue;
      matches.set(`contact:${contact.id}:${field}`, { kind: 'contact', contactId: contact.id, contactName: contact.name, field });
      best = Math.max(best ?? 0, fieldWeight[field] - 10 + (how === 'exact' ? 10 : 0));
    }
  }
  return best;
}

export interface SearchOptions {
  /** Only these customers may match (the directory's filters, as index keys): applied before ranking. */
  within?: ReadonlySet<string> | null;
  /** Keys read per word (tests lower it to exercise unselective words). */
  keyCap?: number;
}

/**
 * Ranked customers matching every word of `query` (name, account, address, contacts, phones), at
 * most `limit` (each hit reads its customer record: keep the limit to what the screen shows).
 */
export async function searchDirectory(db: LiaisonDb, query: string, limit = 50, options: SearchOptions = {}): Promise<SearchHit[]> {
  const { within = null, keyCap = KEY_CAP } = options;
  const terms = parseSearchQuery(query);
  if (terms.length === 0) return [];
  return db.transaction('r', db.customers, db.contacts, db.lastContacts, async () => {
    if (terms.length > 1) {
      const phrase = terms.join('');
      const found = await cachedLookup(db, phrase, limit + SLACK);
      const customers = new Set([...found.own, ...found.viaContacts.keys()]);
      if (customers.size >= limit) {
        // A page of customers holds the words as one phrase: they seed the candidates (as if the
        // phrase were a complete word) and each word is checked on their records.
        const hits = await rankedHits(db, terms, [{ ...found, complete: true }, ...terms.map(checkedOnRecords)], limit, within);
        if (hits.length >= limit) return hits;
      }
    }
    const lookups = await Promise.all(terms.map((t) => {
      const cap = keysFor(t, terms.length === 1, keyCap, limit);
      return cachedLookup(db, t, cap);
    }));
    return rankedHits(db, terms, lookups, limit, within);
  });
}

/**
 * The best `limit` customers for `terms`, given what the index said: candidates from the smallest
 * complete lookup, which every complete lookup must list; capped lookups are checked on records.
 */
async function rankedHits(db: LiaisonDb, terms: readonly string[], lookups: readonly Lookup[], limit: number, within: ReadonlySet<string> | null): Promise<SearchHit[]> {
  const cache = searchCacheOf(db);
  // Candidates from the smallest complete word (exact), else from the longest (capped) word.
  const complete = lookups.filter((l) => l.complete).sort((a, b) => a.own.size + a.viaContacts.size - (b.own.size + b.viaContacts.size));
  const seed = complete[0] ?? [...lookups].sort((a, b) => b.term.length - a.term.length)[0]!;
  const capped = lookups.filter((l) => !l.complete);
  const candidates = [...new Set([...seed.own, ...seed.viaContacts.keys()])]
    .filter((id) => (within === null || within.has(id)) && complete.every((l) => hasCustomer(l, id)));
  const listedByAll = (id: string) => capped.every((l) => hasCustomer(l, id));
  const ranked = candidates
    .map((id, order) => ({ id, order, rank: preRank(lookups, id) + (listedByAll(id) ? 50 : 0) }))
    .sort((a, b) => b.rank - a.rank || a.order - b.order)
    .slice(0, limit + (capped.length > 0 && terms.length > 1 ? VERIFY_SLACK : SLACK))
    .map((r) => r.id);

  const pairs = ranked.flatMap((id) => [...new Set(lookups.flatMap((l) => [...(l.viaContacts.get(id) ?? [])]))].map((c): [string, string] => [id, c]));
  // Last contacts are read with the records, for every candidate: one round trip instead of two.
  const [customerRows, contactRows, lastContacts] = await Promise.all([
    cache.recordsOf('customer', ranked, (missing) => db.customers.bulkGet(missing.map((i) => ranked[i]!))),
    cache.recordsOf('contact', pairs.map((p) => p.join('|')), (missing) => db.contacts.bulkGet(missing.map((i) => pairs[i]!))),
    lastContactsOf(db, ranked),
  ]);
  const customers = customerRows.filter((c): c is CustomerRow => !!c && c.deletedAt === null);
  const contactsOf = new Map<string, Map<string, ContactRow>>(customers.map((c) => [c.id, new Map()]));
  const addContacts = (rows: readonly (ContactRow | undefined)[]) => {
    for (const c of rows) if (c && c.deletedAt === null) contactsOf.get(c.customerId)?.set(c.id, c);
  };
  addContacts(contactRows);

  // A capped word may not list a candidate that matches: check the customer's own tokens and the
  // contacts read for it.
  const matchesWord = (c: CustomerRow, term: string) =>
    matchTerm(c.searchTokens, term) !== null || [...contactsOf.get(c.id)!.values()].some((k) => matchTerm(k.searchTokens, term) !== null);
  const accepted = customers.filter((c) => capped.every((l) => matchesWord(c, l.term)));

  const hits: (Omit<SearchHit, 'customer'> & { customer: CustomerRow })[] = [];
  for (const customer of accepted) {
    const contacts = [...contactsOf.get(customer.id)!.values()];
    const matches = new Map<string, SearchMatch>();
    let score = 0;
    for (const term of terms) {
      const s = scoreTerm(term, customer, contacts, matches);
      if (s === null) {
        score = -1;
        break;
      }
      score += s;
    }
    if (score < 0) continue;
    const oneEntity = preRank(lookups, customer.id) >= 100 ? 30 : 0;
    const ordered = [...matches.values()].sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'customer' ? -1 : 1));
    hits.push({ customer, matches: ordered, score: score + oneEntity - customer.tierRank });
  }
  const best = hits
    .sort((a, b) => b.score - a.score || a.customer.tierRank - b.customer.tierRank || (a.customer.nameKey ?? '').localeCompare(b.customer.nameKey ?? ''))
    .slice(0, limit);
  return best.map((h) => ({ ...h, customer: { ...h.customer, lastContactedAt: lastContacts.get(h.customer.id) ?? null } }));
}
