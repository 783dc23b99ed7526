import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { KDrawer } from './index.ts';

const props = { title: 'plate.dxf', closeLabel: 'Close' };

describe('KDrawer', () => {
  it('is closed and empty until opened', () => {
    const wrapper = mount(KDrawer, { props: { ...props, open: false }, slots: { default: '<p>Facts</p>' } });
    expect(wrapper.get('dialog').attributes('data-state')).toBe('closed');
    expect(wrapper.find('p').exists()).toBe(false);
  });

  it('opens named by its title, moves the focus in, and gives it back when closed', async () => {
    const opener = document.createElement('button');
    document.body.append(opener);
    opener.focus();
    const wrapper = mount(KDrawer, {
      props: { ...props, open: false },
      slots: { default: '<p>Facts</p>' },
      attachTo: document.body,
    });
    await wrapper.setProps({ open: true });
    await wrapper.vm.$nextTick();
    await wrapper.vm.$nextTick();
    const dialog = wrapper.get('dialog');
    expect(dialog.attributes()).toMatchObject({ 'data-state': 'open', 'aria-modal': 'true' });
    expect(dialog.attributes('aria-labelledby')).toBe(wrapper.get('h2').attributes('id'));
    expect((dialog.element as HTMLDialogElement).open).toBe(true);
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Close');
    expect(wrapper.get('p').text()).toBe('Facts');
    await wrapper.setProps({ open: false });
    await wrapper.vm.$nextTick();
    expect(document.activeElement).toBe(opener);
    wrapper.unmount();
    opener.remove();
  });

  it('asks to close on Escape, on the close button and on a click beside the panel', async () => {
    const wrapper = mount(KDrawer, { props: { ...props, open: true }, attachTo: document.body });
    await wrapper.get('dialog').trigger('keydown', { key: 'Escape' });
    await wrapper.get('button').trigger('click');
    await wrapper.get('dialog').trigger('click');
    await wrapper.get('.k-drawer__panel').trigger('click');
    expect(wrapper.emitted('close')).toHaveLength(3);
    wrapper.unmount();
  });
});
