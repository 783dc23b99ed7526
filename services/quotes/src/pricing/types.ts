/**
 * Inputs and outputs of the pricing engine (shared/QUOTING.md). The engine is pure: it reads these
 * values and nothing else, so every number a price depends on is visible here.
 */

/** A point in mm. */
export type PointMm = readonly [x: number, y: number];

/** How the engine learns the rapid traverse distance: contour starts, or a distance measured elsewhere. */
export type RapidSource = { readonly contourStartsMm: readonly PointMm[] } | { readonly distanceMm: number };

/** The geometric facts of one part that a price needs (lengths in mm, areas in mm²). */
export interface PartFacts {
  /** Total cut length L without duplicate edges (a duplicated line is cut once). */
  readonly cutLengthMm: number;
  /** Pierces P: one per contour (closed loops plus open chains). */
  readonly pierces: number;
  /** Outer area minus holes; null when the part has no closed outer contour. */
  readonly netAreaMm2: number | null;
  /** Bounding box `[xmin, ymin, xmax, ymax]`; null when there is no geometry. */
  readonly bboxMm: readonly [number, number, number, number] | null;
  /** Smallest hole diameter or slot width; null without holes. */
  readonly smallestHoleMm: number | null;
  readonly rapid: RapidSource;
}

/** The sheet material of a line. */
export interface MaterialSpec {
  /** The quality (material family) id, e.g. `mild-steel`: selects the cutting table. */
  readonly quality: string;
  readonly thicknessMm: number;
  readonly densityKgPerM3: number;
  /** EUR per kg. */
  readonly pricePerKg: number;
}

/** One row of the cutting table of a quality. */
export interface CuttingRow {
  readonly thicknessMm: number;
  readonly speedMmPerMin: number;
  readonly pierceTimeS: number;
}

/** How soon the customer wants the parts. */
export type LeadTime = 'standard' | 'express' | 'same_day';

/** The lead times, fastest last. */
export const leadTimes: readonly LeadTime[] = ['standard', 'express', 'same_day'];

/** A sheet size the shop stocks, in mm. */
export interface SheetSize {
  readonly width: number;
  readonly length: number;
}

/** The shop's rates and factors (money in EUR). */
export interface ShopRates {
  readonly machineRatePerHour: number;
  readonly labourRatePerHour: number;
  readonly setupMinutes: number;
  /** Share of a sheet that ends up in parts, in (0, 1]. */
  readonly utilisation: number;
  /** e.g. 0.25 for 25 %. */
  readonly margin: number;
  readonly minimumLineCharge: number;
  readonly rapidTraverseMmPerMin: number;
  readonly leadTimeFactors: Readonly<Record<LeadTime, number>>;
  /** Empty: the sheet check is skipped. */
  readonly sheetSizes: readonly SheetSize[];
}

/** Everything one line is priced from. */
export interface PricingInput {
  readonly part: PartFacts;
  readonly material: MaterialSpec;
  /** The cutting table of the material's quality (any order). */
  readonly cuttingTable: readonly CuttingRow[];
  readonly rates: ShopRates;
  readonly quantity: number;
  readonly leadTime: LeadTime;
  /** Holes narrower than `factor * thickness` cannot be cut; by quality id, 1 when not listed. */
  readonly holeFactors?: Readonly<Record<string, number>>;
}

/** Why a line cannot be priced. */
export type BlockingCode =
  | 'invalid-quantity'
  | 'invalid-part-facts'
  | 'nothing-to-cut'
  | 'no-net-area'
  | 'no-cutting-parameters'
  | 'hole-too-small'
  | 'larger-than-sheet';

/** A reason a line cannot be priced, with a sentence for the user. */
export interface BlockingProblem {
  readonly code: BlockingCode;
  readonly message: string;
}

/** Machine times of one part, in seconds. */
export interface PartTimes {
  readonly cutS: number;
  readonly pierceS: number;
  readonly rapidS: number;
  /** t_cut + t_pierce + t_rapid. */
  readonly partS: number;
  /** The rapid traverse distance the time comes from. */
  readonly rapidDistanceMm: number;
}

/** The terms a price is made of. */
export interface PriceTerms<T> {
  readonly machine: T;
  readonly material: T;
  readonly setup: T;
  readonly margin: T;
  /** What lifts the price up to the minimum line charge (0 when above it). */
  readonly minimumCharge: T;
  /** What the lead-time factor adds (negative for a factor below 1). */
  readonly leadTime: T;
}

/**
 * The shares customers see: the margin is spread over machine, material and setup in proportion,
 * so that neither the margin nor any cost can be worked out from the shares and the price.
 */
export type PublicShares = Omit<PriceTerms<number>, 'margin'>;

/** One row of the quantity-break table. */
export interface QuantityBreak {
  readonly quantity: number;
  readonly unitPriceCents: number;
  readonly totalCents: number;
}

/** A priced line: the price, every term, and where each number comes from. */
export interface LinePrice {
  readonly quantity: number;
  readonly leadTime: LeadTime;
  /** round(price / quantity) in cents, from the unrounded price: never rises with quantity. */
  readonly unitPriceCents: number;
  /** round(price) in cents: the amount charged for the line (at least the minimum line charge). */
  readonly totalCents: number;
  /** Cutting speed and pierce time at the material's thickness (interpolated). */
  readonly cutting: { readonly speedMmPerMin: number; readonly pierceTimeS: number };
  readonly times: PartTimes;
  /** qty * t_part. */
  readonly machineTimeS: number;
  /** net_area * thickness * density, per part. */
  readonly partMassKg: number;
  /** Exact amounts in EUR for the whole line (before any rounding). */
  readonly amounts: PriceTerms<number> & { readonly subtotal: number; readonly price: number };
  /** The same amounts in cents, rounded so that they add up to `totalCents` exactly. */
  readonly cents: PriceTerms<number>;
  /** Each term divided by the price (they add up to 1; all 0 for a free line). */
  readonly shares: PriceTerms<number>;
  readonly publicShares: PublicShares;
}

/** A priced line with its quantity-break table (1, 10, 50, 100 and the line's own quantity). */
export interface PricedLine extends LinePrice {
  readonly quantityBreaks: readonly QuantityBreak[];
}
