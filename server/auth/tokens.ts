// Session tokens are opaque random strings handed out once at sign-in. The server stores only their
// SHA-256, so a copy of the database does not contain usable tokens.
import { createHash, randomBytes } from 'node:crypto';

const TOKEN_PREFIX = 'lds_';

export const newSessionToken = (): string => `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;

export const hashToken = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex');

/** Syntactic check before any database lookup. */
export const looksLikeToken = (token: string): boolean => /^lds_[A-Za-z0-9_-]{43}$/.test(token);
