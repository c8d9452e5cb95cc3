import { describe, expect, it } from 'vitest';
import { encodeHlc } from '../clock/hlc';
import { mutationSchema } from './mutation';

const id = '0190a0b0-1c2d-7e3f-8a9b-0c1d2e3f4a5b';
const base = {
  clientId: 'client-1',
  seq: 1,
  mutationId: '0190a0b0-1c2d-7e3f-8a9b-0c1d2e3f4a5c',
  entity: 'customer',
  recordId: id,
  op: 'update',
  patch: { name: 'Mercy Hospital' },
  base: { name: 'Mercy Hosp.' },
  hlc: encodeHlc({ ms: 1_716_912_345_678, counter: 0, node: 'client-1' }),
  at: '2024-05-28T16:05:45.678Z',
};

describe('mutation schema', () => {
  it('accepts a well-formed update', () => {
    expect(mutationSchema.safeParse(base).success).toBe(true);
  });

  it('refuses updates and deletes of append-only entities', () => {
    const r = mutationSchema.safeParse({ ...base, entity: 'logEntry' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe('A logEntry is append-only: it can only be inserted');
  });

  it('requires inserts to carry the record and no base', () => {
    expect(mutationSchema.safeParse({ ...base, op: 'insert', patch: { id }, base: {} }).success).toBe(true);
    expect(mutationSchema.safeParse({ ...base, op: 'insert', patch: { id }, base: { name: 'x' } }).success).toBe(false);
    expect(mutationSchema.safeParse({ ...base, op: 'insert', patch: { name: 'x' }, base: {} }).success).toBe(false);
  });

  it('requires deletes to set deletedAt', () => {
    expect(mutationSchema.safeParse({ ...base, op: 'delete', patch: {}, base: {} }).success).toBe(false);
    expect(mutationSchema.safeParse({ ...base, op: 'delete', patch: { deletedAt: base.at }, base: { deletedAt: null } }).success).toBe(true);
  });

  it('refuses unknown keys, bad seq and bad clocks', () => {
    expect(mutationSchema.safeParse({ ...base, extra: 1 }).success).toBe(false);
    expect(mutationSchema.safeParse({ ...base, seq: 0 }).success).toBe(false);
    expect(mutationSchema.safeParse({ ...base, hlc: 'noon' }).success).toBe(false);
  });
});
