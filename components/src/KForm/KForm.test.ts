import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { KForm } from './index.ts';

const slots = {
  default: '<label for="q">Query</label><input id="q" />',
  actions: '<button type="submit">Go</button>',
};

describe('KForm', () => {
  it('renders fields and actions and emits submit', async () => {
    const wrapper = mount(KForm, { props: { label: 'Search' }, slots });
    expect(wrapper.get('form').attributes('aria-label')).toBe('Search');
    expect(wrapper.get('form').attributes('novalidate')).toBeDefined();
    expect(wrapper.get('.k-form__actions button').text()).toBe('Go');
    await wrapper.get('form').trigger('submit');
    expect(wrapper.emitted('submit')).toHaveLength(1);
    expect(wrapper.get('form').attributes('data-state')).toBe('idle');
  });

  it('ignores submits while busy', async () => {
    const wrapper = mount(KForm, { props: { busy: true }, slots });
    await wrapper.get('form').trigger('submit');
    expect(wrapper.emitted('submit')).toBeUndefined();
    expect(wrapper.get('form').attributes('aria-busy')).toBe('true');
    expect(wrapper.get('form').attributes('data-state')).toBe('busy');
  });

  it('shows a form-level error as an alert before the fields', () => {
    const wrapper = mount(KForm, { props: { error: 'Email or password is wrong.' }, slots });
    const alert = wrapper.get('[role=alert]');
    expect(alert.text()).toBe('Email or password is wrong.');
    expect(wrapper.get('form').element.firstElementChild).toBe(alert.element);
    expect(wrapper.get('form').attributes('data-state')).toBe('error');
  });

  it('lets the error slot replace the default alert', () => {
    const wrapper = mount(KForm, {
      props: { error: 'Nope' },
      slots: { error: '<template #error="{ error }"><strong>{{ error }}!</strong></template>' },
    });
    expect(wrapper.get('strong').text()).toBe('Nope!');
    expect(wrapper.find('[role=alert]').exists()).toBe(false);
  });
});
