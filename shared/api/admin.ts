// Admin API (admin role only): users, their roles and scopes, device sessions, region scopes. The
// admin CLI (`npm run admin`) does the same things on the same storage.
import { z } from 'zod';
import { emailSchema, scopeSchema, userRoleSchema, userSchema } from './auth';

export const MIN_PASSWORD_LENGTH = 10;

export const passwordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, { error: `A password needs at least ${MIN_PASSWORD_LENGTH} characters` })
  .max(200);

const scopeIds = z.array(z.string().trim().min(1).max(100)).max(500);

export const adminUserSchema = userSchema.extend({
  scopeIds: z.array(z.string()),
  disabled: z.boolean(),
  createdAt: z.iso.datetime(),
});
export type AdminUser = z.infer<typeof adminUserSchema>;

export const createUserRequestSchema = z.strictObject({
  email: emailSchema,
  name: z.string().trim().min(1).max(200),
  role: userRoleSchema,
  password: passwordSchema,
  icsPosition: z.string().trim().max(100).default(''),
  homeAgency: z.string().trim().max(200).default(''),
  scopeIds: scopeIds.default([]),
});
export type CreateUserRequest = z.input<typeof createUserRequestSchema>;

/** Changing scopes makes the user's devices re-snapshot (their next pull answers `cursor_reset`). */
export const updateUserRequestSchema = z
  .strictObject({
    name: z.string().trim().min(1).max(200).optional(),
    role: userRoleSchema.optional(),
    icsPosition: z.string().trim().max(100).optional(),
    homeAgency: z.string().trim().max(200).optional(),
    scopeIds: scopeIds.optional(),
    password: passwordSchema.optional(),
    /** Disabling revokes every session of the user. */
    disabled: z.boolean().optional(),
  })
  .refine((body) => Object.keys(body).length > 0, { error: 'Nothing to change' });
export type UpdateUserRequest = z.input<typeof updateUserRequestSchema>;

export const userIdParamsSchema = z.strictObject({ userId: z.string().min(1).max(100) });
export const sessionIdParamsSchema = z.strictObject({ sessionId: z.uuid() });

export const adminUserResponseSchema = z.strictObject({ user: adminUserSchema });
export type AdminUserResponse = z.infer<typeof adminUserResponseSchema>;
export const adminUsersResponseSchema = z.strictObject({ users: z.array(adminUserSchema) });
export type AdminUsersResponse = z.infer<typeof adminUsersResponseSchema>;

export const adminSessionSchema = z.strictObject({
  id: z.uuid(),
  userId: z.string(),
  userEmail: z.string(),
  deviceName: z.string(),
  createdAt: z.iso.datetime(),
  lastUsedAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
  revokedAt: z.iso.datetime().nullable(),
  active: z.boolean(),
});
export type AdminSession = z.infer<typeof adminSessionSchema>;

export const listSessionsQuerySchema = z.strictObject({ userId: z.string().min(1).max(100).optional() });
export const adminSessionsResponseSchema = z.strictObject({ sessions: z.array(adminSessionSchema) });
export type AdminSessionsResponse = z.infer<typeof adminSessionsResponseSchema>;
export const adminSessionResponseSchema = z.strictObject({ session: adminSessionSchema });
export type AdminSessionResponse = z.infer<typeof adminSessionResponseSchema>;

export const createScopeRequestSchema = z.strictObject({
  id: z.string().trim().regex(/^[a-z0-9][a-z0-9-]{1,99}$/, { error: 'Use lower-case letters, digits and dashes' }),
  name: z.string().trim().min(1).max(200),
});
export type CreateScopeRequest = z.input<typeof createScopeRequestSchema>;

export const adminScopeResponseSchema = z.strictObject({ scope: scopeSchema });
export type AdminScopeResponse = z.infer<typeof adminScopeResponseSchema>;
export const adminScopesResponseSchema = z.strictObject({ scopes: z.array(scopeSchema) });
export type AdminScopesResponse = z.infer<typeof adminScopesResponseSchema>;
