// The outbox mutation: one local write as it travels to the server. Client and server both compile
// against this shape. `(clientId, seq)` makes delivery exactly-once (seq is gap-free and monotonic per
// client); `base` holds the values the user saw before editing, for conflict detection; `hlc` orders
// concurrent edits of the same field.
//
// Patch content by op:
// - insert: the whole record (base fields included); base is {}.
// - update: only the user-edited fields that changed; base has their previous values. updatedAt /
//   updatedBy are not in the patch (the server stamps them from `at` and the session's user).
// - delete: { deletedAt } (a soft delete); base { deletedAt: null }.
import { z } from 'zod';
import { isHlcString } from '../clock/hlc';
import { canonicalIso } from '../domain/base';
import { appendOnlyEntities, entityNames } from '../domain/entities';

export const mutationOps = ['insert', 'update', 'delete'] as const;
export type MutationOp = (typeof mutationOps)[number];

export const mutationSchema = z
  .object({
    clientId: z.string().min(1).max(100),
    seq: z.number().int().positive(),
    mutationId: z.uuid(),
    entity: z.enum(entityNames),
    recordId: z.uuid(),
    op: z.enum(mutationOps),
    patch: z.record(z.string(), z.unknown()),
    base: z.record(z.string(), z.unknown()),
    hlc: z.string().refine(isHlcString, { error: 'Not a hybrid logical clock value' }),
    at: z.iso.datetime({ offset: true }).transform(canonicalIso),
  })
  .strict()
  .superRefine((m, ctx) => {
    if (m.op !== 'insert' && appendOnlyEntities.includes(m.entity)) {
      ctx.addIssue({ code: 'custom', path: ['op'], message: `A ${m.entity} is append-only: it can only be inserted` });
    }
    if (m.op === 'insert' && Object.keys(m.base).length > 0) {
      ctx.addIssue({ code: 'custom', path: ['base'], message: 'An insert has no base values' });
    }
    if (m.op === 'delete' && typeof m.patch.deletedAt !== 'string') {
      ctx.addIssue({ code: 'custom', path: ['patch', 'deletedAt'], message: 'A delete sets deletedAt' });
    }
    if (m.op === 'insert' && m.patch.id !== m.recordId) {
      ctx.addIssue({ code: 'custom', path: ['patch', 'id'], message: 'An insert carries the whole record with its id' });
    }
  });
export type Mutation = z.output<typeof mutationSchema>;
