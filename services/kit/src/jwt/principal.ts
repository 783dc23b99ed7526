/**
 * The roles every Kerf service knows: admins manage users, internal users are the shop's estimators,
 * external users are customers, and `service` is another Kerf process calling with its own token.
 */
export const roles = ['admin', 'internal', 'external', 'service'] as const;

/** The roles a person can have (every role but `service`). */
export const userRoles = ['admin', 'internal', 'external'] as const;

/** One of {@link userRoles}. */
export type UserRole = (typeof userRoles)[number];

/** One of {@link roles}. */
export type Role = (typeof roles)[number];

/** Who is calling, taken from a verified token only, never from a request field. */
export interface Principal {
  /** The user id. */
  readonly sub: string;
  /** The company id of the user. */
  readonly company: string;
  readonly role: Role;
}

/** True when the value is one of the known roles. */
export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (roles as readonly string[]).includes(value);
}
