import { DEFAULT_MATERIAL_QUERY } from '@kerf/state';
import { describe, expect, it } from 'vitest';
import {
  clampOffset,
  cuttingParameterQueryToLocation,
  materialQueryToLocation,
  parseCuttingParameterQuery,
  parseMaterialQuery,
} from './material-query.ts';

const internal = { prices: true };

describe('materials table state in the URL', () => {
  it('reads every parameter', () => {
    const query = parseMaterialQuery(
      {
        limit: '50',
        offset: '40',
        ordering: 'quality,-thickness',
        search: 'S235',
        active: 'true',
        quality: 'stainless',
      },
      internal,
    );
    expect(query).toEqual({
      limit: 50,
      offset: 40,
      ordering: ['quality', '-thickness'],
      search: 'S235',
      is_active: true,
      quality: 'stainless',
    });
  });

  it('writes only what differs from the defaults, and reads it back', () => {
    expect(materialQueryToLocation(DEFAULT_MATERIAL_QUERY)).toEqual({});
    const query = {
      ...DEFAULT_MATERIAL_QUERY,
      offset: 20,
      ordering: ['-name'],
      search: ' steel ',
      is_active: false,
    };
    const location = materialQueryToLocation(query);
    expect(location).toEqual({ offset: '20', ordering: '-name', search: 'steel', active: 'false' });
    expect(parseMaterialQuery(location as Record<string, string>, internal)).toEqual({
      ...query,
      search: 'steel',
    });
  });

  it('falls back to defaults for malformed values and drops unknown or repeated sort keys', () => {
    const query = parseMaterialQuery(
      {
        limit: '1000',
        offset: '-5',
        ordering: 'colour,-name,name,thickness',
        active: 'maybe',
        quality: 'Bad Slug!',
      },
      internal,
    );
    expect(query).toEqual({ ...DEFAULT_MATERIAL_QUERY, ordering: ['-name', 'thickness'] });
    expect(parseMaterialQuery({ limit: 'abc', offset: '1e3' }, internal)).toEqual(DEFAULT_MATERIAL_QUERY);
    expect(parseMaterialQuery({ limit: ['10', '50'] }, internal).limit).toBe(10);
  });

  it('never sorts by price nor filters on status for callers who cannot see them', () => {
    const query = parseMaterialQuery({ ordering: '-price_per_kg,name', active: 'false' }, { prices: false });
    expect(query.ordering).toEqual(['name']);
    expect(query.is_active).toBeNull();
  });

  it('keeps the cutting-parameters page and quality', () => {
    const query = parseCuttingParameterQuery({ offset: '50', quality: 'aluminium', limit: '7' });
    expect(query).toEqual({ limit: 50, offset: 50, quality: 'aluminium' });
    expect(cuttingParameterQueryToLocation(query)).toEqual({ offset: '50', quality: 'aluminium' });
  });

  it('moves an offset past the end to the last page', () => {
    expect(clampOffset(40, 20, 47)).toBe(40);
    expect(clampOffset(40, 20, 40)).toBe(20);
    expect(clampOffset(60, 20, 3)).toBe(0);
    expect(clampOffset(20, 20, 0)).toBe(0);
    expect(clampOffset(0, 20, 0)).toBe(0);
  });
});
