import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { KProgressBar } from './index.ts';

describe('KProgressBar', () => {
  it('is a named, determinate progressbar with its value', () => {
    const wrapper = mount(KProgressBar, {
      props: { value: 42.4, phase: 'upload', label: 'Upload of a.dxf' },
    });
    const bar = wrapper.get('[role=progressbar]');
    expect(bar.attributes()).toMatchObject({
      'aria-label': 'Upload of a.dxf',
      'aria-valuemin': '0',
      'aria-valuemax': '100',
      'aria-valuenow': '42',
      'data-phase': 'upload',
      'data-state': 'active',
    });
    expect(bar.attributes('aria-valuetext')).toBeUndefined();
    expect(wrapper.get('.k-progress__fill').attributes('style')).toContain('scaleX(0.42)');
  });

  it('shows the processing phase apart, with a spoken value text, and clamps the value', () => {
    const wrapper = mount(KProgressBar, {
      props: { value: 140, phase: 'processing', label: 'a.dxf', valueText: 'Processing, 100 %' },
    });
    const bar = wrapper.get('[role=progressbar]');
    expect(bar.attributes()).toMatchObject({
      'aria-valuenow': '100',
      'aria-valuetext': 'Processing, 100 %',
      'data-phase': 'processing',
      'data-state': 'complete',
    });
    expect(
      mount(KProgressBar, { props: { value: Number.NaN, phase: 'upload', label: 'x' } })
        .get('[role=progressbar]')
        .attributes('aria-valuenow'),
    ).toBe('0');
  });
});
