import type { Breakdown, PublicShares } from '@kerf/state';

/** What a line or a price preview says about its price: shares for everyone, the breakdown for the shop. */
export interface LinePricing {
  status: 'priced' | 'blocked';
  shares: PublicShares | null;
  /** Only in the shop's view. */
  breakdown?: Breakdown | null;
  problems: { code: string; severity: 'error' | 'warning'; message: string }[];
}

/** The price terms in display order, as the contract names them. */
export const SHARE_KEYS = ['machine', 'material', 'setup', 'margin', 'minimum_charge', 'lead_time'] as const;

/** The internal cost terms in display order (amounts in cents). */
export const TERM_KEYS = [
  'machine',
  'material',
  'setup',
  'subtotal',
  'margin',
  'minimum_charge',
  'lead_time',
] as const;

/**
 * The shares of a line's price for the breakdown's bars: the public shares, or for the shop the
 * breakdown's own (with the margin). Empty for a blocked line.
 */
export function lineShares(line: LinePricing): { key: string; share: number }[] {
  const breakdown = line.breakdown ?? null;
  const shares: Partial<Record<string, number>> | null = breakdown?.shares ?? line.shares;
  if (!shares) return [];
  return SHARE_KEYS.flatMap((key) => (shares[key] === undefined ? [] : [{ key, share: shares[key] }]));
}

/** The shop's cost terms of a line in cents, and its machine time in seconds; `null` for customers or blocked lines. */
export function lineCosts(
  line: LinePricing,
): { amounts: { key: string; cents: number }[]; machineSeconds: number } | null {
  const breakdown = line.breakdown ?? null;
  if (!breakdown) return null;
  return {
    amounts: TERM_KEYS.map((key) => ({ key, cents: breakdown.amounts_cents[key] })),
    machineSeconds: breakdown.times_s.machine,
  };
}

/** The line's blocking problems first, then its warnings. */
export function lineProblems(line: Pick<LinePricing, 'problems'>) {
  return [...line.problems].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
}
