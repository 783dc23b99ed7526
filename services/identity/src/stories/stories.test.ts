import { createTokenVerifier } from '@kerf/service-kit';
import type { Principal } from '@kerf/service-kit';
import { afterEach, describe, expect, it } from 'vitest';
import { identityIssuer } from '../ports/token-signer.ts';
import { demoAccounts, demoCompanies, demoPassword } from '../seed/demo-accounts.ts';
import { createTestPorts } from '../testing/test-ports.ts';
import { createCompany } from './create-company.ts';
import { createUser } from './create-user.ts';
import { exchangeToken } from './exchange-token.ts';
import { getCurrentUser } from './get-current-user.ts';
import { listCompanies } from './list-companies.ts';
import { listUsers } from './list-users.ts';
import { seedDemo } from './seed-demo.ts';
import { signIn } from './sign-in.ts';

const open: { close(): Promise<void> }[] = [];
afterEach(async () => Promise.all(open.splice(0).map((p) => p.close())));

async function ports() {
  const p = await createTestPorts();
  open.push(p);
  return p;
}

async function principalOf(email: string, p: Awaited<ReturnType<typeof ports>>): Promise<Principal> {
  const user = await p.users.findByEmail(email);
  if (!user) throw new Error(email);
  return { sub: user.id, company: user.company.id, role: user.role };
}

describe('seedDemo', () => {
  it('seeds the demo companies and accounts once, never over existing users', async () => {
    const p = await ports();
    expect((await p.companies.list()).map((c) => c.name).sort()).toEqual([...demoCompanies].sort());
    expect(await p.users.count()).toBe(4);
    const again = await seedDemo(p)({ companies: demoCompanies, accounts: demoAccounts });
    expect(again).toEqual({ ok: true, data: { seeded: 0 } });
    expect(await p.users.count()).toBe(4);
  });

  it('gives the estimator and the admin the shop company and customers their own', async () => {
    const p = await ports();
    const company = async (email: string) => (await p.users.findByEmail(email))?.company.name;
    expect(await company('admin@kerf.test')).toBe('Kerf Laser Shop');
    expect(await company('estimator@kerf.test')).toBe('Kerf Laser Shop');
    expect(await company('alice@acme.test')).toBe('Acme Brackets');
    expect(await company('bob@nordic.test')).toBe('Nordic Panels');
  });
});

describe('signIn', () => {
  it('issues an identity token for each demo account, email case-insensitive', async () => {
    const p = await ports();
    const verify = createTokenVerifier({
      jwks: p.tokens.publicKeys() as never,
      issuer: identityIssuer,
      audience: 'identity',
    });
    for (const account of demoAccounts) {
      const result = await signIn(p)({ email: account.email.toUpperCase(), password: demoPassword });
      if (!result.ok) throw new Error(account.email);
      expect(result.data.user).toMatchObject({ email: account.email, role: account.role });
      expect(result.data.user).not.toHaveProperty('passwordHash');
      expect(result.data.expiresAt.getTime() - Date.now()).toBeGreaterThan(7.9 * 3600_000);
      const verified = await verify(result.data.token);
      expect(verified).toEqual({
        ok: true,
        data: { sub: result.data.user.id, company: result.data.user.company.id, role: account.role },
      });
    }
  });

  it('fails the same way for an unknown user and a wrong password', async () => {
    const p = await ports();
    expect(await signIn(p)({ email: 'nobody@kerf.test', password: demoPassword })).toEqual({
      ok: false,
      reason: 'invalid-credentials',
    });
    expect(await signIn(p)({ email: 'admin@kerf.test', password: 'wrong' })).toEqual({
      ok: false,
      reason: 'invalid-credentials',
    });
  });

  it('spends a password hash even when the user is unknown', async () => {
    const p = await ports();
    let verified = 0;
    const counting = {
      ...p.passwords,
      verify: (pw: string, stored: string | null) => ((verified += 1), p.passwords.verify(pw, stored)),
    };
    await signIn({ ...p, passwords: counting })({ email: 'nobody@kerf.test', password: 'x' });
    expect(verified).toBe(1);
  });
});

