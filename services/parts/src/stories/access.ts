import type { Principal, Result } from '@kerf/service-kit';
import type { Visibility } from '../ports/part-repository.ts';
import type { PartsFailure } from './failure.ts';
import { refuse, success } from './failure.ts';

/**
 * Which parts a caller sees: external users their own company's, the shop (internal, admin) and
 * Kerf's own services every company's.
 */
export function visibilityOf(actor: Principal): Visibility {
  return { company: actor.role === 'external' ? actor.company : null };
}

/** Who owns a new part: named by a service caller, else the calling user and their company. */
export interface Owner {
  readonly company: string;
  readonly user: string;
}

/**
 * The owner of a part `actor` creates. A service caller must name the company and user it acts for;
 * a user may name neither (the token says who they are), so a body cannot hand a part to someone else.
 */
export function ownerOf(
  actor: Principal,
  named: { readonly company_id?: string; readonly owner_id?: string },
): Result<Owner, PartsFailure> {
  if (actor.role === 'service') {
    if (named.company_id === undefined)
      return refuse(
        'invalid',
        'invalid-input',
        'A service caller must name the owner company.',
        'body.company_id',
      );
    if (named.owner_id === undefined)
      return refuse('invalid', 'invalid-input', 'A service caller must name the owner.', 'body.owner_id');
    return success({ company: named.company_id, user: named.owner_id });
  }
  const field =
    named.company_id !== undefined
      ? 'body.company_id'
      : named.owner_id !== undefined
        ? 'body.owner_id'
        : null;
  if (field)
    return refuse('forbidden', 'owner-not-allowed', 'Only a service caller may name the owner.', field);
  return success({ company: actor.company, user: actor.sub });
}

/** The event feed carries every company's parts: the shop and services only. */
export function mayFollowEvents(actor: Principal): Result<Principal, PartsFailure> {
  if (actor.role === 'external')
    return refuse('forbidden', 'forbidden', 'Only the shop and services may read the feed.');
  return success(actor);
}
