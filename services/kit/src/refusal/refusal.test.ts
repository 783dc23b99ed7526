import { describe, expect, it } from 'vitest';
import { refusal, success } from './refusal.ts';

describe('refusal and success', () => {
  it('builds a failed Result with a refusal, naming the field only when given', () => {
    expect(refusal('invalid', 'invalid-input', 'Bad.', 'query.ordering')).toEqual({
      ok: false,
      reason: { kind: 'invalid', code: 'invalid-input', detail: 'Bad.', field: 'query.ordering' },
    });
    expect(refusal('not-found', 'not-found', 'No such thing.').reason).not.toHaveProperty('field');
  });

  it('wraps data in a success', () => {
    expect(success(3)).toEqual({ ok: true, data: 3 });
  });
});
