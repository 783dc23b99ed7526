/** The parts of the File and Directory Entries API that a drop walks (Chromium, Firefox, Safari). */
export interface EntryLike {
  isFile: boolean;
  isDirectory: boolean;
  name: string;
  /** Files: the file itself. */
  file?(success: (file: File) => void, failure?: (error: unknown) => void): void;
  /** Folders: a reader of their entries. */
  createReader?(): {
    readEntries(success: (entries: EntryLike[]) => void, failure?: (error: unknown) => void): void;
  };
}

/** A dropped item: its entry (to walk folders) or, where entries are missing, its file. */
export interface DroppedItem {
  kind: string;
  webkitGetAsEntry?(): EntryLike | null;
  getAsFile(): File | null;
}

/** How deep folders are walked: enough for any real project, and a guard against link loops. */
const MAX_DEPTH = 32;

function readAll(entry: EntryLike): Promise<EntryLike[]> {
  const reader = entry.createReader?.();
  if (!reader) return Promise.resolve([]);
  const all: EntryLike[] = [];
  // readEntries answers in chunks (100 at a time in Chromium) until it answers an empty list.
  return new Promise((resolve) => {
    const next = () =>
      reader.readEntries(
        (entries) => {
          if (entries.length === 0) return resolve(all);
          all.push(...entries);
          next();
        },
        () => resolve(all),
      );
    next();
  });
}

function fileOf(entry: EntryLike): Promise<File | null> {
  return new Promise((resolve) => {
    if (!entry.file) return resolve(null);
    entry.file(resolve, () => resolve(null));
  });
}

async function walk(entry: EntryLike, depth: number, out: File[]): Promise<void> {
  if (entry.isFile) {
    const file = await fileOf(entry);
    if (file) out.push(file);
    return;
  }
  if (!entry.isDirectory || depth >= MAX_DEPTH) return;
  // Hidden files (.DS_Store, ._part.dxf) come with folders, never on purpose.
  const children = (await readAll(entry))
    .filter((child) => !child.name.startsWith('.'))
    .sort((a, b) => a.name.localeCompare(b.name));
  for (const child of children) await walk(child, depth + 1, out);
}

/**
 * The files of a drop, folders walked recursively. Entries must be taken while the drop event runs
 * (the browser empties the data transfer afterwards): call this synchronously from the handler.
 */
export function filesFromDrop(
  items: ArrayLike<DroppedItem> | null,
  files: ArrayLike<File> | null,
): Promise<File[]> {
  const list = Array.from(items ?? []).filter((item) => item.kind === 'file');
  const entries = list.map((item) => item.webkitGetAsEntry?.() ?? null);
  if (list.length === 0 || entries.some((entry) => entry === null)) {
    return Promise.resolve(Array.from(files ?? []));
  }
  return (async () => {
    const out: File[] = [];
    for (const entry of entries) if (entry) await walk(entry, 0, out);
    return out;
  })();
}
