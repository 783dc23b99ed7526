import { createPrivateKey, createPublicKey, generateKeyPairSync } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { calculateJwkThumbprint } from 'jose';
import type { JWK } from 'jose';

/** An ES256 (P-256) signing key with its public JWK and key id. */
export interface SigningKey {
  readonly privateKey: KeyObject;
  /** The public key as a JWK, with `kid`, `alg: ES256` and `use: sig`. */
  readonly publicJwk: JWK & { kty: string; kid: string; alg: string };
}

/** The file, inside the keys folder, that holds the PKCS#8 private key. */
export const signingKeyFile = 'signing-key.pem';

/** A fresh in-memory ES256 key (tests, or the first start). */
export async function generateSigningKey(): Promise<SigningKey> {
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return toSigningKey(privateKey);
}

/**
 * Reads the signing key from `<dir>/signing-key.pem`, creating it on first start (folder 0700, file
 * 0600). Two processes starting at once end up with the same key: the file is published with a link
 * that fails when it already exists.
 */
export async function loadOrCreateSigningKey(dir: string): Promise<SigningKey> {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const file = join(dir, signingKeyFile);
  try {
    return await toSigningKey(createPrivateKey(readFileSync(file)));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
  try {
    linkSync(temporary, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    unlinkSync(temporary);
  }
  return toSigningKey(createPrivateKey(readFileSync(file)));
}

async function toSigningKey(privateKey: KeyObject): Promise<SigningKey> {
  const jwk = createPublicKey(privateKey).export({ format: 'jwk' }) as JWK & { kty: string };
  const kid = await calculateJwkThumbprint(jwk);
  return { privateKey, publicJwk: { ...jwk, kid, alg: 'ES256', use: 'sig' } };
}
