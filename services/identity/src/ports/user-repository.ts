import type { Result, UserRole } from '@kerf/service-kit';
import type { Company } from './company-repository.ts';

/** A user as shown to callers (never with the password hash). */
export interface User {
  readonly id: string;
  /** Lower-case. */
  readonly email: string;
  readonly name: string;
  readonly role: UserRole;
  readonly company: Company;
}

/** A user with the stored password hash, for sign-in only. */
export interface UserWithPassword extends User {
  readonly passwordHash: string;
}

/** What a new user is made of. */
export interface NewUserRecord {
  readonly email: string;
  readonly name: string;
  readonly role: UserRole;
  readonly companyId: string;
  readonly passwordHash: string;
}

/** A page of users. */
export interface UserPage {
  readonly count: number;
  readonly items: User[];
}

/** Stores users. */
export interface UserRepository {
  /** The user with that (lower-case) email, with the password hash, or null. */
  findByEmail(email: string): Promise<UserWithPassword | null>;
  /** The user of that id, or null. */
  findById(id: string): Promise<User | null>;
  /** Users ordered by email; `count` is the total. */
  list(page: { limit: number; offset: number }): Promise<UserPage>;
  /** How many users exist. */
  count(): Promise<number>;
  /** Adds a user; fails when the email is taken or the company does not exist. */
  create(user: NewUserRecord): Promise<Result<User, 'duplicate-email' | 'unknown-company'>>;
}
