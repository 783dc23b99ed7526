import { createHmac } from 'node:crypto';
import { SignJWT, exportJWK, generateKeyPair } from 'jose';
import type { CryptoKey, JSONWebKeySet, JWK } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTokenVerifier } from './token-verifier.ts';

const issuer = 'kerf-identity';
const audience = 'parts';
const claims = { company: 'c1', role: 'external' };
let privateKey: CryptoKey;
let otherKey: CryptoKey;
let otherPublic: JWK;
let jwks: JSONWebKeySet;

beforeAll(async () => {
  const pair = await generateKeyPair('ES256');
  privateKey = pair.privateKey;
  jwks = { keys: [{ ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'ES256' }] };
  const other = await generateKeyPair('ES256');
  otherKey = other.privateKey;
  otherPublic = await exportJWK(other.publicKey);
});

const now = () => Math.floor(Date.now() / 1000);

function jwt(payload: Record<string, unknown> = claims, header: Record<string, unknown> = { kid: 'k1' }) {
  return new SignJWT(payload)
    .setProtectedHeader({ alg: 'ES256', ...header })
    .setSubject('u1')
    .setIssuer(issuer);
}

const valid = (header?: Record<string, unknown>) =>
  jwt(claims, header).setAudience(audience).setIssuedAt().setExpirationTime('5m');

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('createTokenVerifier', () => {
  const verify = (token: string) => createTokenVerifier({ jwks, issuer, audience })(token);

  it('accepts a valid ES256 token and returns sub, company and role', async () => {
    expect(await verify(await valid().sign(privateKey))).toEqual({
      ok: true,
      data: { sub: 'u1', company: 'c1', role: 'external' },
    });
  });

  it('rejects a token without exp', async () => {
    const token = await jwt().setAudience(audience).sign(privateKey);
    expect(await verify(token)).toEqual({ ok: false, reason: 'invalid-claims' });
  });

  it('rejects an expired token', async () => {
    const token = await jwt()
      .setAudience(audience)
      .setExpirationTime(now() - 60)
      .sign(privateKey);
    expect(await verify(token)).toEqual({ ok: false, reason: 'expired' });
  });

  it('rejects another audience', async () => {
    const token = await jwt().setAudience('quotes').setExpirationTime('5m').sign(privateKey);
    expect(await verify(token)).toEqual({ ok: false, reason: 'invalid-claims' });
  });

  it('rejects another issuer', async () => {
    const token = await jwt()
      .setIssuer('evil')
      .setAudience(audience)
      .setExpirationTime('5m')
      .sign(privateKey);
    expect(await verify(token)).toEqual({ ok: false, reason: 'invalid-claims' });
  });

  it('rejects a token not valid before a future nbf', async () => {
    const token = await valid()
      .setNotBefore(now() + 3600)
      .sign(privateKey);
    expect(await verify(token)).toEqual({ ok: false, reason: 'invalid-claims' });
  });

  it('rejects a token signed by another key under the same kid', async () => {
    expect(await verify(await valid().sign(otherKey))).toEqual({ ok: false, reason: 'bad-signature' });
  });

  it('rejects a token whose kid is unknown', async () => {
    const token = await valid({ kid: 'nope' }).sign(privateKey);
    expect(await verify(token)).toEqual({ ok: false, reason: 'unknown-key' });
  });

  it('rejects a token that embeds its own jwk', async () => {
    const token = await valid({ jwk: otherPublic }).sign(otherKey);
    expect(await verify(token)).toEqual({ ok: false, reason: 'untrusted-header' });
  });

  it('rejects HS256, even keyed with the public key material', async () => {
    const header = b64({ alg: 'HS256', kid: 'k1' });
    const body = b64({ ...claims, sub: 'u1', iss: issuer, aud: audience, exp: now() + 300 });
    const secret = JSON.stringify(jwks.keys[0]);
    const signature = createHmac('sha256', secret).update(`${header}.${body}`).digest('base64url');
    expect(await verify(`${header}.${body}.${signature}`)).toEqual({
      ok: false,
      reason: 'algorithm-not-allowed',
    });
  });

  it('rejects alg none', async () => {
    const header = b64({ alg: 'none' });
    const body = b64({ ...claims, sub: 'u1', iss: issuer, aud: audience, exp: now() + 300 });
    expect(await verify(`${header}.${body}.`)).toEqual({ ok: false, reason: 'algorithm-not-allowed' });
  });

  it('rejects a token with an unknown role or no company', async () => {
    const badRole = await jwt({ company: 'c1', role: 'root' }).setAudience(audience).setExpirationTime('5m');
    expect(await verify(await badRole.sign(privateKey))).toEqual({ ok: false, reason: 'invalid-claims' });
    const noCompany = await jwt({ role: 'admin' }).setAudience(audience).setExpirationTime('5m');
    expect(await verify(await noCompany.sign(privateKey))).toEqual({ ok: false, reason: 'invalid-claims' });
  });

  it('rejects garbage', async () => {
    expect(await verify('not.a.jwt')).toEqual({ ok: false, reason: 'malformed' });
    expect(await verify('')).toEqual({ ok: false, reason: 'malformed' });
  });
});
