import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { nextTick } from 'vue';
import { KPopover } from './index.ts';

function mounted() {
  return mount(KPopover, {
    props: { title: 'Breaks', label: 'Breaks of plate' },
    slots: { trigger: '€12.00', default: '<p class="body">inside</p>' },
    attachTo: document.body,
  });
}

describe('KPopover', () => {
  it('opens on click with aria-expanded and a labelled panel, closes on a second click', async () => {
    const wrapper = mounted();
    const button = wrapper.get('button');
    expect(button.attributes('aria-label')).toBe('Breaks of plate');
    expect(wrapper.get('[role="group"]').attributes('hidden')).toBeDefined();
    await button.trigger('click');
    expect(button.attributes('aria-expanded')).toBe('true');
    expect(wrapper.attributes('data-state')).toBe('open');
    expect(wrapper.get('[role="group"]').attributes('aria-label')).toBe('Breaks');
    expect(button.attributes('aria-controls')).toBe(wrapper.get('[role="group"]').attributes('id'));
    await button.trigger('click');
    expect(wrapper.attributes('data-state')).toBe('closed');
    wrapper.unmount();
  });

  it('Escape closes and gives the focus back; a click outside closes', async () => {
    const wrapper = mounted();
    await wrapper.get('button').trigger('click');
    await wrapper.get('.body').trigger('keydown', { key: 'Escape' });
    await nextTick();
    expect(wrapper.attributes('data-state')).toBe('closed');
    expect(document.activeElement).toBe(wrapper.get('button').element);
    await wrapper.get('button').trigger('click');
    document.body.click();
    await nextTick();
    expect(wrapper.attributes('data-state')).toBe('closed');
    wrapper.unmount();
  });
});
