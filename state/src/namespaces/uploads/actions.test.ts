import { describe, expect, it } from 'vitest';
import { settle } from '../../testing/fake-clock.ts';
import { createWorkspaceHarness } from '../../testing/workspace-harness.ts';
import { aPart } from '../parts/testing.ts';
import { FIRST_ROWS, MEASURE_CHUNK } from './rows.ts';
import { dxf } from './testing.ts';

const files = (n: number, size = 100) => Array.from({ length: n }, (_, i) => dxf(`part-${i}.dxf`, size));

describe('uploads: adding files', () => {
  it('shows the first rows at once, the rest in the next tasks, and refuses what cannot be quoted', async () => {
    const { overmind, transfer, clock, hasher } = createWorkspaceHarness();
    hasher.hold();
    const big = new File([new Uint8Array(1)], 'huge.dxf');
    Object.defineProperty(big, 'size', { value: 50 * 1024 * 1024 + 1 });
    const ids = overmind.actions.uploads.addFiles([
      dxf('a.dxf'),
      dxf('photo.png'),
      big,
      dxf('empty.DXF', 0),
      dxf('B.DXF'),
    ]);
    expect(overmind.state.uploads.ids).toEqual(ids.slice(0, FIRST_ROWS));
    await clock.advance(0);
    const rows = ids.map((id) => overmind.state.uploads.byId[id]);
    expect(rows.map((r) => [r?.name, r?.status])).toEqual([
      ['a.dxf', 'hashing'],
      ['photo.png', 'failed'],
      ['huge.dxf', 'failed'],
      ['empty.DXF', 'failed'],
      ['B.DXF', 'hashing'],
    ]);
    expect(rows.map((r) => (r?.status === 'failed' ? [r.code, r.retryable] : null))).toEqual([
      null,
      ['not-dxf-name', false],
      ['too-large', false],
      ['empty-file', false],
      null,
    ]);
    expect(overmind.state.uploads.ids).toEqual(ids);
    hasher.release();
    await settle();
    expect(transfer.sent.map((r) => r.name)).toEqual(['a.dxf', 'B.DXF']);
  });

  it('adds nothing more of a drop whose rows were all removed before the rest arrived', async () => {
    const { overmind, clock } = createWorkspaceHarness();
    overmind.actions.uploads.addFiles(files(20));
    overmind.actions.uploads.selectAll(true);
    overmind.actions.uploads.removeSelected();
    await clock.advance(0);
    expect(overmind.state.uploads.ids).toEqual([]);
    expect(overmind.state.uploads.batchIds).toEqual([]);
  });

  it('sends the hash and batch with every upload and remembers the batch for a reload', async () => {
    const { overmind, transfer, durable } = createWorkspaceHarness();
    const [id] = overmind.actions.uploads.addFiles([dxf('a.dxf')]);
    await settle();
    const batch = overmind.state.uploads.byId[id!]?.batch;
    expect(transfer.sent[0]).toMatchObject({ key: id, batch, sha256: 'ab'.repeat(32), uploadId: null });
    expect(JSON.parse(durable.storage.getItem('kerf.uploads.batches') ?? '[]')).toEqual([batch]);
    expect(await durable.journal.byBatch(batch!)).toHaveLength(1);
  });
});

