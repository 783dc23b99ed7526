import type { LineRecord } from './records.ts';

/** Which draft lines a catalog change touches. */
export interface RepriceScope {
  /** Every draft line (shop rates changed, or a change whose quality is unknown). */
  readonly all: boolean;
  readonly materialIds: readonly string[];
  readonly qualities: readonly string[];
}

/** Stored quote lines. */
export interface LineRepository {
  /** The lines of a quote in position order. */
  listByQuote(quoteId: string): Promise<LineRecord[]>;
  /** The lines of a quote with these ids (missing ids are left out), in position order. */
  getMany(quoteId: string, lineIds: readonly string[]): Promise<LineRecord[]>;
  /** The next free position in a quote. */
  nextPosition(quoteId: string): Promise<number>;
  /** Stores new lines. */
  insert(lines: readonly LineRecord[]): Promise<void>;
  /** Replaces stored lines. */
  update(lines: readonly LineRecord[]): Promise<void>;
  /** Removes one line. */
  delete(quoteId: string, lineId: string): Promise<void>;
  /** Lines of draft quotes that a catalog change may re-price. */
  draftLinesIn(scope: RepriceScope): Promise<LineRecord[]>;
  /** Lines of draft quotes that use one of these parts. */
  draftLinesOfParts(partIds: readonly string[]): Promise<LineRecord[]>;
}
