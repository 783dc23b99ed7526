import { describe, expect, it } from 'vitest';
import { findBreakingChanges } from './breaking-changes.ts';
import type { JsonObject } from '../json-ref.ts';

/** A small materials contract; each test derives a second version from it. */
function spec(): JsonObject {
  return {
    openapi: '3.1.0',
    paths: {
      '/materials': {
        get: {
          operationId: 'listMaterials',
          parameters: [{ name: 'limit', in: 'query', required: false, schema: { type: 'integer' } }],
          responses: {
            '200': {
              description: 'ok',
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    required: ['items'],
                    properties: {
                      items: { type: 'array', items: { $ref: '#/components/schemas/Material' } },
                    },
                  },
                },
              },
            },
          },
        },
        post: {
          operationId: 'createMaterial',
          requestBody: {
            required: true,
            content: { 'application/json': { schema: { $ref: '#/components/schemas/NewMaterial' } } },
          },
          responses: { '201': { description: 'created' } },
        },
      },
    },
    components: {
      schemas: {
        Material: {
          type: 'object',
          required: ['id', 'name', 'thickness'],
          properties: {
            id: { type: 'string' },
            name: { type: 'string' },
            thickness: { type: 'number' },
            note: { type: 'string' },
          },
        },
        NewMaterial: {
          type: 'object',
          required: ['name'],
          properties: {
            name: { type: 'string' },
            thickness: { type: 'number' },
            quality: { type: 'string', enum: ['steel', 'alu'] },
          },
        },
      },
    },
  };
}

type Edit = (s: any) => void; // eslint-disable-line @typescript-eslint/no-explicit-any -- free-form edits of a test document
const changed = (edit: Edit) => {
  const after = structuredClone(spec());
  edit(after);
  return findBreakingChanges(spec(), after).map((c) => `${c.operation}: ${c.message}`);
};

describe('findBreakingChanges', () => {
  it('flags a removed response field', () => {
    expect(changed((s) => delete s.components.schemas.Material.properties.note)).toEqual([
      'GET /materials: response 200.items[].note: response field removed',
    ]);
  });

  it('flags a new required query parameter', () => {
    expect(
      changed((s) =>
        s.paths['/materials'].get.parameters.push({
          name: 'company',
          in: 'query',
          required: true,
          schema: { type: 'string' },
        }),
      ),
    ).toEqual(['GET /materials: query:company: new required parameter']);
  });

  it('flags a request field made required', () => {
    expect(changed((s) => s.components.schemas.NewMaterial.required.push('thickness'))).toEqual([
      'POST /materials: body.thickness: request field is now required',
    ]);
  });

  it('flags a response field made optional', () => {
    expect(changed((s) => (s.components.schemas.Material.required = ['id', 'name']))).toEqual([
      'GET /materials: response 200.items[].thickness: response field is now optional',
    ]);
  });

  it('flags removed operations, narrowed request enums and changed types', () => {
    expect(changed((s) => delete s.paths['/materials'].post)).toEqual(['POST /materials: operation removed']);
    expect(changed((s) => (s.components.schemas.NewMaterial.properties.quality.enum = ['steel']))).toEqual([
      'POST /materials: body.quality: no longer accepts "alu"',
    ]);
    expect(changed((s) => (s.components.schemas.Material.properties.thickness.type = 'string'))).toEqual([
      'GET /materials: response 200.items[].thickness: type changed from number to string',
    ]);
  });

  it('passes a safe evolution: new optional field and parameter, new response field, new operation', () => {
    expect(
      changed((s) => {
        s.components.schemas.NewMaterial.properties.density = { type: 'number' };
        s.components.schemas.Material.properties.density = { type: 'number' };
        s.components.schemas.Material.required.push('density');
        s.components.schemas.NewMaterial.properties.quality.enum.push('copper');
        s.paths['/materials'].get.parameters.push({
          name: 'search',
          in: 'query',
          required: false,
          schema: { type: 'string' },
        });
        s.paths['/materials/{id}'] = {
          get: { operationId: 'getMaterial', responses: { '200': { description: 'ok' } } },
        };
      }),
    ).toEqual([]);
  });
});