describe('uploads: measuring', () => {
  it('reads sizes at most fifty files per task, keeping each chunk for a reload once measured', async () => {
    const { overmind, clock, durable } = createWorkspaceHarness();
    let task = 0; // counts the clock's tasks, to see what each one measured
    const after = clock.after;
    clock.after = (ms, run) => after(ms, () => ((task += 1), run()));
    const perTask = new Map<number, number>();
    overmind.addMutationListener((mutation) => {
      if (mutation.path.endsWith('.size')) perTask.set(task, (perTask.get(task) ?? 0) + 1);
    });
    const ids = overmind.actions.uploads.addFiles(files(250));
    const sizes = () => ids.map((id) => overmind.state.uploads.byId[id]?.size ?? null);
    expect(sizes().filter((size) => size !== null)).toHaveLength(FIRST_ROWS);
    const batch = overmind.state.uploads.byId[ids[0]!]!.batch;
    await clock.advance(0);
    expect(sizes().every((size) => size === 100)).toBe(true);
    expect(Math.max(...perTask.values())).toBe(MEASURE_CHUNK);
    expect(overmind.state.uploads.measuring).toEqual([]);
    await settle();
    expect(await durable.journal.byBatch(batch)).toHaveLength(250);
  });

  it('keeps the status tally and the selection count with the rows', async () => {
    const { overmind, transfer, clock } = createWorkspaceHarness();
    const ids = overmind.actions.uploads.addFiles([...files(6), dxf('x.png')]);
    await clock.advance(0); // the rest of the drop
    transfer.fail(ids[0]!, { code: 'network', message: 'lost', retryable: true });
    transfer.finish(ids[1]!);
    await settle();
    overmind.actions.uploads.toggleSelected(ids[2]!);
    overmind.actions.uploads.toggleSelected(ids[6]!);
    overmind.actions.uploads.removeUpload(ids[2]!);
    const recount = () => {
      const tally: Record<string, number> = {};
      for (const id of overmind.state.uploads.ids) {
        const status = overmind.state.uploads.byId[id]!.status;
        tally[status] = (tally[status] ?? 0) + 1;
      }
      return tally;
    };
    const tally = Object.fromEntries(Object.entries(overmind.state.uploads.tally).filter(([, n]) => n > 0));
    expect(tally).toEqual(recount());
    expect(tally).toEqual({ failed: 2, processing: 1, uploading: 3 });
    expect(overmind.state.uploads.selectedCount).toBe(1);
    overmind.actions.uploads.selectAll(true);
    expect(overmind.state.uploads.selectedCount).toBe(6);
  });
});

describe('uploads: concurrency', () => {
  it('sends at most 4 files and hashes at most 2 at a time, first come first served', async () => {
    const { overmind, transfer, hasher, clock } = createWorkspaceHarness();
    hasher.hold();
    const ids = overmind.actions.uploads.addFiles(files(10));
    await clock.advance(0); // the rest of the drop
    expect(overmind.state.uploads.running).toHaveLength(4);
    expect(ids.slice(4).every((id) => overmind.state.uploads.byId[id]?.status === 'queued')).toBe(true);
    hasher.release();
    await settle();
    expect(transfer.running()).toEqual(ids.slice(0, 4));
    for (const id of ids) {
      await settle();
      transfer.finish(id);
    }
    await settle();
    expect(transfer.sent).toHaveLength(10);
    expect(transfer.maxRunning()).toBe(4);
    expect(hasher.maxActive()).toBeLessThanOrEqual(2);
    expect(ids.every((id) => overmind.state.uploads.byId[id]?.status === 'processing')).toBe(true);
    expect(overmind.state.uploads.running).toEqual([]);
  });
});

describe('uploads: progress', () => {
  it('applies progress in batches: one state change per 250 ms for every row, none in between', async () => {
    const { overmind, transfer, clock } = createWorkspaceHarness();
    const ids = overmind.actions.uploads.addFiles(files(4, 1000));
    await settle();
    const applied: number[] = [];
    overmind.addMutationListener((mutation) => {
      if (mutation.path.endsWith('.percent')) applied.push(clock.now());
    });
    for (let t = 0; t < 1000; t += 10) {
      for (const id of ids) transfer.progress(id, Math.min(999, t + 10));
      await clock.advance(10);
    }
    const perRow = applied.length / ids.length;
    expect(perRow).toBeLessThanOrEqual(4);
    expect(new Set(applied).size).toBeLessThanOrEqual(4); // all rows of a flush change together
    expect(ids.map((id) => overmind.state.uploads.byId[id])).toEqual(
      ids.map(() => expect.objectContaining({ status: 'uploading', percent: 99 })),
    );
  });

  it('never moves a row backwards: stale server answers and lower percents are ignored', async () => {
    const { overmind, transfer, server, clock, parts } = createWorkspaceHarness();
    const [id] = overmind.actions.uploads.addFiles([dxf('a.dxf', 1000)]);
    await settle();
    const uploadId = transfer.create(id!);
    transfer.progress(id!, 600);
    await clock.advance(250);
    transfer.progress(id!, 300); // a resumed request reports from a lower offset
    await clock.advance(250);
    expect(overmind.state.uploads.byId[id!]).toMatchObject({ status: 'uploading', percent: 60 });
    transfer.finish(id!);
    await settle();
    server.upsert(uploadId, { status: 'processing', progress: 0.5, part_id: 'p1' });
    await clock.advance(2000);
    expect(overmind.state.uploads.byId[id!]).toMatchObject({
      status: 'processing',
      percent: 50,
      partId: 'p1',
    });
    server.upsert(uploadId, { status: 'uploading', offset: 10 }); // stale
    server.upsert(uploadId, { status: 'processing', progress: 0.2 }); // stale
    await clock.advance(2000);
    expect(overmind.state.uploads.byId[id!]).toMatchObject({ status: 'processing', percent: 50 });
    parts.parts.set('p1', aPart('p1'));
    server.upsert(uploadId, { status: 'ready', progress: 1 });
    await clock.advance(5000);
    expect(overmind.state.uploads.byId[id!]).toMatchObject({ status: 'ready', partId: 'p1' });
    server.upsert(uploadId, { status: 'processing', progress: 0.1 });
    overmind.actions.uploads.partChanged();
    await clock.advance(100);
    expect(overmind.state.uploads.byId[id!]?.status).toBe('ready');
  });
});

