import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { KPartPreview, safePaths, thumbnailPaths, vertexCount, viewBoxOf } from './index.ts';

const paths = [
  { kind: 'outer' as const, d: 'M0 0L100 0L100 50L0 50Z' },
  { kind: 'hole' as const, d: 'M10 10L20 10L20 20L10 20Z' },
  { kind: 'open' as const, d: 'M30 30L60 30' },
];

describe('KPartPreview', () => {
  it('draws outer contours, holes and open contours as paths in a flipped, fitted viewBox', () => {
    const wrapper = mount(KPartPreview, {
      props: { paths, bbox: [0, 0, 100, 50], label: 'Preview of a.dxf' },
    });
    const svg = wrapper.get('svg');
    expect(svg.attributes()).toMatchObject({
      role: 'img',
      'aria-label': 'Preview of a.dxf',
      'data-state': 'drawn',
    });
    expect(svg.attributes('viewBox')).toBe('-4 -54 108 58');
    expect(wrapper.get('g').attributes('transform')).toBe('scale(1, -1)');
    expect(
      wrapper.findAll('path').map((p) => [p.attributes('data-kind'), p.classes()[0], p.attributes('d')]),
    ).toEqual([
      ['outer', 'k-preview__outer', paths[0]!.d],
      ['hole', 'k-preview__hole', paths[1]!.d],
      ['open', 'k-preview__open', paths[2]!.d],
    ]);
  });

  it('never lets markup from a file through: unexpected path data is dropped, nothing is parsed as HTML', () => {
    const hostile = [
      { kind: 'outer' as const, d: 'M0 0"/><script>alert(1)</script><path d="' },
      ...paths.slice(0, 1),
    ];
    const wrapper = mount(KPartPreview, { props: { paths: hostile, bbox: [0, 0, 100, 50], label: 'x' } });
    expect(wrapper.findAll('path')).toHaveLength(1);
    expect(wrapper.find('script').exists()).toBe(false);
    expect(wrapper.html()).not.toContain('alert');
    expect(safePaths([{ kind: 'text' as never, d: 'M0 0' }])).toEqual([]);
  });

  it('scales drawing units and draws a reference bar under the part', () => {
    const wrapper = mount(KPartPreview, {
      props: {
        paths,
        bbox: [0, 0, 4, 2],
        label: 'At inch scale',
        scale: 25.4,
        reference: { length: 100, label: '100 mm' },
        size: 'large',
      },
    });
    expect(wrapper.get('g').attributes('transform')).toBe('scale(25.4, -25.4)');
    const line = wrapper.get('line');
    expect([line.attributes('x1'), line.attributes('x2')]).toEqual(['0', '100']);
    expect(wrapper.get('title').text()).toBe('100 mm');
    expect(wrapper.get('svg').classes()).toContain('k-preview--large');
  });

  it('shows an empty, still named placeholder without geometry', () => {
    const wrapper = mount(KPartPreview, { props: { paths: [], bbox: null, label: 'No preview' } });
    expect(wrapper.find('svg').exists()).toBe(false);
    expect(wrapper.get('[role=img]').attributes()).toMatchObject({
      'aria-label': 'No preview',
      'data-state': 'empty',
    });
    expect(viewBoxOf([0, 0, Number.NaN, 1])).toBeNull();
  });
});

describe('thumbnailPaths', () => {
  const circle = (n: number, r = 10) =>
    'M' +
    Array.from(
      { length: n },
      (_, i) => `${(r * Math.cos(i)).toFixed(2)} ${(r * Math.sin(i)).toFixed(2)}`,
    ).join('L') +
    'Z';

  it('keeps small drawings whole, drops holes first, then thins long contours', () => {
    const small = [{ kind: 'outer' as const, d: circle(10) }];
    expect(thumbnailPaths(small)).toEqual(small);
    const holes = [
      { kind: 'outer' as const, d: circle(100) },
      ...Array.from({ length: 20 }, () => ({ kind: 'hole' as const, d: circle(50, 1) })),
    ];
    expect(thumbnailPaths(holes).map((p) => p.kind)).toEqual(['outer']);
    const long = [
      { kind: 'outer' as const, d: circle(5000) },
      { kind: 'open' as const, d: 'M0 0L1 1L2 2' },
    ];
    const thin = thumbnailPaths(long, 600);
    expect(thin.map((p) => p.kind)).toEqual(['outer', 'open']);
    expect(vertexCount(thin[0]!.d)).toBeLessThanOrEqual(600);
    expect(thin[0]!.d.startsWith('M')).toBe(true);
    expect(thin[0]!.d.endsWith('Z')).toBe(true);
    expect(thin[1]!.d).toBe('M0 0L2 2');
  });

  it('draws thumbnails thinned and large previews whole', () => {
    const paths = [{ kind: 'outer' as const, d: circle(3000) }];
    const thumb = mount(KPartPreview, { props: { paths, bbox: [-10, -10, 10, 10], label: 't' } });
    expect(vertexCount(thumb.get('path').attributes('d')!)).toBeLessThanOrEqual(600);
    const large = mount(KPartPreview, {
      props: { paths, bbox: [-10, -10, 10, 10], label: 'l', size: 'large' },
    });
    expect(vertexCount(large.get('path').attributes('d')!)).toBe(3000);
  });
});
