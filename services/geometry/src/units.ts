const NAMES = [
  'unitless',
  'inch',
  'foot',
  'mile',
  'mm',
  'cm',
  'm',
  'km',
  'microinch',
  'mil',
  'yard',
  'angstrom',
  'nanometer',
  'micron',
  'decimeter',
  'decameter',
  'hectometer',
  'gigameter',
  'au',
  'light_year',
  'parsec',
  'us_survey_foot',
  'us_survey_inch',
  'us_survey_yard',
  'us_survey_mile',
];

const MM: (number | null)[] = [
  null,
  25.4,
  304.8,
  1609344,
  1,
  10,
  1000,
  1e6,
  2.54e-5,
  0.0254,
  914.4,
  1e-7,
  1e-6,
  1e-3,
  100,
  10000,
  1e5,
  1e12,
  1.495978707e14,
  9.4607304725808e18,
  3.085677581491367e19,
  304.8006096012192,
  25.400050800101603,
  914.4018288036576,
  1609347.2186944373,
];

/** Name of an $INSUNITS value ("absent" when the variable is missing). */
export function insunitsName(insunits: number | null): string {
  if (insunits === null) return 'absent';
  return NAMES[insunits] ?? 'unknown';
}

/** Millimetres per drawing unit for $INSUNITS 1..24, null when absent, unitless or unknown. */
export function mmPerUnit(insunits: number | null): number | null {
  if (insunits === null) return null;
  return MM[insunits] ?? null;
}

/** ezdxf's DXF version: R13/R14 read as AC1015, older than R12 (or missing) as AC1009. */
export function ezdxfVersion(acadver: string | null): string {
  if (!acadver || acadver < 'AC1009') return 'AC1009';
  if (acadver === 'AC1012' || acadver === 'AC1014') return 'AC1015';
  return acadver;
}