describe('uploads: the poll loop', () => {
  it('asks once per batch, waits for each answer, and stops when every row is settled', async () => {
    const { overmind, transfer, server, clock, parts } = createWorkspaceHarness();
    const ids = overmind.actions.uploads.addFiles(files(3));
    await settle();
    const uploadIds = ids.map((id) => transfer.create(id));
    ids.forEach((id) => transfer.finish(id));
    server.hold();
    await settle();
    expect(server.reads).toHaveLength(1);
    await clock.advance(30_000);
    expect(server.reads).toHaveLength(1); // no answer yet: no second request
    server.release();
    await settle();
    uploadIds.forEach((uploadId, i) => {
      parts.parts.set(`p${i}`, aPart(`p${i}`));
      server.upsert(uploadId, { status: 'ready', part_id: `p${i}` });
    });
    await clock.advance(3000);
    // Each read starts from the version of the answer before it.
    expect(server.reads.map((r) => r.since)).toEqual([0, 6, 6].slice(0, server.reads.length));
    expect(ids.map((id) => overmind.state.uploads.byId[id]?.status)).toEqual(['ready', 'ready', 'ready']);
    const reads = server.reads.length;
    await clock.advance(60_000);
    expect(server.reads).toHaveLength(reads); // nothing unfinished: the loop stopped
    expect(clock.pending()).toBe(0);
    expect(overmind.state.parts.byId.p2?.status).toBe('ready');
    expect(parts.count('readMany')).toBe(1); // three ready rows, one request for their parts
  });

  it('backs off after errors and while nothing changes, and wakes up on a pushed event', async () => {
    const { overmind, transfer, server, clock } = createWorkspaceHarness();
    const [id] = overmind.actions.uploads.addFiles([dxf('a.dxf')]);
    await settle();
    transfer.finish(id!);
    server.failNext(2);
    await settle();
    await clock.advance(1999);
    expect(server.reads).toHaveLength(1);
    await clock.advance(1);
    expect(server.reads).toHaveLength(2);
    await clock.advance(4000);
    expect(server.reads).toHaveLength(3); // 2 s, then 4 s after errors
    await clock.advance(1500);
    expect(server.reads).toHaveLength(4); // quiet: 1.5 s
    overmind.actions.uploads.partChanged();
    await settle();
    expect(server.reads).toHaveLength(5); // a hint: now
  });
});

