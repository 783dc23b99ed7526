import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { KField } from './index.ts';

const control = `<template #default="{ id, describedBy, invalid }">
  <input :id="id" :aria-describedby="describedBy" :aria-invalid="invalid ? 'true' : undefined" />
</template>`;

describe('KField', () => {
  it('gives its control the id the label points at and nothing to describe it by default', () => {
    const wrapper = mount(KField, { props: { label: 'Name' }, slots: { default: control } });
    const input = wrapper.get('input');
    expect(wrapper.get('label').attributes('for')).toBe(input.attributes('id'));
    expect(input.attributes('aria-describedby')).toBeUndefined();
    expect(input.attributes('aria-invalid')).toBeUndefined();
    expect(wrapper.get('.k-field').attributes('data-state')).toBe('valid');
  });

  it('describes the control by its error, unit and hint, in that order', () => {
    const wrapper = mount(KField, {
      props: { label: 'Density', error: 'Too light', unit: 'kg/m³', hint: 'Leave empty for the default' },
      slots: { default: control },
    });
    const input = wrapper.get('input');
    expect(input.attributes('aria-invalid')).toBe('true');
    const ids = input.attributes('aria-describedby')!.split(' ');
    expect(ids.map((id) => wrapper.get(`#${id}`).text())).toEqual([
      'Too light',
      'kg/m³',
      'Leave empty for the default',
    ]);
  });
});
