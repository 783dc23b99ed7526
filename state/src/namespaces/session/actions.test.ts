import { createOvermindMock } from 'overmind';
import { describe, expect, it } from 'vitest';
import { createConfig } from '../../config.ts';
import type { Problem, Result } from '../../effects/problem.ts';
import type { User } from './effects.ts';
import { WRONG_CREDENTIALS } from './errors.ts';

const user: User = {
  id: 'u2',
  email: 'eve@kerf.test',
  name: 'Eve Estimator',
  role: 'internal',
  company: { id: 'c1', name: 'Kerf Laser' },
};

const problem = (status: number, extra: Partial<Problem> = {}): Result<never> => ({
  ok: false,
  problem: { type: 'about:blank', title: 'x', status, code: `c${status}`, errors: [], ...extra },
});

const mock = (session: Record<string, () => Promise<Result<User | null>>>) =>
  createOvermindMock(createConfig(), { session });

describe('session actions', () => {
  it('loadSession: a user means signed in', async () => {
    const overmind = mock({ load: async () => ({ ok: true, data: user }) });
    await overmind.actions.session.loadSession();
    expect(overmind.state.session.status).toBe('signed-in');
    expect(overmind.state.session.user?.name).toBe('Eve Estimator');
  });

  it('loadSession: a 401 means signed out', async () => {
    const overmind = mock({ load: async () => problem(401) });
    await overmind.actions.session.loadSession();
    expect(overmind.state.session.status).toBe('signed-out');
    expect(overmind.state.session.user).toBeNull();
  });

  it('signIn: passes through signing-in and ends signed in', async () => {
    let seen: string | null = null;
    const overmind = mock({
      signIn: async () => {
        seen = overmind.state.session.status;
        return { ok: true, data: user };
      },
    });
    expect(await overmind.actions.session.signIn({ email: 'eve@kerf.test', password: 'pw' })).toBe(true);
    expect(seen).toBe('signing-in');
    expect(overmind.state.session.status).toBe('signed-in');
    expect(overmind.state.session.error).toBeNull();
  });

  it('signIn: a 401 gives one generic message and no field hint', async () => {
    const overmind = mock({ signIn: async () => problem(401, { detail: 'unknown user' }) });
    expect(await overmind.actions.session.signIn({ email: 'x@kerf.test', password: 'pw' })).toBe(false);
    expect(overmind.state.session.status).toBe('signed-out');
    expect(overmind.state.session.error).toEqual({
      code: 'wrong-credentials',
      message: WRONG_CREDENTIALS,
      fields: {},
    });
  });

  it('signIn: maps 400 field errors to their fields', async () => {
    const errors = [
      { field: 'body.email', message: 'must match format "email"' },
      { field: '/body/password', message: 'must NOT have fewer than 1 characters' },
    ];
    const overmind = mock({ signIn: async () => problem(400, { errors }) });
    await overmind.actions.session.signIn({ email: 'nope', password: 'pw' });
    expect(overmind.state.session.error?.code).toBe('invalid-input');
    expect(overmind.state.session.error?.fields).toEqual({
      email: 'must match format "email"',
      password: 'must NOT have fewer than 1 characters',
    });
  });

  it('signIn: checks empty fields before calling the BFF', async () => {
    let calls = 0;
    const overmind = mock({
      signIn: async () => {
        calls += 1;
        return { ok: true, data: user };
      },
    });
    expect(await overmind.actions.session.signIn({ email: ' ', password: '' })).toBe(false);
    expect(calls).toBe(0);
    expect(Object.keys(overmind.state.session.error?.fields ?? {})).toEqual(['email', 'password']);
  });

  it('signIn: 429 and network failures have their own codes', async () => {
    const limited = mock({ signIn: async () => problem(429) });
    await limited.actions.session.signIn({ email: 'a@kerf.test', password: 'pw' });
    expect(limited.state.session.error?.code).toBe('too-many-attempts');
    const offline = mock({ signIn: async () => problem(0) });
    await offline.actions.session.signIn({ email: 'a@kerf.test', password: 'pw' });
    expect(offline.state.session.error?.code).toBe('network');
  });

  it('signOut: forgets the user even when the server fails', async () => {
    const overmind = mock({
      signIn: async () => ({ ok: true, data: user }),
      signOut: async () => problem(0),
    });
    await overmind.actions.session.signIn({ email: 'eve@kerf.test', password: 'pw' });
    await overmind.actions.session.signOut();
    expect(overmind.state.session.status).toBe('signed-out');
    expect(overmind.state.session.user).toBeNull();
  });

  it('clearError: removes the last error', async () => {
    const overmind = mock({ signIn: async () => problem(401) });
    await overmind.actions.session.signIn({ email: 'a@kerf.test', password: 'pw' });
    overmind.actions.session.clearError();
    expect(overmind.state.session.error).toBeNull();
  });
});
