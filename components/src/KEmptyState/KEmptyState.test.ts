import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { KEmptyState } from './index.ts';

describe('KEmptyState', () => {
  it('renders a heading of the given level and its explanation', () => {
    const wrapper = mount(KEmptyState, {
      props: { title: 'No parts yet', level: 3 },
      slots: { default: '<p>Drop DXF files.</p>' },
    });
    expect(wrapper.get('h3').text()).toBe('No parts yet');
    expect(wrapper.get('.k-empty__body').text()).toBe('Drop DXF files.');
    expect(wrapper.get('section').attributes('data-state')).toBe('empty');
    expect(wrapper.find('.k-empty__actions').exists()).toBe(false);
  });

  it('defaults to an h2 and renders actions when given', () => {
    const wrapper = mount(KEmptyState, {
      props: { title: 'Empty' },
      slots: { actions: '<a href="/x">Go</a>' },
    });
    expect(wrapper.get('h2').text()).toBe('Empty');
    expect(wrapper.get('.k-empty__actions a').text()).toBe('Go');
  });
});
