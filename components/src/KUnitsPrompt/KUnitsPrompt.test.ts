import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { KUnitsPrompt } from './index.ts';

const texts = {
  title: 'Which units is bracket.dxf drawn in?',
  question: 'The file does not say.',
  mm: 'Millimetres',
  inch: 'Inches',
  mmSize: '4 × 2 mm',
  inchSize: '101.6 × 50.8 mm',
  reference: 'Bar: 100 mm',
};
const props = {
  paths: [{ kind: 'outer' as const, d: 'M0 0L4 0L4 2L0 2Z' }],
  bbox: [0, 0, 4, 2],
  referenceMm: 100,
  texts,
};

describe('KUnitsPrompt', () => {
  it('is a region named by its question showing the part at both scales with the resulting sizes', () => {
    const wrapper = mount(KUnitsPrompt, { props });
    const region = wrapper.get('section');
    expect(region.attributes('aria-labelledby')).toBe(wrapper.get('h2').attributes('id'));
    expect(wrapper.get('h2').text()).toBe(texts.title);
    expect(wrapper.findAll('figcaption').map((c) => c.text())).toEqual(['4 × 2 mm', '101.6 × 50.8 mm']);
    expect(wrapper.findAll('svg g[transform^="scale"]').map((g) => g.attributes('transform'))).toEqual([
      'scale(1, -1)',
      'scale(1, -1)',
      'scale(25.4, -25.4)',
      'scale(1, -1)',
    ]);
    expect(wrapper.findAll('line').map((l) => l.attributes('x2'))).toEqual(['100', '100']);
    expect(region.attributes('data-state')).toBe('asking');
  });

  it('emits the choice from the Millimetres and Inches buttons, and nothing while busy', async () => {
    const wrapper = mount(KUnitsPrompt, { props });
    const buttons = wrapper.findAll('button');
    expect(buttons.map((b) => b.text())).toEqual(['Millimetres', 'Inches']);
    await buttons[1]!.trigger('click');
    await buttons[0]!.trigger('click');
    expect(wrapper.emitted('choose')).toEqual([['inch'], ['mm']]);
    await wrapper.setProps({ busy: true });
    await wrapper.findAll('button')[0]!.trigger('click');
    expect(wrapper.emitted('choose')).toHaveLength(2);
    expect(wrapper.get('section').attributes('data-state')).toBe('busy');
  });
});
