import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ServiceClientId, ServiceClients } from '../ports/service-clients.ts';

/** Every client that gets a secret on first start. */
export const serviceClientIds: readonly ServiceClientId[] = ['bff', 'quotes', 'parts'];

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * Service secrets as files `<folder>/<client>.secret` (mode 0600), created on first start. On one
 * machine the other processes read their own file; on several machines the same value is given to
 * them as `SERVICE_SECRET` (see docs).
 */
export async function loadOrCreateServiceClients(folder: string): Promise<ServiceClients> {
  await mkdir(folder, { recursive: true, mode: 0o700 });
  const secrets = new Map<ServiceClientId, Buffer>();
  for (const id of serviceClientIds) {
    const file = join(folder, `${id}.secret`);
    let secret = await readFile(file, 'utf8').catch(() => null);
    if (secret === null) {
      secret = randomBytes(32).toString('base64url');
      await writeFile(file, secret, { mode: 0o600, flag: 'wx' }).catch(async () => {
        secret = await readFile(file, 'utf8'); // another process created it first
      });
    }
    secrets.set(id, digest(secret.trim()));
  }
  return {
    async verify(clientId, secret) {
      const expected = secrets.get(clientId);
      return expected !== undefined && timingSafeEqual(expected, digest(secret));
    },
  };
}
