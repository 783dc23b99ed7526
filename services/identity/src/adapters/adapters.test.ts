import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTokenVerifier } from '@kerf/service-kit';
import { testDatabaseLocation } from '@kerf/service-kit/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { identityIssuer } from '../ports/token-signer.ts';
import { generateSigningKey, loadOrCreateSigningKey, signingKeyFile } from './file-signing-key.ts';
import { createJoseTokenSigner } from './jose-token-signer.ts';
import { createKyselyCompanyRepository } from './kysely-company-repository.ts';
import { createKyselyUserRepository } from './kysely-user-repository.ts';
import { openIdentityDatabase } from './open-identity-database.ts';
import { createScryptPasswordHasher } from './scrypt-password-hasher.ts';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const now = () => new Date();

describe('scrypt password hasher', () => {
  const hasher = createScryptPasswordHasher({ N: 1024, r: 8, p: 1 });

  it('salts every hash, stores its parameters and verifies', async () => {
    const [a, b] = [await hasher.hash('secret'), await hasher.hash('secret')];
    expect(a).not.toBe(b);
    expect(a).toMatch(/^scrypt\$1024\$8\$1\$[\w-]+\$[\w-]+$/);
    expect(await hasher.verify('secret', a)).toBe(true);
    expect(await hasher.verify('Secret', a)).toBe(false);
  });

  it('answers false for an unknown user or a malformed hash, after spending a hash', async () => {
    expect(await hasher.verify('secret', null)).toBe(false);
    expect(await hasher.verify('secret', 'plain-text')).toBe(false);
  });

  it('verifies hashes made with other parameters', async () => {
    const stronger = createScryptPasswordHasher({ N: 2048, r: 8, p: 1 });
    expect(await hasher.verify('secret', await stronger.hash('secret'))).toBe(true);
  });
});

describe('signing key files and the jose signer', () => {
  it('creates the key once (0600 in a 0700 folder) and reuses it', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'identity-keys-')), 'keys');
    dirs.push(dir);
    const [first, again] = [await loadOrCreateSigningKey(dir), await loadOrCreateSigningKey(dir)];
    expect(again.publicJwk).toEqual(first.publicJwk);
    expect(first.publicJwk).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256', use: 'sig' });
    expect(first.publicJwk).not.toHaveProperty('d');
    expect(statSync(join(dir, signingKeyFile)).mode & 0o777).toBe(0o600);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(readdirSync(dir)).toEqual([signingKeyFile]);
  });

  it('signs tokens the kit verifier accepts for that audience only', async () => {
    const signer = createJoseTokenSigner(await generateSigningKey(), identityIssuer, now);
    const signed = await signer.sign({ sub: 'u1', company: 'c1', role: 'internal' }, 'parts', 300);
    expect(signed.expiresAt.getTime() - Date.now()).toBeGreaterThan(290_000);
    const jwks = signer.publicKeys() as never;
    const parts = createTokenVerifier({ jwks, issuer: identityIssuer, audience: 'parts' });
    const quotes = createTokenVerifier({ jwks, issuer: identityIssuer, audience: 'quotes' });
    expect(await parts(signed.token)).toEqual({
      ok: true,
      data: { sub: 'u1', company: 'c1', role: 'internal' },
    });
    expect((await quotes(signed.token)).ok).toBe(false);
  });
});

describe('kysely repositories (SQLite, or PostgreSQL in the postgres project)', () => {
  async function repositories() {
    const { db } = await openIdentityDatabase(testDatabaseLocation());
    return {
      db,
      companies: createKyselyCompanyRepository(db, now),
      users: createKyselyUserRepository(db, now),
    };
  }

  it('creates and finds companies; a duplicate name fails', async () => {
    const { db, companies } = await repositories();
    const acme = await companies.create('Acme');
    expect(acme.ok).toBe(true);
    expect(await companies.create('Acme')).toEqual({ ok: false, reason: 'duplicate-name' });
    await companies.create('Beta');
    expect((await companies.list()).map((c) => c.name)).toEqual(['Acme', 'Beta']);
    expect(await companies.findByName('Acme')).toEqual(acme.ok ? acme.data : null);
    expect(await companies.findById('nope')).toBeNull();
    await db.destroy();
  });

  it('creates users in a company, pages them, and refuses duplicates or unknown companies', async () => {
    const { db, companies, users } = await repositories();
    const acme = await companies.create('Acme');
    if (!acme.ok) throw new Error('setup');
    const record = { name: 'A', role: 'external' as const, companyId: acme.data.id, passwordHash: 'h' };
    const a = await users.create({ ...record, email: 'a@acme.test' });
    await users.create({ ...record, email: 'b@acme.test' });
    expect(await users.create({ ...record, email: 'a@acme.test' })).toEqual({
      ok: false,
      reason: 'duplicate-email',
    });
    expect(await users.create({ ...record, email: 'c@x.test', companyId: 'nope' })).toEqual({
      ok: false,
      reason: 'unknown-company',
    });
    expect(await users.count()).toBe(2);
    const page = await users.list({ limit: 1, offset: 1 });
    expect(page).toMatchObject({ count: 2, items: [{ email: 'b@acme.test', company: { name: 'Acme' } }] });
    expect((await users.findByEmail('a@acme.test'))?.passwordHash).toBe('h');
    expect(await users.findById(a.ok ? a.data.id : '')).toEqual(a.ok ? a.data : null);
    expect(await users.findById('nope')).toBeNull();
    await db.destroy();
  });
});
