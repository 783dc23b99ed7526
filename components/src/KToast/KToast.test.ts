import { mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { KToast } from './index.ts';

afterEach(() => {
  vi.useRealTimers();
});

describe('KToast', () => {
  it('shows its message as a status when open', () => {
    const wrapper = mount(KToast, {
      props: { open: true, dismissLabel: 'Close' },
      slots: { default: 'You are signed out.' },
    });
    expect(wrapper.get('[role=status]').text()).toContain('You are signed out.');
    expect(wrapper.get('.k-toast').attributes('data-state')).toBe('open');
  });

  it('renders nothing to read when closed', () => {
    const wrapper = mount(KToast, { props: { open: false, dismissLabel: 'Close' }, slots: { default: 'x' } });
    expect(wrapper.find('[role=status]').exists()).toBe(false);
    expect(wrapper.get('.k-toast').attributes('data-state')).toBe('closed');
  });

  it('announces errors as alerts and is dismissible', async () => {
    const wrapper = mount(KToast, { props: { open: true, tone: 'error', dismissLabel: 'Close' } });
    await wrapper.get('[role=alert] button[aria-label=Close]').trigger('click');
    expect(wrapper.emitted('dismiss')).toHaveLength(1);
  });

  it('dismisses itself after the timeout, and not before', () => {
    vi.useFakeTimers();
    const wrapper = mount(KToast, { props: { open: true, dismissLabel: 'Close', timeout: 5000 } });
    vi.advanceTimersByTime(4999);
    expect(wrapper.emitted('dismiss')).toBeUndefined();
    vi.advanceTimersByTime(1);
    expect(wrapper.emitted('dismiss')).toHaveLength(1);
  });

  it('forgets its timer when unmounted', () => {
    vi.useFakeTimers();
    const wrapper = mount(KToast, { props: { open: true, dismissLabel: 'Close', timeout: 100 } });
    wrapper.unmount();
    expect(vi.getTimerCount()).toBe(0);
  });
});
