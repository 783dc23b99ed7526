export { analyseDxf } from './analyse-dxf.ts';
export { DEFAULT_OPTIONS } from './defaults.ts';
export { toRecord } from './to-record.ts';
export type {
  GeometryError,
  GeometryErrorCode,
  GeometryFacts,
  GeometryOk,
  GeometryOptions,
  GeometryResult,
  Preview,
  PreviewPath,
  Problem,
  ProblemCode,
} from './types.ts';
