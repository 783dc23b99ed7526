import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { KButton } from './index.ts';

describe('KButton', () => {
  it('renders its slot as a primary button of type button by default', () => {
    const wrapper = mount(KButton, { slots: { default: 'Save' } });
    const button = wrapper.get('button');
    expect(button.text()).toBe('Save');
    expect(button.attributes('type')).toBe('button');
    expect(button.classes()).toContain('k-button--primary');
    expect(button.attributes('data-state')).toBe('idle');
  });

  it('takes a variant and a type', () => {
    const wrapper = mount(KButton, { props: { variant: 'danger', type: 'submit' } });
    expect(wrapper.get('button').classes()).toContain('k-button--danger');
    expect(wrapper.get('button').attributes('type')).toBe('submit');
  });

  it('comes in a small size for table rows', () => {
    expect(mount(KButton).get('button').classes()).toContain('k-button--md');
    expect(
      mount(KButton, { props: { size: 'sm' } })
        .get('button')
        .classes(),
    ).toContain('k-button--sm');
  });

  it('passes clicks through when idle', async () => {
    let clicks = 0;
    const wrapper = mount(KButton, { attrs: { onClick: () => (clicks += 1) } });
    await wrapper.get('button').trigger('click');
    expect(clicks).toBe(1);
  });

  it('passes on a click that comes in the millisecond it appeared', () => {
    let clicks = 0;
    const wrapper = mount(KButton, { attrs: { onClick: () => (clicks += 1) } });
    // Dispatched at once, as a test or a script does: the same millisecond as the listeners' attachment.
    wrapper.get('button').element.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    expect(clicks).toBe(1);
  });

  it('is busy, stays focusable and swallows clicks while loading', async () => {
    let clicks = 0;
    const wrapper = mount(KButton, { props: { loading: true }, attrs: { onClick: () => (clicks += 1) } });
    const button = wrapper.get('button');
    expect(button.attributes('aria-busy')).toBe('true');
    expect(button.attributes('aria-disabled')).toBe('true');
    expect(button.attributes('disabled')).toBeUndefined();
    expect(button.attributes('data-state')).toBe('loading');
    expect(button.find('.k-button__spinner').attributes('aria-hidden')).toBe('true');
    await button.trigger('click');
    expect(clicks).toBe(0);
  });

  it('shows disabled as aria-disabled', () => {
    const wrapper = mount(KButton, { props: { disabled: true } });
    expect(wrapper.get('button').attributes('aria-disabled')).toBe('true');
    expect(wrapper.get('button').attributes('data-state')).toBe('disabled');
  });
});
