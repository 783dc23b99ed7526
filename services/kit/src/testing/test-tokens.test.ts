import { decodeJwt, decodeProtectedHeader } from 'jose';
import { describe, expect, it } from 'vitest';
import { createTestTokens } from './test-tokens.ts';

const alice = { sub: 'alice', company: 'acme', role: 'external', audience: 'quotes' } as const;

describe('createTestTokens', () => {
  it('signs ES256 tokens that the kit verifier of the audience accepts', async () => {
    const tokens = await createTestTokens();
    const token = await tokens.sign(alice);
    expect(await tokens.verifier('quotes')(token)).toEqual({
      ok: true,
      data: { sub: 'alice', company: 'acme', role: 'external' },
    });
    expect(decodeProtectedHeader(token)).toEqual({ alg: 'ES256', kid: 'test' });
    const claims = decodeJwt(token);
    expect(claims).toMatchObject({ iss: 'kerf-identity', aud: 'quotes', iat: expect.any(Number) });
    expect(claims.exp! - claims.iat!).toBe(300);
  });

  it('is refused for another audience, by another run and when expired', async () => {
    const tokens = await createTestTokens();
    const token = await tokens.sign(alice);
    expect(await tokens.verifier('parts')(token)).toEqual({ ok: false, reason: 'invalid-claims' });
    const other = await createTestTokens();
    expect(await other.verifier('quotes')(token)).toEqual({ ok: false, reason: 'bad-signature' });
    const expired = await tokens.sign({ ...alice, expiresIn: '-1m' });
    expect(await tokens.verifier('quotes')(expired)).toEqual({ ok: false, reason: 'expired' });
  });

  it('names its key and issuer as told, and publishes only the public key', async () => {
    const tokens = await createTestTokens({ kid: 'k1', issuer: 'someone' });
    const token = await tokens.sign(alice);
    expect(decodeProtectedHeader(token).kid).toBe('k1');
    expect(decodeJwt(token).iss).toBe('someone');
    expect((await tokens.verifier('quotes')(token)).ok).toBe(true);
    expect(tokens.jwks.keys).toEqual([expect.objectContaining({ kty: 'EC', kid: 'k1', alg: 'ES256' })]);
    expect(tokens.jwks.keys[0]).not.toHaveProperty('d');
  });
});
