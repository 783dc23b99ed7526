import type { BlockDef, DxfEntity, InsertEntity } from './dxf-entities.ts';
import { entityType } from './dxf-entities.ts';
import { makeEdge, type Edge } from './edge.ts';
import { PS, transformPrims } from './prim-data.ts';
import { CUT_TYPES, entityProto, newProto, type Proto } from './entity-proto.ts';
import { ocsToWcsXY, isDefaultExtrusion } from './ocs.ts';
import { compose, IDENTITY, isIdentity, transformSpline, type Affine } from './primitives.ts';
import type { ReadContext } from './read-context.ts';

/** Everything block explosion produces. */
export interface Exploded {
  edges: Edge[];
  entityCounts: Record<string, number>;
  explodedCounts: Record<string, number>;
  ignoredCounts: Record<string, number>;
  layers: Set<string>;
  /** TEXT and MTEXT placed copies. */
  textCount: number;
}

interface Walk {
  ctx: ReadContext;
  blocks: Map<string, BlockDef>;
  maxDepth: number;
  tinyLen: number;
  ignoreLayers: Set<string>;
  protoCache: Map<DxfEntity, Proto | null>;
  stack: Set<string>;
  out: Exploded;
  /**
   * Entities of one type and one layer come in runs: the type's count is kept here until the type
   * changes (a keyed update of `explodedCounts` per entity cost more), the layer is added to the
   * set and looked up among the ignored ones only when it changes.
   */
  runType: string;
  runCount: number;
  lastLayer: string | null;
  lastLayerIgnored: boolean;
}

/** Proto of entities placed once (top level): filled in place rather than allocated per entity. */
const scratchProto = newProto();

/** Replaces INSERTs recursively by their blocks' entities (DEFINITIONS.md "Block explosion"). */
export function explode(
  entities: DxfEntity[],
  blocks: Map<string, BlockDef>,
  ctx: ReadContext,
  maxDepth: number,
  ignoreLayers: string[],
  tinyLen: number,
): Exploded {
  const out: Exploded = {
    edges: [],
    entityCounts: {},
    explodedCounts: {},
    ignoredCounts: {},
    layers: new Set(),
    textCount: 0,
  };
  const w: Walk = {
    ctx,
    blocks,
    maxDepth,
    tinyLen,
    ignoreLayers: new Set(ignoreLayers),
    protoCache: new Map(),
    stack: new Set(),
    out,
    runType: '',
    runCount: 0,
    lastLayer: null,
    lastLayerIgnored: false,
  };
  // Entities are counted by type (keys in order of first appearance) a run of one type at a time,
  // in the placing loop: the type of an entity (a megamorphic read) is taken once for both.
  const counts = out.entityCounts;
  let runType = '';
  let run = 0;
  for (let i = 0; i < entities.length; i++) {
    const e = entities[i] as DxfEntity;
    const type = entityType(e);
    if (type !== runType) {
      if (run > 0) counts[runType] = (counts[runType] as number) + run;
      if (counts[type] === undefined) counts[type] = 0;
      runType = type;
      run = 0;
    }
    run++;
    placeEntity(w, e, type, IDENTITY, null, 0);
    if ((i & 255) === 0) ctx.progress(0.5 + (0.2 * i) / entities.length);
  }
  if (run > 0) counts[runType] = (counts[runType] as number) + run;
  endRun(w);
  return out;
}

/** Adds the count of the current run of one type to `explodedCounts`. */
function endRun(w: Walk): void {
  if (w.runCount > 0) (w.out.explodedCounts[w.runType] as number) += w.runCount;
  w.runCount = 0;
}