describe('exchangeToken and getCurrentUser', () => {
  it('issues a 5-minute token for the requested audience', async () => {
    const p = await ports();
    const alice = await principalOf('alice@acme.test', p);
    const result = await exchangeToken(p)({ principal: alice, audience: 'parts' });
    if (!result.ok) throw new Error('exchange');
    expect(result.data.audience).toBe('parts');
    expect(result.data.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(300_000);
    const verify = createTokenVerifier({
      jwks: p.tokens.publicKeys() as never,
      issuer: identityIssuer,
      audience: 'parts',
    });
    expect(await verify(result.data.token)).toEqual({ ok: true, data: alice });
  });

  it('fails for a user that no longer exists', async () => {
    const p = await ports();
    const ghost: Principal = { sub: 'gone', company: 'c', role: 'admin' };
    expect(await exchangeToken(p)({ principal: ghost, audience: 'parts' })).toEqual({
      ok: false,
      reason: 'unknown-user',
    });
    expect(await getCurrentUser(p)(ghost)).toEqual({ ok: false, reason: 'unknown-user' });
  });

  it('returns the current user', async () => {
    const p = await ports();
    const result = await getCurrentUser(p)(await principalOf('bob@nordic.test', p));
    expect(result.ok && result.data.company.name).toBe('Nordic Panels');
  });
});

describe('admin stories', () => {
  it('lets only admins list and create users; duplicates and unknown companies fail', async () => {
    const p = await ports();
    const admin = await principalOf('admin@kerf.test', p);
    const estimator = await principalOf('estimator@kerf.test', p);
    expect(await listUsers(p)({ principal: estimator, limit: 10, offset: 0 })).toEqual({
      ok: false,
      reason: 'forbidden',
    });
    const page = await listUsers(p)({ principal: admin, limit: 2, offset: 0 });
    expect(page.ok && page.data.count).toBe(4);
    expect(page.ok && page.data.items).toHaveLength(2);
    const user = {
      email: 'New@Acme.test',
      name: ' Nina ',
      password: 'long-enough-1',
      role: 'external' as const,
      companyId: admin.company,
    };
    expect(await createUser(p)({ principal: estimator, user })).toEqual({ ok: false, reason: 'forbidden' });
    const created = await createUser(p)({ principal: admin, user });
    expect(created.ok && created.data).toMatchObject({ email: 'new@acme.test', name: 'Nina' });
    expect(await createUser(p)({ principal: admin, user })).toEqual({ ok: false, reason: 'duplicate-email' });
    expect(
      await createUser(p)({ principal: admin, user: { ...user, email: 'x@y.test', companyId: 'nope' } }),
    ).toEqual({
      ok: false,
      reason: 'unknown-company',
    });
    expect((await signIn(p)({ email: 'new@acme.test', password: 'long-enough-1' })).ok).toBe(true);
  });

  it('lets admins and internal users list companies, only admins create them', async () => {
    const p = await ports();
    const admin = await principalOf('admin@kerf.test', p);
    const estimator = await principalOf('estimator@kerf.test', p);
    const alice = await principalOf('alice@acme.test', p);
    expect((await listCompanies(p)({ principal: estimator })).ok).toBe(true);
    expect(await listCompanies(p)({ principal: alice })).toEqual({ ok: false, reason: 'forbidden' });
    expect(await createCompany(p)({ principal: estimator, name: 'X' })).toEqual({
      ok: false,
      reason: 'forbidden',
    });
    expect((await createCompany(p)({ principal: admin, name: 'Blue Steel' })).ok).toBe(true);
    expect(await createCompany(p)({ principal: admin, name: 'Blue Steel' })).toEqual({
      ok: false,
      reason: 'duplicate-name',
    });
    const listed = await listCompanies(p)({ principal: admin });
    expect(listed.ok && listed.data.count).toBe(4);
  });
});
