/* eslint-disable vue/one-component-per-file -- the tests define small probe components inline */
import { mount } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { defineComponent, h, nextTick } from 'vue';
import type { User } from './namespaces/session/index.ts';
import { createKerfOvermind, type KerfOvermind } from './instance.ts';
import { createOvermindPlugin, useActions, useReaction, useState } from './vue.ts';

const users: User[] = ['Ada', 'Bob', 'Cy', 'Dee'].map((name, i) => ({
  id: `u${i}`,
  email: `${name.toLowerCase()}@kerf.test`,
  name,
  role: 'external',
  company: { id: 'c1', name: 'Acme' },
}));

/** A BFF whose sign-in answers with the user named by the email, after a macrotask. */
function fakeBff(): typeof fetch {
  let current: User | null = null;
  return async (input, init) => {
    const request = input instanceof Request ? input : new Request(input, init);
    await new Promise((resolve) => setTimeout(resolve, 1));
    if (request.method === 'DELETE') return new Response(null, { status: 204 });
    if (request.method === 'GET') {
      // Someone else signed in in another tab: the session now belongs to the next user.
      current = users[(users.indexOf(current ?? users[0]!) + 1) % users.length] ?? null;
      return Response.json({ user: current });
    }
    const { email } = (await request.json()) as { email: string };
    current = users.find((u) => u.email === email) ?? null;
    return Response.json({ user: current });
  };
}

function overmind(): KerfOvermind {
  return createKerfOvermind({ baseUrl: 'http://kerf.test', fetch: fakeBff() });
}

/** Path dependencies still registered in Overmind's state tree (private, hence the cast). */
function registeredPaths(instance: KerfOvermind): string[] {
  const tree = (instance as unknown as { proxyStateTreeInstance: { pathDependencies: object } })
    .proxyStateTreeInstance;
  return Object.keys(tree.pathDependencies);
}

const renders = { status: 0, name: 0 };

const UserName = defineComponent({
  setup() {
    const state = useState();
    return () => {
      renders.name += 1;
      return h('span', { 'data-test': 'name' }, state.session.user?.name ?? '-');
    };
  },
});

const Status = defineComponent({
  setup() {
    const state = useState();
    return () => {
      renders.status += 1;
      return h('div', [h('p', { 'data-test': 'status' }, state.session.status), h(UserName)]);
    };
  },
});

function mountWith(instance: KerfOvermind, component = Status) {
  renders.status = 0;
  renders.name = 0;
  return mount(component, { global: { plugins: [createOvermindPlugin(instance)] } });
}

const flush = async () => {
  await new Promise((resolve) => setTimeout(resolve, 5));
  await nextTick();
};

describe('Overmind Vue binding', () => {
  it('re-renders after every one of repeated updates', async () => {
    const om = overmind();
    const wrapper = mountWith(om);
    for (const user of users) {
      om.actions.session.clearError();
      await om.actions.session.signIn({ email: user.email, password: 'pw' });
      await nextTick();
      expect(wrapper.get('[data-test=name]').text()).toBe(user.name);
      expect(wrapper.get('[data-test=status]').text()).toBe('signed-in');
      await om.actions.session.signOut();
      await nextTick();
      expect(wrapper.get('[data-test=status]').text()).toBe('signed-out');
    }
  });

  it('shows the intermediate states of an async action', async () => {
    const om = overmind();
    const wrapper = mountWith(om);
    const done = om.actions.session.signIn({ email: users[0]!.email, password: 'pw' });
    await nextTick();
    expect(wrapper.get('[data-test=status]').text()).toBe('signing-in');
    await done;
    await nextTick();
    expect(wrapper.get('[data-test=status]').text()).toBe('signed-in');
    expect(wrapper.get('[data-test=name]').text()).toBe('Ada');
  });

  it('lets nested components track their own paths', async () => {
    const om = overmind();
    mountWith(om);
    expect(renders).toEqual({ status: 1, name: 1 });
    await om.actions.session.signIn({ email: users[1]!.email, password: 'pw' });
    await nextTick();
    const afterSignIn = { ...renders };
    // The parent re-renders for the status; the child for the user's name.
    expect(afterSignIn.status).toBeGreaterThan(1);
    expect(afterSignIn.name).toBeGreaterThan(1);
    // An error change is read by neither component: nothing re-renders.
    await om.actions.session.signIn({ email: '', password: '' });
    await nextTick();
    expect(renders).toEqual(afterSignIn);
  });

  it('only the child re-renders when only its path changes', async () => {
    const om = overmind();
    await om.actions.session.signIn({ email: users[0]!.email, password: 'pw' });
    const wrapper = mountWith(om);
    await om.actions.session.loadSession();
    await nextTick();
    expect(wrapper.get('[data-test=name]').text()).toBe('Bob');
    expect(renders).toEqual({ status: 1, name: 2 });
    await om.actions.session.loadSession();
    await nextTick();
    expect(wrapper.get('[data-test=name]').text()).toBe('Cy');
    expect(renders).toEqual({ status: 1, name: 3 });
  });

  it('stops tracking and rendering after unmount, leaving no path dependencies behind', async () => {
    const om = overmind();
    const wrapper = mountWith(om);
    expect(registeredPaths(om).length).toBeGreaterThan(0);
    wrapper.unmount();
    expect(registeredPaths(om)).toEqual([]);
    const before = { ...renders };
    await om.actions.session.signIn({ email: users[3]!.email, password: 'pw' });
    await flush();
    expect(renders).toEqual(before);
    expect(registeredPaths(om)).toEqual([]);
  });

  it('drops paths the template stopped reading', async () => {
    const om = overmind();
    const Conditional = defineComponent({
      setup() {
        const state = useState();
        return () =>
          h('p', state.session.status === 'signed-in' ? (state.session.user?.name ?? '') : 'anonymous');
      },
    });
    const wrapper = mountWith(om, Conditional);
    expect(registeredPaths(om)).not.toContain('session.user');
    await om.actions.session.signIn({ email: users[0]!.email, password: 'pw' });
    await nextTick();
    expect(wrapper.text()).toBe('Ada');
    expect(registeredPaths(om)).toContain('session.user');
    await om.actions.session.signOut();
    await nextTick();
    expect(wrapper.text()).toBe('anonymous');
    expect(registeredPaths(om)).not.toContain('session.user');
  });

  it('provides typed actions and reactions that end with the component', async () => {
    const om = overmind();
    const seen: string[] = [];
    const Reacting = defineComponent({
      setup() {
        const actions = useActions();
        useReaction(
          (state) => state.session.status,
          (status) => seen.push(status),
        );
        return () =>
          h('button', { onClick: () => actions.session.signIn({ email: users[0]!.email, password: 'pw' }) });
      },
    });
    const wrapper = mountWith(om, Reacting);
    await wrapper.get('button').trigger('click');
    await flush();
    expect(seen).toEqual(['signing-in', 'signed-in']);
    wrapper.unmount();
    await om.actions.session.signOut();
    expect(seen).toEqual(['signing-in', 'signed-in']);
  });

  it('explains a missing plugin', () => {
    // Vue warns about the failed setup before the error surfaces.
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(() => mount(Status)).toThrow(/createOvermindPlugin/);
    warn.mockRestore();
  });
});
