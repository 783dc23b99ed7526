import { createOvermindPlugin } from '@kerf/state/vue';
import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import { createKerfI18n } from '../i18n/create-i18n.ts';
import { createAppRouter } from '../router/create-app-router.ts';
import { ADA, createFakeBff, PASSWORD } from '../testing/fake-bff.ts';
import SignInContainer from './SignInContainer.vue';

async function mountSignIn(
  locale: 'en' | 'fr' = 'en',
  path = '/sign-in?redirect=%2Fquotes%2Fnew%3Fdeep%3D1',
) {
  const bff = createFakeBff();
  const router = createAppRouter(createMemoryHistory(), bff.overmind);
  await router.push(path);
  const wrapper = mount(SignInContainer, {
    attachTo: document.body,
    global: { plugins: [createOvermindPlugin(bff.overmind), createKerfI18n(locale), router] },
  });
  const field = (label: string) => {
    const id = wrapper
      .findAll('label')
      .find((l) => l.text() === label)!
      .attributes('for');
    return wrapper.get(`#${id}`);
  };
  return { ...bff, router, wrapper, field };
}

describe('SignInContainer', () => {
  it('renders labelled email and password fields and a submit button', async () => {
    const { wrapper, field } = await mountSignIn();
    expect(field('Email').attributes()).toMatchObject({ type: 'email', autocomplete: 'username' });
    expect(field('Password').attributes()).toMatchObject({
      type: 'password',
      autocomplete: 'current-password',
    });
    expect(wrapper.get('button[type=submit]').text()).toBe('Sign in');
    wrapper.unmount();
  });

  it('signs in and lands on the deep link', async () => {
    const { wrapper, field, router, requests } = await mountSignIn();
    await field('Email').setValue(ADA.email);
    await field('Password').setValue(PASSWORD);
    await wrapper.get('form').trigger('submit');
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/quotes/new?deep=1'));
    expect(requests.find((r) => r.method === 'POST')).toEqual({
      method: 'POST',
      path: '/api/session',
      header: '1',
    });
    wrapper.unmount();
  });

  it('shows one form-level error for a wrong password, without blaming a field', async () => {
    const { wrapper, field, router } = await mountSignIn();
    await field('Email').setValue(ADA.email);
    await field('Password').setValue('wrong');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(wrapper.get('[role=alert]').text()).toBe('Email or password is wrong.');
    expect(field('Email').attributes('aria-invalid')).toBeUndefined();
    expect(field('Password').attributes('aria-invalid')).toBeUndefined();
    expect(router.currentRoute.value.name).toBe('sign-in');
    wrapper.unmount();
  });

  it('shows per-field errors for missing fields without calling the BFF', async () => {
    const { wrapper, field, requests } = await mountSignIn();
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(requests.filter((r) => r.method === 'POST')).toEqual([]);
    const email = field('Email');
    expect(email.attributes('aria-invalid')).toBe('true');
    expect(wrapper.get(`#${email.attributes('aria-describedby')}`).text()).toBe('Enter your email address.');
    const password = field('Password');
    expect(wrapper.get(`#${password.attributes('aria-describedby')}`).text()).toBe('Enter your password.');
    wrapper.unmount();
  });

  it("shows the BFF's field error next to the email field", async () => {
    const { wrapper, field } = await mountSignIn();
    await field('Email').setValue('not-an-email');
    await field('Password').setValue(PASSWORD);
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    const email = field('Email');
    expect(email.attributes('aria-invalid')).toBe('true');
    expect(wrapper.get(`#${email.attributes('aria-describedby')}`).text()).toBe(
      'Enter a valid email address, like name@company.com.',
    );
    wrapper.unmount();
  });

  it('is busy while signing in', async () => {
    const { wrapper, field } = await mountSignIn();
    await field('Email').setValue(ADA.email);
    await field('Password').setValue(PASSWORD);
    await wrapper.get('form').trigger('submit');
    expect(wrapper.get('form').attributes('aria-busy')).toBe('true');
    expect(wrapper.get('button[type=submit]').attributes('data-state')).toBe('loading');
    await flushPromises();
    wrapper.unmount();
  });

  it('speaks French', async () => {
    const { wrapper, field } = await mountSignIn('fr');
    expect(field('E-mail').attributes('type')).toBe('email');
    expect(field('Mot de passe').attributes('type')).toBe('password');
    expect(wrapper.get('button[type=submit]').text()).toBe('Se connecter');
    await field('E-mail').setValue(ADA.email);
    await field('Mot de passe').setValue('faux');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(wrapper.get('[role=alert]').text()).toBe('E-mail ou mot de passe incorrect.');
    wrapper.unmount();
  });
});
