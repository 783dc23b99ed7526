import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import type { PasswordHasher } from '../ports/password-hasher.ts';

/** scrypt cost parameters; stored with every hash so they can be raised later. */
export interface ScryptParams {
  /** CPU/memory cost, a power of two. */
  readonly N: number;
  readonly r: number;
  readonly p: number;
}

/** Production cost: about 16 MiB and tens of milliseconds per hash. */
export const defaultScryptParams: ScryptParams = { N: 16384, r: 8, p: 1 };

const keyLength = 32;

function derive(password: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(
      password.normalize('NFKC'),
      salt,
      keyLength,
      { ...params, maxmem: 256 * params.N * params.r },
      (error, key) => (error ? reject(error) : resolve(key)),
    ),
  );
}

/**
 * Passwords hashed with scrypt from node:crypto: random 16-byte salt, parameters stored in the hash
 * (`scrypt$N$r$p$salt$digest`), compared with `timingSafeEqual`.
 */
export function createScryptPasswordHasher(params: ScryptParams = defaultScryptParams): PasswordHasher {
  const format = (salt: Buffer, key: Buffer, used: ScryptParams) =>
    ['scrypt', used.N, used.r, used.p, salt.toString('base64url'), key.toString('base64url')].join('$');
  // A hash of nothing anyone knows, checked when the user does not exist so both paths cost the same.
  const decoy = (async () => {
    const salt = randomBytes(16);
    return format(salt, await derive(randomBytes(24).toString('base64'), salt, params), params);
  })();

  const hash = async (password: string) => {
    const salt = randomBytes(16);
    return format(salt, await derive(password, salt, params), params);
  };

  return {
    hash,
    async verify(password, stored) {
      const parsed = parse(stored) ?? parse(await decoy)!;
      const key = await derive(password, parsed.salt, parsed.params);
      const same = key.length === parsed.key.length && timingSafeEqual(key, parsed.key);
      return same && stored !== null && parse(stored) !== null;
    },
  };
}

function parse(stored: string | null): { params: ScryptParams; salt: Buffer; key: Buffer } | null {
  const parts = stored?.split('$') ?? [];
  if (parts.length !== 6 || parts[0] !== 'scrypt') return null;
  const [N, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
  if (![N, r, p].every((n) => Number.isInteger(n) && n > 0) || N > 2 ** 20) return null;
  return {
    params: { N, r, p },
    salt: Buffer.from(parts[4]!, 'base64url'),
    key: Buffer.from(parts[5]!, 'base64url'),
  };
}
