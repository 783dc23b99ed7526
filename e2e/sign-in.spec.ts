import { expect, test } from '@playwright/test';
import { demo, expectNoSeriousA11yViolations, signIn } from './support.ts';

test.describe('signing in', () => {
  for (const account of [demo.admin, demo.estimator, demo.alice, demo.bob]) {
    test(`${account.email} (${account.role}) signs in and sees the empty quote workspace`, async ({
      page,
    }) => {
      await page.goto('/');
      await expect(page).toHaveURL(/\/sign-in/);
      await signIn(page, account.email);
      await expect(page).toHaveURL(/\/quotes\/new$/);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
      await expect(page.getByRole('banner')).toContainText(account.name);
      await expect(page.getByRole('banner')).toContainText(account.shown);
    });
  }

  test('a wrong password shows an error next to the form and no hint which field was wrong', async ({
    page,
  }) => {
    await page.goto('/sign-in');
    await signIn(page, demo.alice.email, 'not-the-password');
    const alert = page.getByRole('alert');
    await expect(alert).toBeVisible();
    await expect(alert).toContainText(/email or (the )?password/i);
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test('an empty form gets messages next to each field', async ({ page }) => {
    await page.goto('/sign-in');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByLabel('Email')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel('Password')).toHaveAttribute('aria-invalid', 'true');
  });

  test('signing out ends the session: the old cookie no longer works', async ({ page, context, request }) => {
    await page.goto('/sign-in');
    await signIn(page, demo.estimator.email);
    await expect(page).toHaveURL(/\/quotes\/new$/);
    const cookies = await context.cookies();
    const session = cookies.find((c) => c.name === 'kerf_session');
    expect(session?.httpOnly).toBe(true);
    expect(session?.sameSite).toBe('Strict');
    const header = { cookie: `kerf_session=${session?.value}` };
    expect((await request.get('/api/session', { headers: header })).status()).toBe(200);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    expect((await request.get('/api/session', { headers: header })).status()).toBe(401);
    const storage = await page.evaluate(
      () => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }),
    );
    expect(storage).not.toMatch(/eyJ/); // no JWT anywhere in web storage
  });

  test('a deep link survives the sign-in detour', async ({ page }) => {
    await page.goto('/quotes/new?from=mail');
    await expect(page).toHaveURL(/\/sign-in\?redirect=/);
    await signIn(page, demo.alice.email);
    await expect(page).toHaveURL(/\/quotes\/new\?from=mail$/);
  });

  test('the sign-in form works with the keyboard alone', async ({ page }) => {
    await page.goto('/sign-in');
    const email = page.getByLabel('Email');
    for (let i = 0; i < 10 && !(await email.evaluate((el) => el === document.activeElement)); i += 1) {
      await page.keyboard.press('Tab');
    }
    await expect(email).toBeFocused();
    await page.keyboard.type(demo.bob.email);
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Password')).toBeFocused();
    await page.keyboard.type(demo.password);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/quotes\/new$/);
  });
});

test.describe('language', () => {
  test('switching to French translates the page and persists across a reload', async ({ page }) => {
    await page.goto('/sign-in');
    await page.getByLabel('Language').selectOption('fr');
    await expect(page.getByRole('button', { name: 'Se connecter' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await page.reload();
    await expect(page.getByLabel('Mot de passe')).toBeVisible();
    await page.getByLabel('E-mail').fill(demo.alice.email);
    await page.getByLabel('Mot de passe').fill(demo.password);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await expect(page.getByRole('button', { name: 'Se déconnecter' })).toBeVisible();
  });
});

test.describe('accessibility', () => {
  test('every page passes axe with no serious or critical violation', async ({ page }) => {
    await page.goto('/sign-in');
    await expectNoSeriousA11yViolations(page);
    await signIn(page, demo.estimator.email);
    await expect(page).toHaveURL(/\/quotes\/new$/);
    await expectNoSeriousA11yViolations(page);
    await page.goto('/no-such-page');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });
});
