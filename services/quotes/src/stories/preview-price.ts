import type { Principal } from '@kerf/service-kit';
import { story } from '@kerf/service-kit';
import type { LinePricing, LineSpec } from '../ports/records.ts';
import { logUpstream } from './add-lines.ts';
import { requirePerson, targetCompany } from './access.ts';
import type { QuotesDeps } from './deps.ts';
import { guarded, success } from './failure.ts';
import { checkQuantity, offeredMaterial, ownedPart } from './line-checks.ts';
import { openPricingSession } from './pricing-session.ts';

/** A preview request as the contract validated it. */
export interface PreviewInput {
  readonly actor: Principal;
  readonly spec: LineSpec;
  readonly company_id?: string;
}

/** What a line with these options would cost, and nothing saved. */
export interface Preview {
  readonly spec: LineSpec;
  readonly pricing: LinePricing;
}

/**
 * Prices a part for given options without saving anything. The part must be the caller's company's
 * (the shop may preview any part, or a named customer's); otherwise it is not found.
 */
export function previewPrice(deps: QuotesDeps) {
  return story<PreviewInput>('previewPrice')
    .step('allowed', ({ input }) => requirePerson(input.actor))
    .step('company', ({ input }) => targetCompany(input.actor, input.company_id))
    .step('quantity', ({ input }) =>
      checkQuantity(input.spec.quantity, deps.settings.maxQuantity, 'body.quantity'),
    )
    .step('session', () => success(openPricingSession({ ...deps, now: deps.clock().toISOString() })))
    .step('loaded', ({ input, session }) =>
      guarded(() => session.loadParts([input.spec.part_id]), logUpstream(deps)),
    )
    .step('part', ({ input, company, session }) =>
      ownedPart(session.part(input.spec.part_id), company, 'body.part_id'),
    )
    .step('material', ({ input, session }) =>
      guarded(() => session.material(input.spec.material_id), logUpstream(deps)),
    )
    .step('offered', ({ material }) => offeredMaterial(material, 'body.material_id'))
    .step('pricing', ({ input, session, part }) =>
      guarded(() => session.price(input.spec, part), logUpstream(deps)),
    )
    .returns(({ input, pricing }): Preview => ({ spec: input.spec, pricing }));
}