/** Places entity `e` of type `type` (`entityType(e)`, which the caller has at hand) through map `m`. */
function placeEntity(
  w: Walk,
  e: DxfEntity,
  type: string,
  m: Affine,
  parentLayer: string | null,
  depth: number,
): void {
  const layer = parentLayer !== null && e.layer === '0' ? parentLayer : e.layer;
  // Only an INSERT has the type INSERT; the kind test (rarely reached) narrows `e` for the compiler.
  if (type === 'INSERT' && e.kind === 'INSERT') {
    placeInsert(w, e, m, layer, depth);
    return;
  }
  const out = w.out;
  if (type !== w.runType) {
    endRun(w);
    w.runType = type;
    // The key is added at the first entity of its type, as the counts' order has always been.
    if (out.explodedCounts[type] === undefined) out.explodedCounts[type] = 0;
  }
  w.runCount++;
  if (layer !== w.lastLayer) {
    out.layers.add(layer);
    w.lastLayer = layer;
    w.lastLayerIgnored = w.ignoreLayers.has(layer);
  }
  if (type === 'TEXT' || type === 'MTEXT') out.textCount++;
  // Block entities are converted once and placed many times; top-level ones only once.
  let proto = depth > 0 ? w.protoCache.get(e) : undefined;
  if (proto === undefined) {
    proto = entityProto(e, w.ctx, depth > 0 ? newProto() : scratchProto);
    if (depth > 0) w.protoCache.set(e, proto);
  }
  if (!proto) {
    if (!CUT_TYPES.has(type) || (e.kind === 'POLYLINE' && e.mesh)) {
      out.ignoredCounts[type] = (out.ignoredCounts[type] ?? 0) + 1;
    }
    return;
  }
  if (w.lastLayerIgnored) return;
  w.ctx.countPrimitives(proto.spl ? 1 : proto.pd.length / PS);
  w.ctx.tick();
  const same = isIdentity(m);
  const pd = same || proto.pd.length === 0 ? proto.pd : transformPrims(proto.pd, m);
  const spl = proto.spl && !same ? transformSpline(proto.spl, m) : proto.spl;
  out.edges.push(makeEdge(proto.type, layer, pd, spl, proto.closedFlag, w.tinyLen));
}

function placeInsert(w: Walk, ins: InsertEntity, m: Affine, layer: string, depth: number): void {
  const ctx = w.ctx;
  // Every placement is work even when it yields nothing (deep or empty nesting): count it and watch the clock.
  ctx.countPrimitives(1);
  ctx.tick();
  const key = ins.name.toUpperCase();
  const block = w.blocks.get(key);
  if (!block) {
    ctx.warn('missing_block');
    return;
  }
  if (depth + 1 > w.maxDepth) {
    ctx.warn('insert_nesting_too_deep');
    return;
  }
  if (w.stack.has(key)) {
    ctx.warn('block_inserts_itself');
    return;
  }
  const nums = [
    ins.x,
    ins.y,
    ins.z,
    ins.sx,
    ins.sy,
    ins.rotation,
    ins.colSpacing,
    ins.rowSpacing,
    ins.ex,
    ins.ey,
    ins.ez,
  ];
  if (!nums.every(Number.isFinite) || !Number.isFinite(block.bx) || !Number.isFinite(block.by)) {
    ctx.warn('non_finite_geometry_skipped:INSERT');
    return;
  }
  if (!isDefaultExtrusion(ins.ex, ins.ey, ins.ez) && !(ins.ex === 0 && ins.ey === 0))
    ctx.warn('insert_extrusion_not_z');
  if (Math.abs(Math.abs(ins.sx) - Math.abs(ins.sy)) > 1e-9 * Math.max(Math.abs(ins.sx), Math.abs(ins.sy)))
    ctx.warn('non_uniform_scaled_insert');
  const cols = ins.colSpacing === 0 ? 1 : Math.max(1, ins.cols | 0);
  const rows = ins.rowSpacing === 0 ? 1 : Math.max(1, ins.rows | 0);
  if (cols * rows > 1) ctx.countPrimitives((cols * rows - 1) * Math.max(1, block.entities.length));
  w.stack.add(key);
  const ocs = ocsToWcsXY(ins.ex, ins.ey, ins.ez, ins.z);
  for (let row = 0; row < rows; row++) {
    for (let col = 0; col < cols; col++) {
      const local = insertMap(ins, block, col * ins.colSpacing, row * ins.rowSpacing);
      const full = compose(m, compose(ocs, local));
      for (const child of block.entities) placeEntity(w, child, entityType(child), full, layer, depth + 1);
    }
  }
  w.stack.delete(key);
}

/** R(rotation) * S(sx, sy) * (p - base) + insert + R(rotation) * (gx, gy), in the INSERT's OCS. */
function insertMap(ins: InsertEntity, block: BlockDef, gx: number, gy: number): Affine {
  const rad = (ins.rotation * Math.PI) / 180;
  const cos = Math.cos(rad);
  const sin = Math.sin(rad);
  const a = cos * ins.sx;
  const b = -sin * ins.sy;
  const c = sin * ins.sx;
  const d = cos * ins.sy;
  const ox = ins.x + cos * gx - sin * gy;
  const oy = ins.y + sin * gx + cos * gy;
  return { a, b, c, d, e: ox - (a * block.bx + b * block.by), f: oy - (c * block.bx + d * block.by) };
}
