import type { BlockDef, DxfEntity } from './dxf-entities.ts';
import { GeometryFailure } from './geometry-error.ts';
import { parseEntity } from './parse-entity.ts';
import type { ReadContext } from './read-context.ts';
import { floatSlots, type TagReader } from './tag-reader.ts';

/** Everything the engine needs from a DXF file. */
export interface DxfDocument {
  /** $ACADVER as found, null when absent. */
  acadver: string | null;
  /** $INSUNITS, null when absent. */
  insunits: number | null;
  /** $MEASUREMENT, null when absent. */
  measurement: number | null;
  /** True when the file has a HEADER section. */
  hasHeader: boolean;
  /** Block definitions by upper-case name. */
  blocks: Map<string, BlockDef>;
  /** Model-space entities in file order. */
  entities: DxfEntity[];
}

/** `readFloats` slots that read nothing: stopping at 0 only, or at 0 and 9 (the next header variable). */
const NO_SLOTS = floatSlots([]);
const HEADER_STOPS = floatSlots([], [9]);
const NO_FLOATS = new Float64Array(0);

/** Reads sections, header variables, blocks and model-space entities from a tag stream. */
export function readDxf(r: TagReader, ctx: ReadContext): DxfDocument {
  const doc: DxfDocument = {
    acadver: null,
    insunits: null,
    measurement: null,
    hasHeader: false,
    blocks: new Map(),
    entities: [],
  };
  let sawEof = false;
  let open: string | null = null;
  let more = r.next();
  while (more) {
    if (r.code === 0 && r.is('SECTION')) {
      more = r.next();
      if (!more) break;
      open = (r.code as number) === 2 ? r.upperStr() : '';
      more = readSection(r, open, doc, ctx);
      if (r.code === 0 && r.is('ENDSEC')) {
        open = null;
        more = r.next();
      }
    } else if (r.code === 9) {
      // A header variable outside HEADER (seen in real files with a misplaced ENDSEC).
      more = readHeaderVar(r, doc);
    } else if (r.code === 0 && r.is('EOF')) {
      sawEof = true;
      break;
    } else more = r.next();
  }
  if (!sawEof && open !== null) {
    throw new GeometryFailure(
      'unreadable',
      `the file ends inside the ${open || 'unnamed'} section (truncated)`,
    );
  }
  if (!sawEof) ctx.warn('missing_eof');
  return doc;
}

/** Reads one section body; returns with `0 ENDSEC` (or `0 EOF`) current, or false at the end. */
function readSection(r: TagReader, name: string, doc: DxfDocument, ctx: ReadContext): boolean {
  if (name === 'HEADER') doc.hasHeader = true;
  // Nothing outside these three is used: CLASSES, TABLES, OBJECTS and THUMBNAILIMAGE are a fifth of
  // a typical file's bytes.
  else if (name !== 'ENTITIES' && name !== 'BLOCKS' && r.skipSection()) return true;
  let more = r.next();
  while (more) {
    if (r.code === 0 && (r.is('ENDSEC') || r.is('EOF'))) return true;
    if (r.code === 0 && r.is('SECTION')) return true;
    if (name === 'HEADER' && r.code === 9) more = readHeaderVar(r, doc);
    else if (name === 'ENTITIES' && r.code === 0) more = readEntityInto(r, doc.entities, ctx, true);
    else if (name === 'BLOCKS' && r.code === 0 && r.is('BLOCK')) more = readBlock(r, doc, ctx);
    else more = r.next();
  }
  return false;
}

/** Reads a `9 $NAME` header variable; returns with the next tag current. */
function readHeaderVar(r: TagReader, doc: DxfDocument): boolean {
  // Which of the three variables we read (the name compared as `str().trim().toUpperCase()`, without building it).
  const which = r.upperIs('$ACADVER') ? 1 : r.upperIs('$INSUNITS') ? 2 : r.upperIs('$MEASUREMENT') ? 3 : 0;
  // A variable not read: its pairs skipped in readFloats's loop, up to the next variable or section end.
  if (which === 0) return r.readFloats(NO_FLOATS, 0, HEADER_STOPS);
  let more = r.next();
  while (more && r.code !== 9 && r.code !== 0) {
    if (which === 1 && r.code === 1) doc.acadver = r.str().trim();
    else if (which === 2 && r.code === 70) doc.insunits = finiteOrNull(r.int());
    else if (which === 3 && r.code === 70) doc.measurement = finiteOrNull(r.int());
    more = r.next();
  }
  return more;
}

function finiteOrNull(v: number): number | null {
  return Number.isFinite(v) ? v : null;
}

/** Reads one entity at `0 TYPE` into `out` unless it is in paperspace or a sub-entity. */
function readEntityInto(r: TagReader, out: DxfEntity[], ctx: ReadContext, modelOnly: boolean): boolean {
  const type = r.upperStr();
  if (type === 'VERTEX' || type === 'SEQEND' || type === 'ATTRIB' || type === 'ATTDEF' || type === '') {
    // Orphans and sub-entities of INSERT/POLYLINE are not entities of their own.
    return r.readFloats(NO_FLOATS, 0, NO_SLOTS);
  }
  const parsed = parseEntity(r, type, ctx);
  if ((ctx.entities & 511) === 0) ctx.progress(r.progress() * 0.5);
  if (parsed.entity && !(modelOnly && parsed.paperspace)) out.push(parsed.entity);
  return r.code === 0;
}

/** Reads `0 BLOCK` ... `0 ENDBLK`; returns with the tag after ENDBLK's data current. */
function readBlock(r: TagReader, doc: DxfDocument, ctx: ReadContext): boolean {
  let name = '';
  let bx = 0;
  let by = 0;
  let more = r.next();
  while (more && r.code !== 0) {
    if (r.code === 2) name = r.str();
    else if (r.code === 10) bx = r.float();
    else if (r.code === 20) by = r.float();
    more = r.next();
  }
  const entities: DxfEntity[] = [];
  while (more && r.code === 0 && !r.is('ENDBLK') && !r.is('ENDSEC') && !r.is('BLOCK')) {
    more = readEntityInto(r, entities, ctx, false);
  }
  if (more && r.code === 0 && r.is('ENDBLK')) {
    more = r.next();
    while (more && r.code !== 0) more = r.next();
  }
  const key = name.toUpperCase();
  if (!doc.blocks.has(key)) doc.blocks.set(key, { name, bx, by, entities });
  return more;
}
