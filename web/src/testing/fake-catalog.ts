import type { CatalogMaterial, CuttingParameter, Quality, User } from '@kerf/state';

const at = '2026-01-01T00:00:00.000Z';

/** The seeded qualities of the fake catalog. */
export const QUALITIES: Quality[] = [
  { id: 'aluminium', name: 'Aluminium', density: 2700, created_at: at },
  { id: 'mild-steel', name: 'Mild steel', density: 7850, created_at: at },
  { id: 'stainless', name: 'Stainless steel', density: 8000, created_at: at },
];
const PRICES: Record<string, number> = { aluminium: 4, 'mild-steel': 1.2, stainless: 4.5 };
const THICKNESSES = [1, 2, 3, 4, 5, 6, 8, 10];

const json = (body: unknown, status = 200) => Response.json(body, { status });
const problem = (status: number, code: string, errors: { field: string; message: string }[] = []) =>
  Response.json(
    { type: 'about:blank', title: code, status, code, errors },
    { status, headers: { 'content-type': 'application/problem+json' } },
  );

function compare(ordering: string[]) {
  const keys = [...ordering, 'id'];
  return (a: CatalogMaterial, b: CatalogMaterial) => {
    for (const entry of keys) {
      const key = entry.replace(/^-/, '') as keyof CatalogMaterial;
      const [x, y] = [a[key], b[key]];
      if (x === y) continue;
      const order = (x ?? '') < (y ?? '') ? -1 : 1;
      return entry.startsWith('-') ? -order : order;
    }
    return 0;
  };
}

/**
 * An in-memory catalog service behind `/api/catalog`, as the BFF forwards it: the seed of 24 materials
 * (3 qualities x 8 thicknesses) and their cutting parameters, the public shape for external users, 403
 * on what they may not do, problem+json with field errors, duplicates, and materials in use.
 */
export function createFakeCatalog() {
  const materials: CatalogMaterial[] = QUALITIES.flatMap((quality) =>
    THICKNESSES.map((thickness) => ({
      id: `${quality.id}-${thickness}`,
      name: quality.name,
      quality: quality.id,
      thickness,
      density: quality.density,
      price_per_kg: PRICES[quality.id]!,
      is_active: true,
      created_at: at,
      updated_at: at,
    })),
  );
  const parameters: CuttingParameter[] = materials.map((m) => ({
    id: `cp-${m.id}`,
    quality: m.quality,
    thickness: m.thickness,
    speed_mm_per_min: 20000 / m.thickness,
    pierce_time_s: m.thickness / 10,
    created_at: at,
    updated_at: at,
  }));
  /** Materials that quote lines use: deleting them is refused. */
  const inUse = new Set<string>(['mild-steel-3']);

  function list(url: URL, external: boolean): Response {
    const q = url.searchParams;
    const ordering = (q.get('ordering') ?? 'quality,thickness,name').split(',');
    if (external && ordering.some((key) => key.replace(/^-/, '') === 'price_per_kg')) {
      return problem(400, 'invalid-input', [{ field: 'query.ordering', message: 'not allowed' }]);
    }
    const search = q.get('search')?.toLowerCase() ?? '';
    const matches = materials
      .filter((m) =>
        external ? m.is_active : q.get('is_active') === null || String(m.is_active) === q.get('is_active'),
      )
      .filter((m) => m.name.toLowerCase().includes(search) && (q.get('quality') ?? m.quality) === m.quality)
      .sort(compare(ordering));
    const offset = Number(q.get('offset') ?? 0);
    const items = matches.slice(offset, offset + Number(q.get('limit') ?? 50));
    const shown = external
      ? items.map(({ id, name, quality, thickness, density, is_active }) => ({
          id,
          name,
          quality,
          thickness,
          density,
          is_active,
        }))
      : items;
    return json({ count: matches.length, items: shown });
  }

  async function write(request: Request, id: string | null): Promise<Response> {
    const body = (await request.json()) as Partial<CatalogMaterial>;
    if (body.thickness !== undefined && (body.thickness <= 0 || body.thickness > 100)) {
      return problem(400, 'invalid-input', [{ field: 'body.thickness', message: 'must be <= 100' }]);
    }
    const current = id === null ? null : materials.find((m) => m.id === id);
    if (id !== null && !current) return problem(404, 'not-found');
    const next = {
      ...(current ?? { id: `new-${materials.length}`, density: 7850, created_at: at }),
      ...body,
      updated_at: at,
    };
    const clash = materials.find(
      (m) =>
        m.id !== next.id &&
        m.name.toLowerCase() === next.name?.toLowerCase() &&
        m.thickness === next.thickness,
    );
    if (clash) return problem(409, 'duplicate-material');
    if (current) Object.assign(current, next);
    else materials.push(next as CatalogMaterial);
    return json(next, current ? 200 : 201);
  }

  /** Answers a request to `/api/catalog/...` for this user. */
  async function handle(request: Request, user: User): Promise<Response> {
    const url = new URL(request.url);
    const path = url.pathname.replace(/^\/api\/catalog/, '');
    const external = user.role === 'external';
    const [, resource, id, verb] = path.split('/');
    if (resource === 'qualities') return json({ count: QUALITIES.length, items: QUALITIES });
    if (resource === 'materials' && request.method === 'GET' && !id) return list(url, external);
    if (external) return problem(403, 'forbidden');
    if (resource === 'materials') {
      const material = materials.find((m) => m.id === id);
      if (request.method === 'POST' && !id) return write(request, null);
      if (!material) return problem(404, 'not-found');
      if (request.method === 'PATCH') return write(request, material.id);
      if (verb === 'deactivate') return json(Object.assign(material, { is_active: false }));
      if (request.method === 'DELETE') {
        if (inUse.has(material.id)) return problem(409, 'material-in-use');
        materials.splice(materials.indexOf(material), 1);
        return new Response(null, { status: 204 });
      }
    }
    if (resource === 'cutting-parameters') {
      const q = url.searchParams;
      if (request.method === 'GET') {
        const matches = parameters.filter((p) => (q.get('quality') ?? p.quality) === p.quality);
        const offset = Number(q.get('offset') ?? 0);
        return json({
          count: matches.length,
          items: matches.slice(offset, offset + Number(q.get('limit') ?? 50)),
        });
      }
      const parameter = parameters.find((p) => p.id === id);
      if (!parameter) return problem(404, 'not-found');
      if (request.method === 'PATCH') return json(Object.assign(parameter, await request.json()));
      parameters.splice(parameters.indexOf(parameter), 1);
      return new Response(null, { status: 204 });
    }
    return problem(404, 'not-found');
  }

  return { materials, parameters, inUse, handle };
}
