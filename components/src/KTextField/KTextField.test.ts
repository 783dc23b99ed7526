import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { KTextField } from './index.ts';

describe('KTextField', () => {
  it('labels its input', () => {
    const wrapper = mount(KTextField, {
      props: { label: 'Email', modelValue: 'a@b.c', type: 'email', autocomplete: 'username', name: 'email' },
    });
    const input = wrapper.get('input');
    expect(wrapper.get('label').attributes('for')).toBe(input.attributes('id'));
    expect(wrapper.get('label').text()).toBe('Email');
    expect(input.element.value).toBe('a@b.c');
    expect(input.attributes()).toMatchObject({ type: 'email', autocomplete: 'username', name: 'email' });
    expect(input.attributes('aria-invalid')).toBeUndefined();
    expect(wrapper.get('.k-field').attributes('data-state')).toBe('valid');
  });

  it('emits the typed value', async () => {
    const wrapper = mount(KTextField, { props: { label: 'Email', modelValue: '' } });
    await wrapper.get('input').setValue('x@y.z');
    expect(wrapper.emitted('update:modelValue')).toEqual([['x@y.z']]);
  });

  it('ties an error message to the input', () => {
    const wrapper = mount(KTextField, {
      props: { label: 'Password', modelValue: '', type: 'password', error: 'Enter your password.' },
    });
    const input = wrapper.get('input');
    expect(input.attributes('aria-invalid')).toBe('true');
    const error = wrapper.get(`#${input.attributes('aria-describedby')}`);
    expect(error.text()).toBe('Enter your password.');
    expect(wrapper.get('.k-field').attributes('data-state')).toBe('invalid');
  });

  it('describes the input by its hint and its error', () => {
    const wrapper = mount(KTextField, {
      props: { label: 'Name', modelValue: '', hint: 'As on the invoice', error: 'Required' },
    });
    const ids = wrapper.get('input').attributes('aria-describedby')!.split(' ');
    expect(ids.map((id) => wrapper.get(`#${id}`).text())).toEqual(['Required', 'As on the invoice']);
  });
});
