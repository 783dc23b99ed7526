import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** The seeded demo sign-ins (see services/identity seed). */
export const demo = {
  password: 'kerf-demo-2026',
  admin: { email: 'admin@kerf.test', role: 'admin', name: 'Ada Admin', shown: 'Administrator' },
  estimator: { email: 'estimator@kerf.test', role: 'internal', name: 'Eric Estimator', shown: 'Estimator' },
  alice: { email: 'alice@acme.test', role: 'external', name: 'Alice Martin', shown: 'Customer' },
  bob: { email: 'bob@nordic.test', role: 'external', name: 'Bob Nilsson', shown: 'Customer' },
} as const;

/** Signs in through the sign-in page like a user would. */
export async function signIn(page: Page, email: string, password: string = demo.password): Promise<void> {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Fails on any serious or critical accessibility violation of the current page. */
export async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(serious, `axe violations on ${page.url()}`).toEqual([]);
}
