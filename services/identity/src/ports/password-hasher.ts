/** Hashes and checks passwords with a slow, salted hash. */
export interface PasswordHasher {
  /** A self-describing hash (algorithm, parameters, salt, digest) to store. */
  hash(password: string): Promise<string>;
  /**
   * True when the password matches the stored hash. With `null` (unknown user) it still spends one
   * hash and answers false, so that timing does not tell unknown users from wrong passwords.
   */
  verify(password: string, stored: string | null): Promise<boolean>;
}
