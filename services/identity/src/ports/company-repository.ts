import type { Result } from '@kerf/service-kit';

/** A company: the shop itself or one of its customers. */
export interface Company {
  readonly id: string;
  readonly name: string;
}

/** Stores companies. */
export interface CompanyRepository {
  /** Every company, by name. */
  list(): Promise<Company[]>;
  /** The company of that id, or null. */
  findById(id: string): Promise<Company | null>;
  /** The company of exactly that name, or null. */
  findByName(name: string): Promise<Company | null>;
  /** Adds a company; fails when the name is taken. */
  create(name: string): Promise<Result<Company, 'duplicate-name'>>;
}
