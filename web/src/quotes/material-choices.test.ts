import type { CatalogMaterial } from '@kerf/state';
import { describe, expect, it } from 'vitest';
import { closestMaterial, materialFamilies } from './material-choices.ts';

const aMaterial = (overrides: Partial<CatalogMaterial>): CatalogMaterial => ({
  id: 'm',
  name: 'Mild steel',
  quality: 'mild-steel',
  thickness: 3,
  density: 7850,
  price_per_kg: null,
  is_active: true,
  created_at: null,
  updated_at: null,
  ...overrides,
});

describe('material choices', () => {
  const materials = [
    aMaterial({ id: 's3', quality: 'stainless', name: '304', thickness: 3 }),
    aMaterial({ id: 'm5', thickness: 5 }),
    aMaterial({ id: 'm2', thickness: 2 }),
    aMaterial({ id: 'old', thickness: 4, is_active: false }),
    aMaterial({ id: 'a1', quality: 'aluminium', name: '5754', thickness: 1 }),
  ];

  it('groups active materials by quality and name, thinnest first', () => {
    expect(materialFamilies(materials)).toEqual([
      { key: 'aluminium|5754', quality: 'aluminium', name: '5754', materials: [{ id: 'a1', thickness: 1 }] },
      {
        key: 'mild-steel|Mild steel',
        quality: 'mild-steel',
        name: 'Mild steel',
        materials: [
          { id: 'm2', thickness: 2 },
          { id: 'm5', thickness: 5 },
        ],
      },
      { key: 'stainless|304', quality: 'stainless', name: '304', materials: [{ id: 's3', thickness: 3 }] },
    ]);
  });

  it('keeps the thickness when the family has it, else the closest', () => {
    const steel = materialFamilies(materials)[1]!;
    expect(closestMaterial(steel, 5)).toBe('m5');
    expect(closestMaterial(steel, 3)).toBe('m2');
    expect(closestMaterial(steel, null)).toBe('m2');
  });
});