describe('uploads: a poll answer that arrives before the upload id', () => {
  it('keeps the answer and applies it when the id arrives, so the row does not wait forever', async () => {
    const { overmind, transfer, server, clock, parts } = createWorkspaceHarness();
    const [first, second] = overmind.actions.uploads.addFiles(files(2));
    await settle();
    transfer.finish(first!); // starts the poll loop
    await settle();
    const batch = overmind.state.uploads.byId[second!]!.batch;
    parts.parts.set('p2', aPart('p2'));
    server.upsert('early', { batch, name: 'part-1.dxf', status: 'ready', part_id: 'p2' });
    overmind.actions.uploads.partChanged();
    await settle();
    expect(overmind.state.uploads.unmatched.early?.status).toBe('ready');
    transfer.create(second!, 'early'); // the creation answer is handled only now
    transfer.finish(second!);
    await settle();
    expect(overmind.state.uploads.byId[second!]).toMatchObject({ status: 'ready', partId: 'p2' });
    expect(overmind.state.uploads.unmatched).toEqual({});
    await clock.advance(100);
    expect(overmind.state.parts.byId.p2?.id).toBe('p2');
  });
});

describe('uploads: failure and retry', () => {
  it('a lost connection fails retryably; retry resumes the same upload', async () => {
    const { overmind, transfer } = createWorkspaceHarness();
    const [id] = overmind.actions.uploads.addFiles([dxf('a.dxf')]);
    await settle();
    const uploadId = transfer.create(id!);
    transfer.fail(id!, { code: 'network', message: 'lost', retryable: true });
    await settle();
    expect(overmind.state.uploads.byId[id!]).toMatchObject({
      status: 'failed',
      code: 'network',
      retryable: true,
    });
    overmind.actions.uploads.retryInterrupted();
    await settle();
    expect(transfer.sent.at(-1)).toMatchObject({ key: id, uploadId });
    expect(overmind.state.uploads.byId[id!]).toMatchObject({ status: 'uploading', attempt: 1 });
  });

  it('a refusal is final: retry does nothing', async () => {
    const { overmind, transfer } = createWorkspaceHarness();
    const [id] = overmind.actions.uploads.addFiles([dxf('a.dxf')]);
    await settle();
    transfer.fail(id!, { code: 'invalid-input', message: 'no', retryable: false });
    await settle();
    overmind.actions.uploads.retryUpload(id!);
    await settle();
    expect(transfer.sent).toHaveLength(1);
    expect(overmind.state.uploads.byId[id!]?.status).toBe('failed');
  });

  it('a bad file fails with the reason from the server and cannot be retried', async () => {
    const { overmind, transfer, server, clock } = createWorkspaceHarness();
    const [id] = overmind.actions.uploads.addFiles([dxf('bad.dxf')]);
    await settle();
    const uploadId = transfer.create(id!);
    transfer.finish(id!);
    const error = { code: 'not-a-dxf', message: 'This is not a DXF file.' };
    server.upsert(uploadId, { status: 'failed', error, part_id: 'p9' });
    await clock.advance(1000);
    expect(overmind.state.uploads.byId[id!]).toMatchObject({ status: 'failed', ...error, retryable: false });
  });

  it('a transient processing failure is retried by processing the part again', async () => {
    const { overmind, transfer, server, clock, parts } = createWorkspaceHarness();
    const [id] = overmind.actions.uploads.addFiles([dxf('a.dxf')]);
    await settle();
    const uploadId = transfer.create(id!);
    transfer.finish(id!);
    parts.parts.set(
      'p1',
      aPart('p1', { status: 'failed', error: { code: 'processing-failed', message: 'x' } }),
    );
    server.upsert(uploadId, {
      status: 'failed',
      part_id: 'p1',
      error: { code: 'processing-failed', message: 'x' },
    });
    await clock.advance(1000);
    expect(overmind.state.uploads.byId[id!]).toMatchObject({
      status: 'failed',
      retryable: true,
      partId: 'p1',
    });
    overmind.actions.uploads.retryUpload(id!);
    await settle();
    expect(parts.count('reprocess')).toBe(1);
    expect(overmind.state.uploads.byId[id!]).toMatchObject({ status: 'processing', partId: 'p1' });
    parts.parts.set('p1', aPart('p1', { revision: 2 }));
    await clock.advance(2000);
    expect(overmind.state.uploads.byId[id!]).toMatchObject({ status: 'ready', partId: 'p1' });
  });

  it('cancel stops the upload, deletes it on the server and frees the slot; retry starts over', async () => {
    const { overmind, transfer, clock } = createWorkspaceHarness();
    const ids = overmind.actions.uploads.addFiles(files(5));
    await clock.advance(0); // the rest of the drop
    const uploadId = transfer.create(ids[0]!);
    overmind.actions.uploads.cancelUpload(ids[0]!);
    await settle();
    expect(transfer.terminated).toEqual([{ key: ids[0], uploadId }]);
    expect(overmind.state.uploads.byId[ids[0]!]).toMatchObject({
      status: 'failed',
      code: 'cancelled',
      uploadId: null,
    });
    expect(transfer.running()).toEqual(ids.slice(1, 5));
    overmind.actions.uploads.cancelUpload(ids[4]!); // running too
    overmind.actions.uploads.retryUpload(ids[0]!);
    await settle();
    expect(transfer.sent.filter((r) => r.key === ids[0]).map((r) => r.uploadId)).toEqual([null, null]);
  });
});

