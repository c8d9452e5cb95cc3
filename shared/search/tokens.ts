// Search tokens for the directory. Every token is matched by PREFIX through an IndexedDB multiEntry
// index, so: names give their words ("hern" finds "hernandez"), and phone and account numbers give
// every digit suffix of length >= 4, which turns "any run of digits inside the number" into a prefix
// query ("5550142" and "555-0142" both find "(415) 555-0142"). Names also give their word runs
// ("nancy flores" -> "nancyflores"), so several words typed from one name are a single selective
// lookup instead of two common ones. Keep arrays small: they are written for every customer and
// contact (200k+).
import type { Contact } from '../domain/contact';
import type { Customer } from '../domain/customer';

const MIN_DIGIT_SUFFIX = 4;
const COMBINING_MARKS = /\p{M}+/gu;
const APOSTROPHES = /['\u2019`]/g;
const SEPARATORS = /[^\p{L}\p{N}]+/u;
const PHONE_LIKE = /^[\d()+\-./]+$/;

/** Lowercase, accents removed ("Peña" -> "pena"). */
export const normalizeText = (text: string): string =>
  text.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase();

const split = (text: string, minLength: number): string[] =>
  normalizeText(text)
    .replace(APOSTROPHES, '')
    .split(SEPARATORS)
    .filter((w) => w.length >= minLength);

/** Words of a text, 2+ characters ("St. Mary's Hospital" -> st, marys, hospital). */
export const wordTokens = (text: string): string[] => split(text, 2);

/**
 * Each name word joined with the words after it ("st marys medical center" -> stmarysmedicalcenter,
 * marysmedicalcenter, medicalcenter): "nancy flo" is then the prefix "nancyflo" of ONE token.
 */
export function nameRuns(words: readonly string[]): string[] {
  const runs: string[] = [];
  for (let i = 0; i < words.length - 1; i++) runs.push(words.slice(i).join(''));
  return runs;
}

const nameTokens = (name: string): string[] => {
  const words = wordTokens(name);
  return [...words, ...nameRuns(words)];
};

/** Letters and digits only ("FDR-1234" -> "fdr1234"). */
export const compactText = (text: string): string => split(text, 1).join('');

/** All suffixes of at least 4 digits ("4155550142" -> 4155550142, 155550142, ..., 0142). */
export function digitSuffixes(digits: string): string[] {
  const out: string[] = [];
  for (let i = 0; i <= digits.length - MIN_DIGIT_SUFFIX; i++) out.push(digits.slice(i));
  return out;
}

/** Digits only ("(415) 555-0142" -> "4155550142"). */
export const onlyDigits = (text: string): string => text.replace(/\D+/g, '');

function numberTokens(value: string): string[] {
  const compact = compactText(value);
  if (!compact) return [];
  const tokens = [compact, ...wordTokens(value)];
  if (/^\d+$/.test(compact)) tokens.push(...digitSuffixes(compact));
  return tokens;
}

export interface CustomerFieldTokens {
  name: string[];
  account: string[];
  address: string[];
  feeder: string[];
}

export function customerFieldTokens(c: Pick<Customer, 'name' | 'accountNumber' | 'premiseId' | 'servicePoints'>): CustomerFieldTokens {
  const address: string[] = [];
  const feeder: string[] = [];
  for (const sp of c.servicePoints) {
    address.push(...wordTokens(sp.address));
    if (sp.feeder) feeder.push(compactText(sp.feeder), ...wordTokens(sp.feeder));
  }
  return {
    name: nameTokens(c.name),
    account: [...numberTokens(c.accountNumber), ...numberTokens(c.premiseId)],
    address,
    feeder,
  };
}

export interface ContactFieldTokens {
  name: string[];
  phone: string[];
  email: string[];
}

export function contactFieldTokens(c: Pick<Contact, 'name' | 'phones' | 'emails'>): ContactFieldTokens {
  const phone: string[] = [];
  for (const p of c.phones) phone.push(...digitSuffixes(onlyDigits(p.number)));
  return { name: nameTokens(c.name), phone, email: c.emails.map((e) => e.trim().toLowerCase()) };
}

const unique = (groups: readonly string[][]): string[] => [...new Set(groups.flat())];

export const customerSearchTokens = (c: Parameters<typeof customerFieldTokens>[0]): string[] => {
  const t = customerFieldTokens(c);
  return unique([t.name, t.account, t.address, t.feeder]);
};

export const contactSearchTokens = (c: Parameters<typeof contactFieldTokens>[0]): string[] => {
  const t = contactFieldTokens(c);
  return unique([t.name, t.phone, t.email]);
};

/**
 * Query terms, each matched as a prefix. Phone-looking pieces keep their digits only ("(555)" ->
 * "555", "555-0142" -> "5550142"); other pieces split into words like the indexed text. An email
 * piece stays whole so it can match an address.
 */
export function parseSearchQuery(query: string): string[] {
  const terms: string[] = [];
  for (const piece of query.trim().split(/\s+/)) {
    if (!piece) continue;
    if (PHONE_LIKE.test(piece) && /\d/.test(piece)) terms.push(onlyDigits(piece));
    else if (piece.includes('@')) terms.push(piece.toLowerCase());
    else terms.push(...split(piece, 1));
  }
  return [...new Set(terms)];
}

/** How a term matches a token list: exactly one token, a token prefix, or not at all. */
export function matchTerm(tokens: readonly string[], term: string): 'exact' | 'prefix' | null {
  let prefix = false;
  for (const token of tokens) {
    if (token === term) return 'exact';
    if (!prefix && token.startsWith(term)) prefix = true;
  }
  return prefix ? 'prefix' : null;
}
