import { describe, expect, it } from 'vitest';
import type { LineRecord, QuoteRecord } from '../ports/records.ts';
import { exportQuoteOf } from './quote-export.ts';

const quote: QuoteRecord = {
  id: 'qt-1',
  company_id: 'acme',
  name: 'Brackets',
  status: 'sent',
  valid_until: '2026-03-31',
  currency: 'EUR',
  created_by: 'alice',
  created_at: '2026-03-01T10:00:00.000Z',
  updated_at: '2026-03-02T10:00:00.000Z',
  sent_at: '2026-03-02T10:00:00.000Z',
  accepted_at: null,
  totals: { total_cents: 3307, line_count: 1, blocked_line_count: 0 },
  costs: { cost_cents: 2800, margin_cents: 507, machine_time_s: 164.7 },
};

function line(position: number, units: LineRecord['units'] = null): LineRecord {
  return {
    id: `line-${position}`,
    quote_id: 'qt-1',
    position,
    part_id: `part-${position}`,
    part_name: `part-${position}.dxf`,
    material_id: 'm-3',
    quantity: 10,
    lead_time: 'express',
    units,
    part: {
      id: `part-${position}`,
      company_id: 'acme',
      name: `part-${position}.dxf`,
      status: 'ready',
      revision: 1,
      error: null,
      problems: [],
      facts: {
        cutLengthMm: 885.66,
        pierces: 6,
        netAreaMm2: 17_000,
        bboxMm: [10, 20, 210, 120],
        smallestHoleMm: 10,
        rapid: { contourStartsMm: [] },
      },
      mm_per_unit: 1,
    },
    pricing: {
      status: 'priced',
      material: { name: 'Mild steel', quality: 'mild-steel', thickness: 3 },
      unit_price_cents: 331,
      total_cents: 3307,
      quantity_breaks: [{ quantity: 1, unit_price_cents: 2500, total_cents: 2500 }],
      shares: { machine: 0.5, material: 0.3, setup: 0.2, minimum_charge: 0, lead_time: 0 },
      problems: [
        { code: 'units-unknown', severity: 'warning', message: 'Guessed.' },
        { code: 'hole-too-small', severity: 'error', message: 'Too small.' },
      ],
      breakdown: null,
      cost_cents: 2800,
      margin_cents: 507,
      machine_time_s: 164.7,
      priced_at: '2026-03-01T10:00:00.000Z',
    },
    created_at: '2026-03-01T10:00:00.000Z',
    updated_at: '2026-03-01T10:00:00.000Z',
  };
}

describe('exportQuoteOf', () => {
  it('numbers lines in position order, reads sizes in the line units and splits problems by severity', () => {
    const exported = exportQuoteOf({ quote, lines: [line(4, 'inch'), line(1)] }, 'external', '2026-03-10');
    expect(exported.status).toBe('sent');
    expect(exported.lines.map((row) => [row.number, row.part_name])).toEqual([
      [1, 'part-1.dxf'],
      [2, 'part-4.dxf'],
    ]);
    expect(exported.lines[0]!.size_mm).toEqual({ width: 200, height: 100 });
    expect(exported.lines[1]!.size_mm).toEqual({ width: 5080, height: 2540 });
    expect(exported.lines[0]!.blocking.map((problem) => problem.code)).toEqual(['hole-too-small']);
    expect(exported.lines[0]!.warnings.map((problem) => problem.code)).toEqual(['units-unknown']);
  });

  it('carries no cost for customers and the machine time and terms for the shop', () => {
    const external = exportQuoteOf({ quote, lines: [line(0)] }, 'external', '2026-03-10');
    expect(external.lines[0]!.internal).toBeNull();
    expect(JSON.stringify(external)).not.toMatch(/cost|margin|machine|shares/);
    const internal = exportQuoteOf({ quote, lines: [line(0)] }, 'internal', '2026-03-10');
    expect(internal.lines[0]!.internal).toEqual({ machine_time_s: 164.7, amounts_cents: null });
  });

  it('reads a sent quote past its validity as expired', () => {
    expect(exportQuoteOf({ quote, lines: [] }, 'external', '2026-04-01').status).toBe('expired');
  });
});
