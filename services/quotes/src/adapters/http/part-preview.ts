import type { components } from '@kerf/openapi/parts';
import type { PartPreview } from '../../ports/part-source.ts';

type ContractPart = components['schemas']['Part'];

/**
 * What quotes reads of a part for its preview; openapi-fetch hands tuples over as arrays, so the box
 * is a plain number array here.
 */
export interface PreviewAnswer extends Pick<ContractPart, 'id' | 'company_id'> {
  readonly preview: {
    readonly bbox: readonly number[] | null;
    readonly paths: readonly { readonly kind: 'outer' | 'hole' | 'open'; readonly d: string }[];
    readonly truncated: boolean;
  } | null;
}

/** The preview of a part of the parts contract; null when the part has none (not ready yet, failed). */
export function partPreviewOf(part: PreviewAnswer): PartPreview | null {
  const preview = part.preview;
  if (!preview) return null;
  const box = preview.bbox;
  return {
    id: part.id,
    company_id: part.company_id,
    bbox: box && box.length === 4 ? [box[0]!, box[1]!, box[2]!, box[3]!] : null,
    paths: preview.paths.map(({ kind, d }) => ({ kind, d })),
    truncated: preview.truncated,
  };
}
