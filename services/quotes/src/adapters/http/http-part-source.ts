import type { paths } from '@kerf/openapi/parts';
import type { PartPreview, PartSource } from '../../ports/part-source.ts';
import type { PreviewAnswer } from './part-preview.ts';
import { partPreviewOf } from './part-preview.ts';
import type { PartAnswer } from './part-snapshot.ts';
import { partSnapshotOf } from './part-snapshot.ts';
import type { ServiceClientOptions } from './service-client.ts';
import { UpstreamError, serviceClient } from './service-client.ts';

/** The most ids the parts list takes at once. */
const batch = 250;

/** The parts service through its generated client, as quotes' `service` caller. */
export function httpPartSource(options: ServiceClientOptions): PartSource {
  const client = serviceClient<paths>('parts', options);
  /** The parts with these ids, with their previews, a batch at a time. */
  const list = async (ids: readonly string[]): Promise<(PartAnswer & PreviewAnswer)[]> => {
    const unique = [...new Set(ids)];
    const parts: (PartAnswer & PreviewAnswer)[] = [];
    for (let i = 0; i < unique.length; i += batch) {
      const slice = unique.slice(i, i + batch);
      const { data, response } = await client.GET('/parts', {
        params: { query: { ids: slice.join(','), with_preview: true, limit: batch } },
      });
      if (!data) throw new UpstreamError('parts', 'parts', response.status);
      parts.push(...data.items);
    }
    return parts;
  };
  return {
    async getMany(ids) {
      return (await list(ids)).map(partSnapshotOf);
    },
    async previews(ids) {
      return (await list(ids)).flatMap((part): PartPreview[] => {
        const preview = partPreviewOf(part);
        return preview ? [preview] : [];
      });
    },
    async changes(after, limit) {
      const { data, response } = await client.GET('/events', { params: { query: { after, limit } } });
      if (!data) throw new UpstreamError('parts', 'events', response.status);
      return { items: data.items, next: data.next };
    },
  };
}
