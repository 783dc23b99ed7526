import { fail, ok, story } from '@kerf/service-kit';
import type { Company } from '../ports/company-repository.ts';
import type { DemoAccount } from '../seed/demo-accounts.ts';
import type { IdentityPorts } from './identity-deps.ts';

/**
 * Seeds the demo companies and accounts into an empty store. Once any user exists nothing is seeded,
 * so a second start never writes over user data.
 */
export function seedDemo({
  users,
  companies,
  passwords,
}: Pick<IdentityPorts, 'users' | 'companies' | 'passwords'>) {
  return story<{ companies: readonly string[]; accounts: readonly DemoAccount[] }>('seedDemo')
    .step('empty', async () => ok((await users.count()) === 0))
    .step('companies', async ({ input, empty }) => {
      const byName = new Map<string, Company>();
      if (!empty) return ok(byName);
      for (const name of input.companies) {
        const found = await companies.findByName(name);
        const created = found ? ok(found) : await companies.create(name);
        if (!created.ok) return fail(created.reason);
        byName.set(name, created.data);
      }
      return ok(byName);
    })
    .step('accounts', async ({ input, empty, companies: byName }) => {
      if (!empty) return ok(0);
      for (const account of input.accounts) {
        const company = byName.get(account.company);
        if (!company) return fail('unknown-company' as const);
        const created = await users.create({
          email: account.email,
          name: account.name,
          role: account.role,
          companyId: company.id,
          passwordHash: await passwords.hash(account.password),
        });
        if (!created.ok) return fail(created.reason);
      }
      return ok(input.accounts.length);
    })
    .returns(({ accounts }) => ({ seeded: accounts }));
}
