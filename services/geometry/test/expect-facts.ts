import { analyseDxf, type GeometryFacts, type GeometryOptions, type GeometryOk } from '../src/index.ts';
import { bytes } from './make-dxf.ts';

/** Analyses a DXF string and fails the test when the result is an error. */
export function factsOf(dxf: string, options: Partial<GeometryOptions> = {}): GeometryFacts {
  return okOf(dxf, options).facts;
}

/** Analyses a DXF string, expecting success. */
export function okOf(dxf: string, options: Partial<GeometryOptions> = {}): GeometryOk {
  const r = analyseDxf(bytes(dxf), options);
  if ('error' in r) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r;
}
