import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { KCheckbox } from './index.ts';

describe('KCheckbox', () => {
  it('is a labelled checkbox showing its value', () => {
    const wrapper = mount(KCheckbox, { props: { label: 'Active', modelValue: true, name: 'is_active' } });
    const box = wrapper.get('input');
    expect(box.attributes('type')).toBe('checkbox');
    expect(wrapper.get('label').attributes('for')).toBe(box.attributes('id'));
    expect(wrapper.get('label').text()).toBe('Active');
    expect(box.element.checked).toBe(true);
    expect(wrapper.get('.k-checkbox').attributes('data-state')).toBe('checked');
  });

  it('emits the new value', async () => {
    const wrapper = mount(KCheckbox, { props: { label: 'Active', modelValue: true } });
    await wrapper.get('input').setValue(false);
    expect(wrapper.emitted('update:modelValue')).toEqual([[false]]);
  });

  it('ties an error and a hint to the box', () => {
    const wrapper = mount(KCheckbox, {
      props: { label: 'Active', modelValue: false, hint: 'Offered in new quotes', error: 'Not allowed' },
    });
    const box = wrapper.get('input');
    expect(box.attributes('aria-invalid')).toBe('true');
    const ids = box.attributes('aria-describedby')!.split(' ');
    expect(ids.map((id) => wrapper.get(`#${id}`).text())).toEqual(['Not allowed', 'Offered in new quotes']);
    expect(wrapper.get('.k-checkbox').attributes('data-state')).toBe('invalid');
  });
});
