import type { ShopRates } from '../ports/records.ts';

/** One seeded quality; `price_per_kg` set only for the qualities the shop stocks. */
export interface SeedQuality {
  readonly id: string;
  readonly name: string;
  readonly density: number;
  readonly price_per_kg: number | null;
}

/** The seed parameters of shared/QUOTING.md (fiber laser, 3 kW); the shop replaces them. */
export interface CatalogSeed {
  readonly qualities: readonly SeedQuality[];
  /** Thicknesses (mm) seeded as active materials and cutting parameters for stocked qualities. */
  readonly thicknesses: readonly number[];
  /** Cutting speed in mm/min per quality, one per thickness of {@link CatalogSeed.thicknesses}. */
  readonly speeds: Readonly<Record<string, readonly number[]>>;
  /** Upper bounds (mm, inclusive) of the pierce-time bands 1-2, 2-3, 3-5, 5-8, 8-12. */
  readonly pierceBandUpper: readonly number[];
  /** Pierce time in s per quality, one per band. */
  readonly pierceTimes: Readonly<Record<string, readonly number[]>>;
  readonly rates: Omit<ShopRates, 'updated_at'>;
}

/** Every seed value of QUOTING.md. */
export const quotingSeed: CatalogSeed = {
  qualities: [
    { id: 'mild-steel', name: 'Mild steel', density: 7850, price_per_kg: 1.2 },
    { id: 'stainless', name: 'Stainless steel', density: 8000, price_per_kg: 4.5 },
    { id: 'aluminium', name: 'Aluminium', density: 2700, price_per_kg: 4.0 },
    { id: 'brass', name: 'Brass', density: 8500, price_per_kg: null },
    { id: 'copper', name: 'Copper', density: 8960, price_per_kg: null },
  ],
  thicknesses: [1, 2, 3, 4, 5, 6, 8, 10],
  speeds: {
    'mild-steel': [30000, 6000, 4100, 3600, 3000, 2700, 2200, 1600],
    stainless: [32000, 17000, 8000, 3700, 4000, 3500, 1700, 700],
    aluminium: [30000, 19000, 7200, 4200, 2000, 1200, 850, 550],
  },
  pierceBandUpper: [2, 3, 5, 8, 12],
  pierceTimes: {
    'mild-steel': [0.3, 0.5, 0.8, 1.5, 2.5],
    stainless: [0.5, 0.8, 1.2, 2.0, 3.5],
    aluminium: [0.4, 0.6, 1.0, 1.5, 2.5],
  },
  rates: {
    machine_rate_per_hour: 90,
    labour_rate_per_hour: 60,
    setup_minutes: 15,
    utilisation: 0.7,
    margin: 0.25,
    minimum_line_charge: 25,
    rapid_traverse_mm_per_min: 50000,
    lead_time_factors: { standard: 1.0, express: 1.3, same_day: 2.0 },
    sheet_sizes: [
      { width: 1000, length: 2000 },
      { width: 1250, length: 2500 },
      { width: 1500, length: 3000 },
    ],
  },
};

/**
 * The pierce time for a thickness: bands are closed above (1-2 mm includes 2 mm, 2-3 includes 3),
 * which is what QUOTING.md's worked check implies (3 mm mild steel pierces in 0.5 s); thicker than
 * the last band takes the last band's time.
 */
export function pierceTimeFor(seed: CatalogSeed, quality: string, thickness: number): number {
  const times = seed.pierceTimes[quality];
  if (!times) throw new Error(`no pierce times for ${quality}`);
  const band = seed.pierceBandUpper.findIndex((upper) => thickness <= upper);
  return times[band === -1 ? times.length - 1 : band]!;
}
