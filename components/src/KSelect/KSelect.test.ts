import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { KSelect } from './index.ts';

const options = [
  { value: 'mild-steel', label: 'Mild steel' },
  { value: 'stainless', label: 'Stainless steel' },
];

describe('KSelect', () => {
  it('is a labelled select with the value chosen', () => {
    const wrapper = mount(KSelect, { props: { label: 'Quality', modelValue: 'stainless', options } });
    const select = wrapper.get('select');
    expect(wrapper.get('label').attributes('for')).toBe(select.attributes('id'));
    expect(wrapper.get('label').text()).toBe('Quality');
    expect(select.element.value).toBe('stainless');
    expect(wrapper.findAll('option').map((o) => o.text())).toEqual(['Mild steel', 'Stainless steel']);
  });

  it('offers an empty placeholder choice first', () => {
    const wrapper = mount(KSelect, {
      props: { label: 'Quality', modelValue: '', options, placeholder: 'Choose a quality' },
    });
    const first = wrapper.get('option');
    expect([first.text(), first.attributes('value')]).toEqual(['Choose a quality', '']);
    expect(wrapper.get('select').element.value).toBe('');
  });

  it('emits the chosen value', async () => {
    const wrapper = mount(KSelect, { props: { label: 'Quality', modelValue: 'mild-steel', options } });
    await wrapper.get('select').setValue('stainless');
    expect(wrapper.emitted('update:modelValue')).toEqual([['stainless']]);
  });

  it('ties an error to the select', () => {
    const wrapper = mount(KSelect, {
      props: { label: 'Quality', modelValue: '', options, error: 'Choose a quality.' },
    });
    const select = wrapper.get('select');
    expect(select.attributes('aria-invalid')).toBe('true');
    expect(wrapper.get(`#${select.attributes('aria-describedby')}`).text()).toBe('Choose a quality.');
  });
});
