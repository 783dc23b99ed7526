import type { Principal, Result } from '@kerf/service-kit';
import { story } from '@kerf/service-kit';
import { addDays, isoDay } from '../domain/quote-status.ts';
import type { QuoteRecord } from '../ports/records.ts';
import { requirePerson, targetCompany } from './access.ts';
import type { QuotesDeps } from './deps.ts';
import type { QuotesFailure } from './failure.ts';
import { refuse, success } from './failure.ts';
import { recordEvent } from './quote-events.ts';

/** A new quote as the contract validated it. */
export interface NewQuoteInput {
  readonly actor: Principal;
  readonly name: string;
  readonly valid_until?: string;
  readonly company_id?: string;
}

/** Creates an empty draft for the caller's company (or, for the shop, the customer it names). */
export function createQuote(deps: Pick<QuotesDeps, 'store' | 'clock' | 'newId' | 'settings'>) {
  return story<NewQuoteInput>('createQuote')
    .step('allowed', ({ input }) => requirePerson(input.actor))
    .step('company', ({ input }) => targetCompany(input.actor, input.company_id))
    .step('name', ({ input }) => quoteName(input.name))
    .step('validUntil', ({ input }) =>
      validityDate(input.valid_until ?? addDays(deps.clock(), deps.settings.validityDays), deps.clock()),
    )
    .step('quote', async ({ input, company, name, validUntil }) => {
      const now = deps.clock();
      const at = now.toISOString();
      const quote: QuoteRecord = {
        id: deps.newId(),
        company_id: company ?? input.actor.company,
        name,
        status: 'draft',
        valid_until: validUntil,
        currency: 'EUR',
        created_by: input.actor.sub,
        created_at: at,
        updated_at: at,
        sent_at: null,
        accepted_at: null,
        totals: { total_cents: 0, line_count: 0, blocked_line_count: 0 },
        costs: { cost_cents: 0, margin_cents: 0, machine_time_s: 0 },
      };
      return deps.store.transact(async (tx) => {
        await tx.quotes.insert(quote);
        await recordEvent(tx.outbox, 'quote.created', quote, now);
        return success(quote);
      });
    })
    .returns(({ quote }) => quote);
}

/** A name without surrounding spaces, refused when blank. */
export function quoteName(raw: string): Result<string, QuotesFailure> {
  const name = raw.trim();
  if (name === '') return refuse('invalid', 'invalid-input', 'The name may not be blank.', 'body.name');
  return success(name);
}

/** A validity date that has not passed. */
export function validityDate(date: string, now: Date): Result<string, QuotesFailure> {
  if (date < isoDay(now)) {
    return refuse('invalid', 'invalid-input', `The validity date ${date} has passed.`, 'body.valid_until');
  }
  return success(date);
}
