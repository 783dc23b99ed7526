import type { Problem } from '../../effects/problem.ts';
import { MAX_QUANTITY, type QuotesError } from './state.ts';

/**
 * `body.quantity`, `body.changes.quantity`, `body.lines[0].quantity` or `/body/name` -> the field's
 * own name; `body` alone (an unknown property) -> `''`.
 */
export function quoteFieldName(field: string): string {
  const parts = field
    .replace(/\[\d+\]/g, '')
    .split(/[./]/)
    .filter((part) => part && !/^\d+$/.test(part));
  const inner = parts.filter((part) => !['body', 'query', 'path', 'changes', 'lines'].includes(part));
  return inner[inner.length - 1] ?? '';
}

const messages: Record<string, string> = {
  'invalid-input': 'Check the highlighted fields.',
  'quote-read-only': 'This quote was sent: it can no longer change.',
  'invalid-transition': 'The quote cannot move to that status now.',
  'not-found': 'This quote no longer exists, or you may not see it.',
  forbidden: 'Your role may not do this.',
  'session-expired': 'Your session has ended. Sign in again.',
  unavailable: 'A service did not answer; nothing was saved. Try again.',
  network: 'The server cannot be reached.',
  unexpected: 'Something went wrong.',
  'no-parts': 'No processed part with a material to quote yet.',
};

function error(code: string, fields: Record<string, string> = {}, message?: string): QuotesError {
  return { code, message: message || messages[code] || messages.unexpected!, fields };
}

/** Maps a quotes problem to what a page shows: field messages by field name and a stable code. */
export function quotesError(problem: Problem): QuotesError {
  const fields: Record<string, string> = {};
  for (const { field, message } of problem.errors ?? []) {
    const name = quoteFieldName(field);
    if (name) fields[name] ??= message;
  }
  if (problem.status === 400) return error('invalid-input', fields, problem.detail);
  if (problem.status === 409)
    return error(problem.code === 'invalid-transition' ? problem.code : 'quote-read-only', fields);
  if (problem.status === 404) {
    const code = ['part-not-found', 'material-not-found'].includes(problem.code) ? problem.code : 'not-found';
    return error(code, fields, code === 'not-found' ? undefined : problem.detail);
  }
  if (problem.status === 401) return error('session-expired');
  if (problem.status === 403) return error('forbidden');
  if (problem.status === 503) return error('unavailable');
  if (problem.status === 0) return error('network');
  return error('unexpected', fields, problem.detail || problem.title);
}

/** Checks a quantity before it leaves the browser: a whole number from 1 to 100,000. */
export function checkQuantity(quantity: number | null): QuotesError | null {
  if (quantity !== null && Number.isInteger(quantity) && quantity >= 1 && quantity <= MAX_QUANTITY)
    return null;
  return error('invalid-input', { quantity: `Enter a whole number from 1 to ${MAX_QUANTITY}.` });
}

/** Checks a quote name: not blank, at most 120 characters. */
export function checkName(name: string): QuotesError | null {
  const trimmed = name.trim();
  if (trimmed && trimmed.length <= 120) return null;
  return error('invalid-input', { name: trimmed ? 'Use at most 120 characters.' : 'Enter a name.' });
}

/** There is nothing to put in a quote: no part has finished processing. */
export function noPartsError(): QuotesError {
  return error('no-parts');
}
