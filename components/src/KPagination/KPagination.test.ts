import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { KPagination, type KPaginationTexts } from './index.ts';

const texts: KPaginationTexts = {
  label: 'Pages of materials',
  previous: 'Previous',
  next: 'Next',
  rowsPerPage: 'Rows per page',
  range: (from, to, total) => `${from}–${to} of ${total}`,
};

const mountAt = (offset: number, total = 47, limit = 20) =>
  mount(KPagination, { props: { total, limit, offset, texts } });

const button = (wrapper: ReturnType<typeof mountAt>, name: string) =>
  wrapper.findAll('button').find((b) => b.text() === name)!;

describe('KPagination', () => {
  it('is a named navigation showing the range', () => {
    const wrapper = mountAt(0);
    expect(wrapper.get('nav').attributes('aria-label')).toBe('Pages of materials');
    expect(wrapper.get('.k-pagination__range').text()).toBe('1–20 of 47');
    expect(mountAt(40).get('.k-pagination__range').text()).toBe('41–47 of 47');
    expect(mountAt(0, 0).get('.k-pagination__range').text()).toBe('0–0 of 0');
  });

  it('disables Previous on the first page and Next on the last', () => {
    const first = mountAt(0);
    expect(button(first, 'Previous').attributes('aria-disabled')).toBe('true');
    expect(button(first, 'Next').attributes('aria-disabled')).toBeUndefined();
    const last = mountAt(40);
    expect(button(last, 'Previous').attributes('aria-disabled')).toBeUndefined();
    expect(button(last, 'Next').attributes('aria-disabled')).toBe('true');
  });

  it('emits the offset of the previous and next pages', async () => {
    const wrapper = mountAt(20);
    await button(wrapper, 'Next').trigger('click');
    await button(wrapper, 'Previous').trigger('click');
    expect(wrapper.emitted('update:offset')).toEqual([[40], [0]]);
  });

  it('never emits past either end', async () => {
    const first = mountAt(0);
    await button(first, 'Previous').trigger('click');
    expect(first.emitted('update:offset')).toBeUndefined();
    const last = mountAt(40);
    await button(last, 'Next').trigger('click');
    expect(last.emitted('update:offset')).toBeUndefined();
  });

  it('offers page sizes and emits the chosen one', async () => {
    const wrapper = mountAt(0);
    const select = wrapper.get('select');
    expect(wrapper.get(`label[for="${select.attributes('id')}"]`).text()).toBe('Rows per page');
    expect(wrapper.findAll('option').map((o) => o.text())).toEqual(['10', '20', '50', '100']);
    expect(select.element.value).toBe('20');
    await select.setValue('50');
    expect(wrapper.emitted('update:limit')).toEqual([[50]]);
  });
});
