/**
 * A part's weight in kg (QUOTING.md: m_part = net area x thickness x density): mm² x mm = mm³, and
 * kg/m³ x 1e-9 = kg/mm³. `null` when a fact is missing or not a positive number.
 */
export function partWeightKg(
  netAreaMm2: number | null | undefined,
  thicknessMm: number | null | undefined,
  densityKgPerM3: number | null | undefined,
): number | null {
  const facts = [netAreaMm2, thicknessMm, densityKgPerM3];
  if (!facts.every((value) => typeof value === 'number' && Number.isFinite(value) && value > 0)) return null;
  return netAreaMm2! * thicknessMm! * densityKgPerM3! * 1e-9;
}
