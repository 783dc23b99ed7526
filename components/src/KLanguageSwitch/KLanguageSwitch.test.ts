import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { KLanguageSwitch } from './index.ts';

const options = [
  { value: 'en', label: 'English' },
  { value: 'fr', label: 'Français' },
];

describe('KLanguageSwitch', () => {
  it('is a labelled select with the current locale chosen', () => {
    const wrapper = mount(KLanguageSwitch, { props: { label: 'Language', modelValue: 'fr', options } });
    const select = wrapper.get('select');
    expect(wrapper.get('label').attributes('for')).toBe(select.attributes('id'));
    expect(wrapper.get('label').text()).toBe('Language');
    expect(select.element.value).toBe('fr');
    expect(wrapper.findAll('option').map((o) => [o.text(), o.attributes('lang')])).toEqual([
      ['English', 'en'],
      ['Français', 'fr'],
    ]);
  });

  it('emits the chosen locale', async () => {
    const wrapper = mount(KLanguageSwitch, { props: { label: 'Language', modelValue: 'en', options } });
    await wrapper.get('select').setValue('fr');
    expect(wrapper.emitted('update:modelValue')).toEqual([['fr']]);
  });
});