describe('uploads: selection and removal', () => {
  it('selects all, removes the selection, deletes ready parts, and forgets an emptied batch', async () => {
    const { overmind, transfer, server, clock, parts, durable } = createWorkspaceHarness();
    const ids = overmind.actions.uploads.addFiles(files(3));
    await settle();
    const uploadId = transfer.create(ids[0]!);
    transfer.finish(ids[0]!);
    parts.parts.set('p1', aPart('p1'));
    server.upsert(uploadId, { status: 'ready', part_id: 'p1' });
    await clock.advance(1000);
    overmind.actions.uploads.toggleSelected(ids[0]!);
    expect(overmind.state.uploads.selected).toEqual({ [ids[0]!]: true });
    overmind.actions.uploads.selectAll(true);
    expect(Object.keys(overmind.state.uploads.selected)).toEqual(ids);
    overmind.actions.uploads.removeSelected();
    await settle();
    expect(overmind.state.uploads.ids).toEqual([]);
    expect(overmind.state.uploads.batchIds).toEqual([]);
    expect(overmind.state.uploads.selected).toEqual({});
    expect(parts.count('remove')).toBe(1);
    expect(transfer.terminated.map((t) => t.key).sort()).toEqual(ids.slice(1).sort());
    expect(durable.storage.getItem('kerf.uploads.batches')).toBeNull();
  });
});

