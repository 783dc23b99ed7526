import type { ValidateFunction } from 'ajv/dist/2020.js';
import { listOperations } from './operations.ts';
import type { OperationDescriptor } from './operations.ts';
import { createSchemaCompiler, fieldErrors } from './schema-compiler.ts';
import { loadSpec } from './spec.ts';

/** Checks responses against the response schemas of a spec (for route tests). */
export interface ContractChecker {
  /**
   * Resolves to the parsed JSON body when the response's status, content type and body match what the
   * contract documents for the operation; throws an Error listing every mismatch otherwise.
   */
  assertResponse(operationId: string, response: Response): Promise<unknown>;
  /** The mismatches of a status, content type and parsed body; empty when they match. */
  check(operationId: string, status: number, contentType: string | null, body: unknown): string[];
}

/** Loads a spec and compiles its response schemas for {@link ContractChecker}. */
export function createContractChecker(specFile: string): ContractChecker {
  const spec = loadSpec(specFile);
  const compiler = createSchemaCompiler(spec, `urn:kerf:spec:${specFile}`);
  const operations = new Map(listOperations(spec).map((operation) => [operation.operationId, operation]));
  const cache = new Map<string, ValidateFunction>();

  const check: ContractChecker['check'] = (operationId, status, contentType, body) => {
    const operation = operations.get(operationId);
    if (!operation) return [`unknown operationId ${operationId}`];
    const documented = responseFor(operation, status);
    if (!documented) return [`status ${status} is not documented for ${operationId}`];
    const content = documented.content ?? {};
    const mediaTypes = Object.keys(content);
    if (mediaTypes.length === 0) return body === undefined ? [] : [`status ${status} documents no body`];
    const mediaType = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
    const media = content[mediaType];
    if (!media) return [`content type ${mediaType || '(none)'} is not one of ${mediaTypes.join(', ')}`];
    const key = `${operationId} ${status} ${mediaType}`;
    let validate = cache.get(key);
    if (!validate) {
      validate = compiler.compileResponse(media.schema ?? {});
      cache.set(key, validate);
    }
    if (validate(body)) return [];
    return fieldErrors('body', validate.errors).map((error) => `${error.field} ${error.message}`);
  };

  return {
    check,
    async assertResponse(operationId, response) {
      const text = await response.clone().text();
      const contentType = response.headers.get('content-type');
      let body: unknown = undefined;
      if (text !== '') {
        try {
          body = JSON.parse(text);
        } catch {
          body = text;
        }
      }
      const problems = check(operationId, response.status, contentType, body);
      if (problems.length > 0) {
        throw new Error(
          `${operationId} ${response.status} breaks the contract:\n- ${problems.join('\n- ')}\n${text}`,
        );
      }
      return body;
    },
  };
}

function responseFor(operation: OperationDescriptor, status: number) {
  return (
    operation.responses[String(status)] ??
    operation.responses[`${String(status)[0]}XX`] ??
    operation.responses.default ??
    null
  );
}
