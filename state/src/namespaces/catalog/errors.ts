import type { Problem } from '../../effects/problem.ts';
import type { CatalogError, FieldError } from './state.ts';
import type { CuttingParameterDraft, MaterialDraft } from './types.ts';

/** `body.name`, `/body/name` or `name` -> `name`; `body` alone (e.g. an unknown property) -> `''`. */
export function fieldName(field: string): string {
  const parts = field.split(/[./]/).filter(Boolean);
  if (parts[0] === 'body' || parts[0] === 'query' || parts[0] === 'path') parts.shift();
  return parts[0] ?? '';
}

const messages: Record<string, string> = {
  'invalid-input': 'Check the highlighted fields.',
  'material-in-use': 'Quote lines use this material, so it cannot be deleted. Deactivate it instead.',
  'duplicate-material': 'A material with this name and thickness exists already.',
  'duplicate-cutting-parameter': 'Cutting parameters for this quality and thickness exist already.',
  'not-found': 'It no longer exists; someone may have deleted it.',
  forbidden: 'Your role may not do this.',
  'session-expired': 'Your session has ended. Sign in again.',
  network: 'The server cannot be reached.',
  unexpected: 'Something went wrong.',
};

function error(code: string, fields: Record<string, FieldError> = {}, message?: string): CatalogError {
  return { code, message: message ?? messages[code] ?? messages.unexpected!, fields };
}

/**
 * Maps a catalog problem to what a page shows: field errors of a 400 by field name, a duplicate (409)
 * on the fields of the natural key, and a stable code for the rest.
 */
export function catalogError(problem: Problem, duplicateFields: string[] = ['name']): CatalogError {
  if (problem.status === 400) {
    const fields: Record<string, FieldError> = {};
    for (const { field, message } of problem.errors ?? []) {
      const name = fieldName(field);
      if (name) fields[name] ??= { code: 'invalid', message };
    }
    return error('invalid-input', fields, problem.detail);
  }
  if (problem.status === 409) {
    const code =
      problem.code.startsWith('duplicate') || problem.code === 'material-in-use' ? problem.code : 'conflict';
    const fields: Record<string, FieldError> = {};
    if (code.startsWith('duplicate')) {
      for (const name of duplicateFields)
        fields[name] = { code: 'duplicate', message: problem.detail ?? problem.title };
    }
    return error(code, fields, messages[code] ?? problem.detail ?? problem.title);
  }
  if (problem.status === 401) return error('session-expired');
  if (problem.status === 403) return error('forbidden');
  if (problem.status === 404) return error('not-found');
  if (problem.status === 0) return error('network');
  return error('unexpected', {}, problem.detail || problem.title);
}

const required = (message: string): FieldError => ({ code: 'required', message });

/** Checks a material form before it leaves the browser: what the contract requires must be filled in. */
export function checkMaterialDraft(draft: MaterialDraft): CatalogError | null {
  const fields: Record<string, FieldError> = {};
  if (draft.name.trim() === '') fields.name = required('Enter a name.');
  if (draft.quality === '') fields.quality = required('Choose a quality.');
  if (draft.thickness === null) fields.thickness = required('Enter the thickness.');
  if (draft.price_per_kg === null) fields.price_per_kg = required('Enter the price per kg.');
  return Object.keys(fields).length ? error('invalid-input', fields) : null;
}

/** Checks a cutting-parameter form before it leaves the browser. */
export function checkCuttingParameterDraft(draft: CuttingParameterDraft): CatalogError | null {
  const fields: Record<string, FieldError> = {};
  if (draft.quality === '') fields.quality = required('Choose a quality.');
  if (draft.thickness === null) fields.thickness = required('Enter the thickness.');
  if (draft.speed_mm_per_min === null) fields.speed_mm_per_min = required('Enter the cutting speed.');
  if (draft.pierce_time_s === null) fields.pierce_time_s = required('Enter the pierce time.');
  return Object.keys(fields).length ? error('invalid-input', fields) : null;
}