describe('uploads: reload', () => {
  it('rebuilds every row from the server and resumes unfinished files without hashing or sending twice', async () => {
    const first = createWorkspaceHarness();
    const ids = first.overmind.actions.uploads.addFiles(files(8, 1000));
    await first.clock.advance(0); // the rest of the drop
    // Rows 0-1 uploaded; row 2 half-way; row 3 created with nothing sent; 4-5 hashed; 6-7 waiting.
    const done = [ids[0]!, ids[1]!].map((id) => {
      const uploadId = first.transfer.create(id);
      first.transfer.finish(id);
      return uploadId;
    });
    await settle();
    const half = first.transfer.create(ids[2]!);
    first.durable.server.upsert(half, { offset: 500 });
    const created = first.transfer.create(ids[3]!);
    first.durable.server.upsert(done[0]!, { status: 'ready', part_id: 'p0' });
    expect(first.transfer.running()).toEqual(ids.slice(2, 6));

    const second = createWorkspaceHarness(first.durable); // the page reloads
    second.parts.parts.set('p0', aPart('p0'));
    await second.overmind.actions.uploads.restore();
    await settle();
    const state = second.overmind.state.uploads;
    const rows = () => state.ids.map((id) => [state.byId[id]?.name, state.byId[id]?.status]);
    expect(rows()).toEqual([
      ['part-0.dxf', 'ready'],
      ['part-1.dxf', 'processing'],
      ['part-2.dxf', 'uploading'],
      ['part-3.dxf', 'uploading'],
      ['part-4.dxf', 'uploading'],
      ['part-5.dxf', 'uploading'],
      ['part-6.dxf', 'queued'],
      ['part-7.dxf', 'queued'],
    ]);
    // Unfinished rows keep their ids (their resume data is keyed by them).
    expect(state.ids.slice(2)).toEqual(ids.slice(2));
    expect(state.byId[ids[2]!]).toMatchObject({ status: 'uploading', percent: 50 });
    expect(second.transfer.sent.map((r) => [r.key, r.uploadId])).toEqual([
      [ids[2], half],
      [ids[3], created],
      [ids[4], null],
      [ids[5], null],
    ]);
    for (const id of ids.slice(2)) {
      await settle();
      second.transfer.finish(id);
    }
    await settle();
    expect(second.hasher.hashed).toEqual(['part-6.dxf', 'part-7.dxf']); // the others' hashes were kept
    expect(second.transfer.sent.map((r) => r.key)).toEqual(ids.slice(2));
    expect(rows().map(([, status]) => status)).toEqual(['ready', ...Array(7).fill('processing')]);
    await second.clock.advance(100);
    expect(second.overmind.state.parts.byId.p0?.id).toBe('p0');
  });

  it('adopts uploads received whole whose creation answer a reload cut, so none is uploaded twice', async () => {
    const first = createWorkspaceHarness();
    const ids = first.overmind.actions.uploads.addFiles(files(3, 1000));
    await first.clock.advance(0);
    await settle();
    const batch = first.overmind.state.uploads.byId[ids[0]!]!.batch;
    // The creation requests carried the bytes and reached the server; their answers never arrived.
    first.durable.server.upsert('lost-0', { batch, name: 'part-0.dxf', size: 1000, offset: 1000 });
    first.durable.server.upsert('lost-0', { status: 'processing', part_id: 'p0' });
    first.durable.server.upsert('lost-1', { batch, name: 'part-1.dxf', size: 1000, offset: 400 });

    const second = createWorkspaceHarness(first.durable); // the page reloads
    await second.overmind.actions.uploads.restore();
    await settle();
    const state = second.overmind.state.uploads;
    expect(
      state.ids.map((id) => [state.byId[id]?.name, state.byId[id]?.status, state.byId[id]?.uploadId]),
    ).toEqual([
      ['part-0.dxf', 'processing', 'lost-0'],
      ['part-1.dxf', 'uploading', null],
      ['part-2.dxf', 'uploading', null],
    ]);
    // part-0, received whole, is not sent again. part-1's half upload may still be locked on the
    // server by the cut request, so the file starts again and the stray is hidden. part-2 starts.
    expect(second.transfer.sent.map((r) => [r.key, r.uploadId])).toEqual([
      [ids[1], null],
      [ids[2], null],
    ]);
    expect((await first.durable.journal.byBatch(batch)).find((e) => e.id === ids[0])?.uploadId).toBe(
      'lost-0',
    );
  });

  it('leaves out removed uploads and explains uploads whose file is gone', async () => {
    const first = createWorkspaceHarness();
    const ids = first.overmind.actions.uploads.addFiles(files(3));
    await settle();
    const [a, b] = [first.transfer.create(ids[0]!), first.transfer.create(ids[1]!)];
    first.overmind.actions.uploads.removeUpload(ids[2]!);
    first.durable.server.upsert('stranger', {
      batch: first.overmind.state.uploads.byId[ids[0]!]!.batch,
      name: 'other.dxf',
    });
    await first.durable.journal.delete([ids[1]!]); // e.g. storage cleared by the browser
    void a;
    const second = createWorkspaceHarness(first.durable);
    await second.overmind.actions.uploads.restore();
    const state = second.overmind.state.uploads;
    expect(state.ids.map((id) => state.byId[id]?.name)).toEqual(['part-0.dxf', 'part-1.dxf', 'other.dxf']);
    expect(state.byId[ids[2]!]).toBeUndefined();
    expect(state.byId[ids[0]!]?.status).toBe('uploading'); // resumes
    expect(state.byId[b]).toMatchObject({ status: 'failed', code: 'file-missing', retryable: false });
    expect(state.byId.stranger).toMatchObject({ status: 'failed', code: 'file-missing', retryable: false });
    expect(state.restore.status).toBe('done');
  });

  it('shows an error when the server cannot be reached, and can be asked again', async () => {
    const { overmind, server } = createWorkspaceHarness();
    server.failNext(1);
    server.upsert('u1', { batch: 'batch-0001' });
    await overmind.actions.uploads.restore();
    expect(overmind.state.uploads.restore.status).toBe('failed');
    await overmind.actions.uploads.restore();
    expect(overmind.state.uploads.restore.status).toBe('done');
    expect(overmind.state.uploads.ids).toEqual(['u1']);
  });
});
