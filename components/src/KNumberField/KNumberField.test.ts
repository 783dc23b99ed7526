import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { KNumberField } from './index.ts';

describe('KNumberField', () => {
  it('labels a number input and reads its unit after it', () => {
    const wrapper = mount(KNumberField, {
      props: { label: 'Thickness', modelValue: 2.5, unit: 'mm', min: 0, max: 100, name: 'thickness' },
    });
    const input = wrapper.get('input');
    expect(wrapper.get('label').attributes('for')).toBe(input.attributes('id'));
    expect(input.attributes()).toMatchObject({ type: 'number', inputmode: 'decimal', min: '0', max: '100' });
    expect(input.attributes('step')).toBe('any');
    expect(input.element.value).toBe('2.5');
    const unit = wrapper.get(`#${input.attributes('aria-describedby')}`);
    expect(unit.text()).toBe('mm');
  });

  it('emits numbers, and null for an empty input', async () => {
    const wrapper = mount(KNumberField, { props: { label: 'Density', modelValue: null } });
    expect(wrapper.get('input').element.value).toBe('');
    await wrapper.get('input').setValue('7850');
    await wrapper.get('input').setValue('');
    expect(wrapper.emitted('update:modelValue')).toEqual([[7850], [null]]);
  });

  it('keeps the text as typed while the value is the same, and follows new values from outside', async () => {
    const wrapper = mount(KNumberField, { props: { label: 'Price per kg', modelValue: 2 } });
    const input = wrapper.get('input');
    await input.setValue('2.0');
    await wrapper.setProps({ modelValue: 2 });
    expect(input.element.value).toBe('2.0');
    await wrapper.setProps({ modelValue: 4.5 });
    expect(input.element.value).toBe('4.5');
    await wrapper.setProps({ modelValue: null });
    expect(input.element.value).toBe('');
  });

  it('shows its error first in the description and marks the input invalid', () => {
    const wrapper = mount(KNumberField, {
      props: { label: 'Thickness', modelValue: -1, unit: 'mm', hint: 'Up to 100 mm', error: 'Too thin' },
    });
    const input = wrapper.get('input');
    expect(input.attributes('aria-invalid')).toBe('true');
    const ids = input.attributes('aria-describedby')!.split(' ');
    expect(ids.map((id) => wrapper.get(`#${id}`).text())).toEqual(['Too thin', 'mm', 'Up to 100 mm']);
    expect(wrapper.get('.k-field').attributes('data-state')).toBe('invalid');
  });
});
