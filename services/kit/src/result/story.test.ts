import { describe, expect, it } from 'vitest';
import { fail, ok } from './result.ts';
import type { Result } from './result.ts';
import { story } from './story.ts';

const findUser = async (email: string): Promise<Result<{ id: string }, 'unknown-user'>> =>
  email === 'a@b.test' ? ok({ id: 'u1' }) : fail('unknown-user');

describe('story', () => {
  it('runs named steps in order and exposes earlier data to later steps', async () => {
    const greet = story<{ email: string }>('greet')
      .step('user', ({ input }) => findUser(input.email))
      .step('greeting', ({ user }) => ok(`hello ${user.id}`))
      .returns(({ greeting }) => greeting);
    expect(await greet({ email: 'a@b.test' })).toEqual({ ok: true, data: 'hello u1' });
  });

  it('stops at the first failure and returns its reason', async () => {
    const seen: string[] = [];
    const greet = story<{ email: string }>('greet', (_story, step, succeeded) =>
      seen.push(`${step}:${succeeded}`),
    )
      .step('user', ({ input }) => findUser(input.email))
      .step('never', () => {
        throw new Error('must not run');
      })
      .returns(() => 'x');
    expect(await greet({ email: 'nobody@b.test' })).toEqual({ ok: false, reason: 'unknown-user' });
    expect(seen).toEqual(['user:false']);
  });

  it('can be run many times without sharing state between runs', async () => {
    const count = story<number>('count')
      .step('double', ({ input }) => ok(input * 2))
      .returns(({ double }) => double);
    expect(await Promise.all([count(1), count(2)])).toEqual([ok(2), ok(4)]);
  });
});
