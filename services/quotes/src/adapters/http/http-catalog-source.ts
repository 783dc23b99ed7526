import type { paths } from '@kerf/openapi/catalog';
import type { CatalogMaterial, CatalogSource, MaterialReferences } from '../../ports/catalog-source.ts';
import type { CuttingRow, ShopRates } from '../../pricing/types.ts';
import type { ServiceClientOptions } from './service-client.ts';
import { UpstreamError, serviceClient } from './service-client.ts';

/** The largest page the catalog serves. */
const pageSize = 200;

/** The catalog service through its generated client, as quotes' `service` caller. */
export function httpCatalogSource(options: ServiceClientOptions): CatalogSource & MaterialReferences {
  const client = serviceClient<paths>('catalog', options);
  return {
    async material(id) {
      const { data, response } = await client.GET('/materials/{id}', { params: { path: { id } } });
      if (response.status === 404) return null;
      if (!data || !('price_per_kg' in data))
        throw new UpstreamError('catalog', `material ${id}`, response.status);
      const { name, quality, thickness, density, price_per_kg, is_active } = data;
      return { id, name, quality, thickness, density, price_per_kg, is_active } satisfies CatalogMaterial;
    },
    async activeMaterials() {
      const found: CatalogMaterial[] = [];
      for (let offset = 0; ; offset += pageSize) {
        const { data, response } = await client.GET('/materials', {
          params: { query: { is_active: true, ordering: 'quality,name,thickness', limit: pageSize, offset } },
        });
        if (!data) throw new UpstreamError('catalog', 'active materials', response.status);
        for (const item of data.items) {
          if (!('price_per_kg' in item))
            throw new UpstreamError('catalog', 'active materials', response.status);
          const { id, name, quality, thickness, density, price_per_kg, is_active } = item;
          found.push({ id, name, quality, thickness, density, price_per_kg, is_active });
        }
        if (data.items.length < pageSize || found.length >= data.count) return found;
      }
    },
    async cuttingTable(quality) {
      const rows: CuttingRow[] = [];
      for (let offset = 0; ; offset += pageSize) {
        const { data, response } = await client.GET('/cutting-parameters', {
          params: { query: { quality, limit: pageSize, offset } },
        });
        if (!data) throw new UpstreamError('catalog', `cutting parameters of ${quality}`, response.status);
        rows.push(
          ...data.items.map((row) => ({
            thicknessMm: row.thickness,
            speedMmPerMin: row.speed_mm_per_min,
            pierceTimeS: row.pierce_time_s,
          })),
        );
        if (data.items.length < pageSize || rows.length >= data.count) return rows;
      }
    },
    async shopRates(): Promise<ShopRates> {
      const { data, response } = await client.GET('/shop-rates');
      if (!data) throw new UpstreamError('catalog', 'shop rates', response.status);
      return {
        machineRatePerHour: data.machine_rate_per_hour,
        labourRatePerHour: data.labour_rate_per_hour,
        setupMinutes: data.setup_minutes,
        utilisation: data.utilisation,
        margin: data.margin,
        minimumLineCharge: data.minimum_line_charge,
        rapidTraverseMmPerMin: data.rapid_traverse_mm_per_min,
        leadTimeFactors: data.lead_time_factors,
        sheetSizes: data.sheet_sizes,
      };
    },
    async changes(after, limit) {
      const { data, response } = await client.GET('/events', { params: { query: { after, limit } } });
      if (!data) throw new UpstreamError('catalog', 'events', response.status);
      return { items: data.items, next: data.next };
    },
    async record(materialId, reference) {
      const { response } = await client.PUT('/materials/{id}/references/{reference}', {
        params: { path: { id: materialId, reference } },
      });
      return referenceOutcome(response, `reference ${reference}`);
    },
    async release(materialId, reference) {
      const { response } = await client.DELETE('/materials/{id}/references/{reference}', {
        params: { path: { id: materialId, reference } },
      });
      return referenceOutcome(response, `release of ${reference}`);
    },
  };
}

function referenceOutcome(response: Response, what: string): 'ok' | 'not-found' {
  if (response.status === 204) return 'ok';
  if (response.status === 404) return 'not-found';
  throw new UpstreamError('catalog', what, response.status);
}
