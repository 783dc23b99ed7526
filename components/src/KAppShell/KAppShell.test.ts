import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { KAppShell, type KAppShellProps } from './index.ts';

const props: KAppShellProps = {
  productName: 'Kerf',
  homeHref: '/',
  skipLabel: 'Skip to content',
  navLabel: 'Main',
  links: [
    { label: 'New quote', href: '/quotes/new', current: true },
    { label: 'Quotes', href: '/quotes', current: false },
  ],
  userName: 'Ada Admin',
  userDetail: 'Admin · Kerf Laser',
  signOutLabel: 'Sign out',
};

describe('KAppShell', () => {
  it('has a skip link to the main landmark, a header and a named navigation', () => {
    const wrapper = mount(KAppShell, { props, slots: { default: '<h1>Hello</h1>' } });
    const skip = wrapper.get('a.k-shell__skip');
    expect(skip.text()).toBe('Skip to content');
    expect(skip.attributes('href')).toBe('#main');
    expect(wrapper.get('main#main').text()).toBe('Hello');
    expect(wrapper.get('header .k-shell__product').text()).toBe('Kerf');
    expect(wrapper.get('nav').attributes('aria-label')).toBe('Main');
  });

  it('marks the current link', () => {
    const links = mount(KAppShell, { props }).findAll('nav a');
    expect(links.map((a) => [a.text(), a.attributes('aria-current')])).toEqual([
      ['New quote', 'page'],
      ['Quotes', undefined],
    ]);
  });

  it('emits navigate for plain clicks only', async () => {
    const wrapper = mount(KAppShell, { props });
    const link = wrapper.findAll('nav a')[1]!;
    await link.trigger('click', { button: 0 });
    await link.trigger('click', { button: 0, ctrlKey: true });
    expect(wrapper.emitted('navigate')).toEqual([['/quotes']]);
  });

  it('shows who is signed in and emits sign-out', async () => {
    const wrapper = mount(KAppShell, { props });
    expect(wrapper.get('[data-test=user]').text()).toContain('Ada Admin');
    expect(wrapper.get('[data-test=user]').text()).toContain('Admin · Kerf Laser');
    await wrapper.get('button').trigger('click');
    expect(wrapper.get('button').text()).toBe('Sign out');
    expect(wrapper.emitted('signOut')).toHaveLength(1);
  });

  it('has no user block and no sign-out when nobody is signed in', () => {
    const wrapper = mount(KAppShell, { props: { ...props, userName: null, userDetail: null, links: [] } });
    expect(wrapper.find('[data-test=user]').exists()).toBe(false);
    expect(wrapper.find('button').exists()).toBe(false);
    expect(wrapper.find('nav').exists()).toBe(false);
  });

  it('renders the language slot in the header', () => {
    const wrapper = mount(KAppShell, {
      props,
      slots: { language: '<select aria-label="Language"></select>' },
    });
    expect(wrapper.find('header select[aria-label=Language]').exists()).toBe(true);
  });
});
