import { describe, expect, it } from 'vitest';
import { parseQuoteQuery, quoteQueryToLocation } from './quote-query.ts';

describe('quote query in the URL', () => {
  it('reads a full query and writes it back', () => {
    const query = parseQuoteQuery({
      limit: '50',
      offset: '100',
      ordering: '-total_cents,name',
      status: 'sent',
      search: 'frame',
    });
    expect(query).toEqual({
      limit: 50,
      offset: 100,
      ordering: ['-total_cents', 'name'],
      status: 'sent',
      search: 'frame',
    });
    expect(quoteQueryToLocation(query)).toEqual({
      limit: '50',
      offset: '100',
      ordering: '-total_cents,name',
      status: 'sent',
      search: 'frame',
    });
  });

  it('falls back to defaults on malformed values and leaves defaults out of the URL', () => {
    const query = parseQuoteQuery({ limit: '7', offset: '-1', ordering: 'cost,name,-name', status: 'lost' });
    expect(query).toEqual({ limit: 20, offset: 0, ordering: ['name'], status: null, search: '' });
    expect(quoteQueryToLocation({ ...query, ordering: [] })).toEqual({});
  });
});
