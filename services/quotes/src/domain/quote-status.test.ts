import { describe, expect, it } from 'vitest';
import type { QuoteRecord } from '../ports/records.ts';
import { addDays, effectiveStatus, isoDay, transition } from './quote-status.ts';

const quote = (status: QuoteRecord['status'], valid_until = '2030-06-30'): QuoteRecord => ({
  id: 'q',
  company_id: 'acme',
  name: 'Q',
  status,
  valid_until,
  currency: 'EUR',
  created_by: 'alice',
  created_at: '2030-01-01T00:00:00.000Z',
  updated_at: '2030-01-01T00:00:00.000Z',
  sent_at: null,
  accepted_at: null,
  totals: { total_cents: 0, line_count: 0, blocked_line_count: 0 },
  costs: { cost_cents: 0, margin_cents: 0, machine_time_s: 0 },
});

describe('quote status', () => {
  it('counts validity in whole UTC days', () => {
    expect(isoDay(new Date('2030-06-30T23:59:59Z'))).toBe('2030-06-30');
    expect(addDays(new Date('2030-01-31T12:00:00Z'), 30)).toBe('2030-03-02');
  });

  it('reads a sent quote as expired the day after its validity date, and nothing else', () => {
    expect(effectiveStatus(quote('sent'), '2030-06-30')).toBe('sent');
    expect(effectiveStatus(quote('sent'), '2030-07-01')).toBe('expired');
    expect(effectiveStatus(quote('draft'), '2031-01-01')).toBe('draft');
    expect(effectiveStatus(quote('accepted'), '2031-01-01')).toBe('accepted');
  });

  it('moves draft -> sent -> accepted only, and not once the validity has passed', () => {
    const today = '2030-03-01';
    expect(transition(quote('draft'), 'sent', today)).toEqual({ ok: true, to: 'sent', changed: true });
    expect(transition(quote('sent'), 'accepted', today)).toEqual({ ok: true, to: 'accepted', changed: true });
    expect(transition(quote('sent'), 'sent', today)).toEqual({ ok: true, to: 'sent', changed: false });
    for (const [from, to] of [
      ['draft', 'accepted'],
      ['sent', 'draft'],
      ['accepted', 'sent'],
      ['accepted', 'draft'],
      ['draft', 'expired'],
    ] as const) {
      expect(transition(quote(from), to, today), `${from} -> ${to}`).toMatchObject({
        ok: false,
        code: 'invalid-transition',
      });
    }
    expect(transition(quote('draft', '2030-01-01'), 'sent', today)).toMatchObject({ code: 'quote-expired' });
    expect(transition(quote('sent', '2030-01-01'), 'accepted', today)).toMatchObject({
      code: 'quote-expired',
    });
    expect(transition(quote('sent', '2030-01-01'), 'expired', today)).toEqual({
      ok: true,
      to: 'sent',
      changed: false,
    });
  });
});
