import { analyseDxf } from '@kerf/geometry';
import type { GeometryOk } from '@kerf/geometry';
import { describe, expect, it } from 'vitest';
import { bytesOf, plateDxf } from '../testing/dxf-samples.ts';
import { scalePathData, toProcessingResult } from './processing-result.ts';

const plate = (insunits: number | null, unitlessMmPerUnit: number | null = null): GeometryOk => {
  const text = plateDxf({ width: 100, height: 50, holes: [{ x: 20, y: 25, d: 10 }], insunits });
  const result = analyseDxf(bytesOf(text), { unitlessMmPerUnit });
  if ('error' in result) throw new Error(result.error.message);
  return result;
};

describe('toProcessingResult', () => {
  it('gives a mm drawing its facts in mm, the file being the source of the units', () => {
    const { geometry, problems, preview } = toProcessingResult(plate(4), null);
    expect(geometry.units).toEqual({ detected: 'mm', file_mm_per_unit: 1, mm_per_unit: 1, source: 'file' });
    expect(geometry.size_mm).toEqual([100, 50]);
    expect(geometry.cut_length_mm).toBeCloseTo(300 + Math.PI * 10, 6);
    expect(geometry.pierces).toBe(2);
    expect(geometry.holes).toBe(1);
    expect(geometry.outer_area_mm2).toBe(5000);
    expect(geometry.net_area_mm2).toBeCloseTo(5000 - Math.PI * 25, 6);
    expect(geometry.smallest_hole_mm).toBeCloseTo(10, 6);
    expect(problems).toEqual([]);
    expect(preview.bbox).toEqual([0, 0, 100, 50]);
  });

  it('converts an inch drawing to mm', () => {
    const { geometry } = toProcessingResult(plate(1), null);
    expect(geometry.units.mm_per_unit).toBe(25.4);
    expect(geometry.size_mm).toEqual([2540, 1270]);
    expect(geometry.outer_area_mm2).toBeCloseTo(5000 * 25.4 * 25.4, 3);
  });

  it('reads a drawing without units as mm and keeps the units-unknown problem until a choice is made', () => {
    const unknown = toProcessingResult(plate(null), null);
    expect(unknown.geometry.units).toMatchObject({ detected: 'absent', mm_per_unit: null, source: null });
    expect(unknown.geometry.size_mm).toEqual([100, 50]);
    expect(unknown.problems.map((p) => p.code)).toContain('units-unknown');
    const chosen = toProcessingResult(plate(null, 25.4), 'inch');
    expect(chosen.geometry.units).toMatchObject({ mm_per_unit: 25.4, source: 'choice' });
    expect(chosen.geometry.size_mm).toEqual([2540, 1270]);
    expect(chosen.problems.map((p) => p.code)).not.toContain('units-unknown');
    expect(chosen.preview.bbox).toEqual([0, 0, 2540, 1270]);
  });

  it('lets a choice override the units a file declares, preview included', () => {
    const { geometry, preview } = toProcessingResult(plate(4), 'inch');
    expect(geometry.units).toEqual({
      detected: 'mm',
      file_mm_per_unit: 1,
      mm_per_unit: 25.4,
      source: 'choice',
    });
    expect(geometry.size_mm).toEqual([2540, 1270]);
    expect(preview.bbox).toEqual([0, 0, 2540, 1270]);
    const outer = preview.paths.find((path) => path.kind === 'outer');
    expect(outer?.d).toContain('2540');
  });
});

describe('scalePathData', () => {
  it('scales every coordinate and keeps the commands', () => {
    expect(scalePathData('M0 0L10 -2.5L1.25 3Z', 2)).toBe('M0 0L20 -5L2.5 6Z');
    expect(scalePathData('M1 1', 1 / 3)).toBe('M0.33 0.33');
  });
});
