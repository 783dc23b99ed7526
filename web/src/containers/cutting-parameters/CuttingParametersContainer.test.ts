import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { byText, field, fill, startApp, tableRows } from '../../testing/start-app.ts';

const $ = (selector: string) => document.querySelector(selector);
const dialog = () => $('dialog[data-state=open]') as HTMLDialogElement;
const click = async (el: Element) => {
  (el as HTMLElement).click();
  await flushPromises();
};

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the cutting-parameters page', { timeout: 15_000 }, () => {
  it('lists speed and pierce time per quality and thickness, filtered by the URL', async () => {
    const { app, router } = await startApp('/cutting-parameters?quality=mild-steel');
    expect($('h1')?.textContent).toBe('Cutting parameters');
    expect(document.title).toBe('Cutting parameters · Kerf');
    const rows = tableRows('Cutting parameters');
    expect(rows).toHaveLength(8);
    expect(rows[1]).toEqual(['Mild steel', '2 mm', '10,000 mm/min', '0.2 s', 'EditDelete']);
    expect(field<HTMLSelectElement>('Quality').value).toBe('mild-steel');
    fill(field<HTMLSelectElement>('Quality'), '');
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({});
    expect(tableRows('Cutting parameters')).toHaveLength(24);
    expect($('nav a[aria-current=page]')?.textContent?.trim()).toBe('Cutting parameters');
    app.unmount();
  });

  it('edits the speed and pierce time in a dialog', async () => {
    const { app, catalog } = await startApp('/cutting-parameters?quality=stainless');
    await click(byText('button', 'Edit', $('tbody tr')!));
    expect(dialog().querySelector('h2')?.textContent).toBe('Edit Stainless steel, 1 mm');
    expect(() => field('Thickness', dialog())).toThrow();
    const speed = field('Speed', dialog());
    expect(speed.value).toBe('20000');
    fill(speed, '31000');
    fill(field('Pierce time', dialog()), '');
    await click(byText('button', 'Save', dialog()));
    const pierce = field('Pierce time', dialog());
    expect(
      document.getElementById(pierce.getAttribute('aria-describedby')!.split(' ')[0]!)?.textContent,
    ).toBe('Enter the pierce time.');
    fill(pierce, '0.4');
    await click(byText('button', 'Save', dialog()));
    await vi.waitFor(() => expect($('dialog[data-state=open]')).toBeNull());
    expect(catalog.parameters.find((p) => p.id === 'cp-stainless-1')).toMatchObject({
      speed_mm_per_min: 31000,
      pierce_time_s: 0.4,
    });
    expect(tableRows('Cutting parameters')[0]!.slice(2, 4)).toEqual(['31,000 mm/min', '0.4 s']);
    app.unmount();
  });

  it('deletes after confirmation', async () => {
    const { app } = await startApp('/cutting-parameters?quality=aluminium');
    await click(byText('button', 'Delete', $('tbody tr')!));
    expect(dialog().textContent).toContain('The parameters for Aluminium, 1 mm, will be deleted for good.');
    await click(byText('button', 'Delete', dialog()));
    await vi.waitFor(() => expect(tableRows('Cutting parameters')).toHaveLength(7), { timeout: 5000 });
    app.unmount();
  });
});
