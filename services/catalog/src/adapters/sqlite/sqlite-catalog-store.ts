import { sqliteOutbox, transactionalStore } from '@kerf/service-kit';
import type { Kysely } from 'kysely';
import type { CatalogRepositories, CatalogStore } from '../../ports/catalog-store.ts';
import type { CatalogDatabase } from './schema.ts';
import { sqliteCuttingParameterRepository } from './sqlite-cutting-parameter-repository.ts';
import { sqliteMaterialRepository } from './sqlite-material-repository.ts';
import { sqliteQualityRepository } from './sqlite-quality-repository.ts';
import { sqliteReferenceRepository } from './sqlite-reference-repository.ts';
import { sqliteShopRatesRepository } from './sqlite-shop-rates-repository.ts';

/**
 * The catalog store on a SQL database (SQLite or PostgreSQL) through Kysely; migrate it first. Changes
 * append events, so writers take turns on the outbox (ids in commit order, no deadlocks).
 */
export function sqliteCatalogStore(db: Kysely<CatalogDatabase>): CatalogStore {
  return transactionalStore(db, repositories, { writersTakeTurnsOn: 'outbox' });
}

function repositories(db: Kysely<CatalogDatabase>): CatalogRepositories {
  return {
    qualities: sqliteQualityRepository(db),
    materials: sqliteMaterialRepository(db),
    references: sqliteReferenceRepository(db),
    cuttingParameters: sqliteCuttingParameterRepository(db),
    shopRates: sqliteShopRatesRepository(db),
    outbox: sqliteOutbox(db),
  };
}
