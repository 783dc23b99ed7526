import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { KProblemBadge } from './index.ts';

const props = {
  code: 'open-contour',
  label: 'Open contour',
  explanation: 'An open chain cannot be cut as drawn; close it in your CAD program.',
  severity: 'error' as const,
};

describe('KProblemBadge', () => {
  it('shows the label and describes itself with the explanation, closed at first', () => {
    const wrapper = mount(KProblemBadge, { props: { ...props, count: 3 } });
    const button = wrapper.get('button');
    expect(button.text()).toContain('Open contour');
    expect(button.text()).toContain('× 3');
    const tip = wrapper.get('[role=tooltip]');
    expect(button.attributes('aria-describedby')).toBe(tip.attributes('id'));
    expect(tip.text()).toBe(props.explanation);
    expect(tip.attributes('hidden')).toBeDefined();
    expect(wrapper.get('.k-problem').attributes()).toMatchObject({
      'data-severity': 'error',
      'data-code': 'open-contour',
      'data-state': 'closed',
    });
  });

  it('opens on focus and hover, stays open on click, and closes on Escape and blur', async () => {
    const wrapper = mount(KProblemBadge, { props: { ...props, severity: 'warning' } });
    const button = wrapper.get('button');
    const tip = () => wrapper.get('[role=tooltip]');
    await button.trigger('focus');
    expect(tip().attributes('hidden')).toBeUndefined();
    await button.trigger('keydown', { key: 'Escape' });
    expect(tip().attributes('hidden')).toBeDefined();
    await button.trigger('mouseenter');
    expect(button.attributes('aria-expanded')).toBe('true');
    await button.trigger('mouseleave');
    expect(button.attributes('aria-expanded')).toBe('false');
    await button.trigger('click');
    await button.trigger('mouseleave');
    expect(wrapper.get('.k-problem').attributes('data-state')).toBe('open');
    await button.trigger('blur');
    expect(wrapper.get('.k-problem').attributes('data-state')).toBe('closed');
    expect(wrapper.find('.k-problem__count').exists()).toBe(false);
  });
});
