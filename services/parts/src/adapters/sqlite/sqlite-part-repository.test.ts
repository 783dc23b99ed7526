import { analyseDxf } from '@kerf/geometry';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toProcessingResult } from '../../domain/processing-result.ts';
import type { PartRepository, PartQuery } from '../../ports/part-repository.ts';
import type { PartRecord, ProcessingResult } from '../../ports/records.ts';
import { bytesOf, plateDxf } from '../../testing/dxf-samples.ts';
import type { TestParts } from '../../testing/test-parts.ts';
import { openTestParts } from '../../testing/test-parts.ts';

let t: TestParts;
let parts: PartRepository;
beforeEach(async () => {
  t = await openTestParts();
  parts = t.store.read.parts;
});
afterEach(() => t.close());

const at = (second: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, second));

function part(id: string, company: string, overrides: Partial<PartRecord> = {}): PartRecord {
  return {
    id,
    company_id: company,
    owner_id: `user-${company}`,
    upload_id: `upload-${id}`,
    blob_key: `blob-${id}`,
    original_name: `${id}.dxf`,
    size_bytes: 100,
    sha256: 'a'.repeat(64),
    units_choice: null,
    status: 'queued',
    progress: 0,
    revision: 1,
    geometry: null,
    problems: [],
    preview: null,
    error: null,
    created_at: at(Number(id.replace(/\D/g, ''))).toISOString(),
    updated_at: at(0).toISOString(),
    processed_at: null,
    ...overrides,
  };
}

function result(): ProcessingResult {
  const analysed = analyseDxf(bytesOf(plateDxf({ width: 40, height: 20, holes: [{ x: 10, y: 10, d: 5 }] })));
  if ('error' in analysed) throw new Error(analysed.error.message);
  return toProcessingResult(analysed, null);
}

const query = (overrides: Partial<PartQuery> = {}): PartQuery => ({
  visibility: { company: null },
  status: null,
  ids: null,
  company: null,
  ordering: [{ field: 'created_at', descending: false }],
  limit: 50,
  offset: 0,
  withPreview: false,
  ...overrides,
});

describe('sqlite part repository', () => {
  it('keeps progress monotonic and writes a run result once', async () => {
    await parts.insert(part('p1', 'acme'));
    const run = { id: 'p1', revision: 1, sha256: 'a'.repeat(64) };
    expect(await parts.raiseProgress(run, 0.5, at(1))).toBeNull(); // still queued
    expect(await parts.startProcessing(run, at(1))).toMatchObject({ status: 'processing' });
    expect(await parts.startProcessing(run, at(1))).toBeNull();
    expect((await parts.raiseProgress(run, 0.5, at(2)))?.progress).toBe(0.5);
    expect(await parts.raiseProgress(run, 0.3, at(3))).toBeNull();
    expect(await parts.raiseProgress(run, 0.5, at(3))).toBeNull();
    expect((await parts.findById('p1', { company: null }))?.progress).toBe(0.5);
    const ready = await parts.recordReady(run, result(), at(4));
    expect(ready).toMatchObject({ status: 'ready', progress: 1, processed_at: at(4).toISOString() });
    expect(ready?.geometry?.pierces).toBe(2);
    expect(await parts.recordReady(run, result(), at(5))).toBeNull();
    expect(await parts.recordFailure(run, { code: 'unreadable', message: 'x' }, at(5))).toBeNull();
    expect(await parts.raiseProgress(run, 0.9, at(5))).toBeNull();
  });

  it('ignores writes for another revision or another SHA-256', async () => {
    await parts.insert(part('p1', 'acme', { status: 'processing', revision: 2 }));
    expect(
      await parts.recordReady({ id: 'p1', revision: 1, sha256: 'a'.repeat(64) }, result(), at(1)),
    ).toBeNull();
    expect(
      await parts.recordReady({ id: 'p1', revision: 2, sha256: 'b'.repeat(64) }, result(), at(1)),
    ).toBeNull();
    expect(
      await parts.recordReady({ id: 'p1', revision: 2, sha256: 'a'.repeat(64) }, result(), at(1)),
    ).not.toBeNull();
  });

  it('shows an external company only its parts in reads, lists, counts and progress', async () => {
    await parts.insert(part('p1', 'acme'));
    await parts.insert(part('p2', 'nordic'));
    await parts.insert(part('p3', 'acme', { status: 'ready' }));
    const acme = { company: 'acme' };
    expect(await parts.findById('p2', acme)).toBeNull();
    expect(await parts.findById('p2', { company: null })).not.toBeNull();
    const all = await parts.list(query({ visibility: acme }));
    expect(all).toMatchObject({ count: 2 });
    expect(all.items.map((p) => p.id)).toEqual(['p1', 'p3']);
    const asked = await parts.list(query({ visibility: acme, ids: ['p2', 'p3'], company: null }));
    expect(asked.items.map((p) => p.id)).toEqual(['p3']);
    expect(asked.count).toBe(1);
    expect((await parts.list(query({ visibility: acme, company: 'nordic' }))).count).toBe(0);
    expect((await parts.list(query({ status: 'ready' }))).items.map((p) => p.id)).toEqual(['p3']);
    expect((await parts.progress(['p3', 'p2', 'p1', 'p3', 'nope'], acme)).map((row) => row.id)).toEqual([
      'p3',
      'p1',
    ]);
  });

  it('orders and pages, ties broken by id, preview only when asked', async () => {
    for (const id of ['p1', 'p2', 'p3', 'p4'])
      await parts.insert(part(id, 'acme', { size_bytes: id === 'p2' ? 5 : 10 }));
    const run = { id: 'p4', revision: 1, sha256: 'a'.repeat(64) };
    await parts.recordReady(run, result(), at(9));
    const bySize = await parts.list(
      query({ ordering: [{ field: 'size_bytes', descending: true }], limit: 2, offset: 1 }),
    );
    expect(bySize.items.map((p) => p.id)).toEqual(['p3', 'p4']);
    expect(bySize.count).toBe(4);
    expect(bySize.items[1]?.preview).toBeNull();
    expect(bySize.items[1]?.geometry).not.toBeNull();
    const withPreview = await parts.list(query({ ids: ['p4'], withPreview: true }));
    expect(withPreview.items[0]?.preview?.paths.length).toBe(2);
  });

  it('hides a deleted part but still finds it by upload, marked deleted', async () => {
    await parts.insert(part('p1', 'acme'));
    await parts.markDeleted('p1', at(3));
    expect(await parts.findById('p1', { company: null })).toBeNull();
    expect((await parts.list(query())).count).toBe(0);
    expect(await parts.findByUpload('acme', 'upload-p1')).toMatchObject({
      deleted: true,
      part: { id: 'p1' },
    });
    expect(await parts.findByUpload('nordic', 'upload-p1')).toBeNull();
    expect(await parts.requeue('p1', 2, 'mm', at(4))).toBeNull();
  });

  it('starts a new run with a clean slate', async () => {
    await parts.insert(part('p1', 'acme', { status: 'processing', progress: 0.4 }));
    await parts.recordReady({ id: 'p1', revision: 1, sha256: 'a'.repeat(64) }, result(), at(2));
    const again = await parts.requeue('p1', 2, 'inch', at(3));
    expect(again).toMatchObject({
      revision: 2,
      units_choice: 'inch',
      status: 'queued',
      progress: 0,
      geometry: null,
      problems: [],
      preview: null,
      error: null,
      processed_at: null,
    });
  });
});
