import type { paths } from '@kerf/openapi/parts';
import type { PartSource } from '../../ports/part-source.ts';
import type { PartSnapshot } from '../../ports/records.ts';
import { partSnapshotOf } from './part-snapshot.ts';
import type { ServiceClientOptions } from './service-client.ts';
import { UpstreamError, serviceClient } from './service-client.ts';

/** The most ids the parts list takes at once. */
const batch = 250;

/** The parts service through its generated client, as quotes' `service` caller. */
export function httpPartSource(options: ServiceClientOptions): PartSource {
  const client = serviceClient<paths>('parts', options);
  return {
    async getMany(ids) {
      const unique = [...new Set(ids)];
      const parts: PartSnapshot[] = [];
      for (let i = 0; i < unique.length; i += batch) {
        const slice = unique.slice(i, i + batch);
        const { data, response } = await client.GET('/parts', {
          params: { query: { ids: slice.join(','), with_preview: true, limit: batch } },
        });
        if (!data) throw new UpstreamError('parts', 'parts', response.status);
        parts.push(...data.items.map(partSnapshotOf));
      }
      return parts;
    },
    async changes(after, limit) {
      const { data, response } = await client.GET('/events', { params: { query: { after, limit } } });
      if (!data) throw new UpstreamError('parts', 'events', response.status);
      return { items: data.items, next: data.next };
    },
  };
}
