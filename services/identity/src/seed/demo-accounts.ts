import type { UserRole } from '@kerf/service-kit';

/** The password of every demo account. */
export const demoPassword = 'kerf-demo-2026';

/** The shop's own company. */
export const shopCompany = 'Kerf Laser Shop';

/** The demo companies, the shop first. */
export const demoCompanies: readonly string[] = [shopCompany, 'Acme Brackets', 'Nordic Panels'];

/** One demo sign-in, as the launcher prints it. */
export interface DemoAccount {
  readonly email: string;
  readonly password: string;
  readonly name: string;
  readonly role: UserRole;
  readonly company: string;
}

/** The demo sign-ins seeded on first start: an admin, an estimator and two customers of two companies. */
export const demoAccounts: readonly DemoAccount[] = [
  {
    email: 'admin@kerf.test',
    password: demoPassword,
    name: 'Ada Admin',
    role: 'admin',
    company: shopCompany,
  },
  {
    email: 'estimator@kerf.test',
    password: demoPassword,
    name: 'Eric Estimator',
    role: 'internal',
    company: shopCompany,
  },
  {
    email: 'alice@acme.test',
    password: demoPassword,
    name: 'Alice Martin',
    role: 'external',
    company: 'Acme Brackets',
  },
  {
    email: 'bob@nordic.test',
    password: demoPassword,
    name: 'Bob Nilsson',
    role: 'external',
    company: 'Nordic Panels',
  },
];
