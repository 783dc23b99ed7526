import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ALICE } from '../../testing/fake-bff.ts';
import { byText, field, fill, startApp, tableRows } from '../../testing/start-app.ts';

const $ = (selector: string) => document.querySelector(selector);
const range = () => $('.k-pagination__range')?.textContent;
const header = (name: string) => byText<HTMLTableCellElement>('th', new RegExp(`^${name}`));
const click = async (el: Element, init: MouseEventInit = {}) => {
  el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, ...init }));
  await flushPromises();
};
const dialog = () => $('dialog[data-state=open]') as HTMLDialogElement;
const listed = (requests: { method: string; path: string }[]) =>
  requests.filter((r) => r.method === 'GET' && r.path === '/api/catalog/materials').length;

afterEach(() => {
  document.body.innerHTML = '';
});

// Whole-app tests: generous timeouts for busy machines (every step awaits real promises, no fake timers).
describe('the materials page (estimators and admins)', { timeout: 15_000 }, () => {
  it('shows the first page of the seeded catalog with prices, status and row actions', async () => {
    const { app } = await startApp('/materials');
    expect($('h1')?.textContent).toBe('Materials');
    expect(document.title).toBe('Materials · Kerf');
    const rows = tableRows('Materials');
    expect(rows).toHaveLength(20);
    expect(rows[0]).toEqual([
      'Aluminium',
      'Aluminium',
      '1 mm',
      '2,700 kg/m³',
      '€4.00/kg',
      'Active',
      'EditDeactivateDelete',
    ]);
    expect(range()).toBe('1–20 of 24');
    expect($('nav a[aria-current=page]')?.textContent?.trim()).toBe('Materials');
    app.unmount();
  });

  it('restores the table state from the URL and writes changes back to it', async () => {
    const { app, router } = await startApp('/materials?limit=10&offset=10&ordering=-thickness,name');
    expect(range()).toBe('11–20 of 24');
    expect(header('Thickness').getAttribute('aria-sort')).toBe('descending');
    // 10, 8 and 6 mm come first (three qualities each); then 5 mm by name.
    expect(tableRows('Materials')[0]!.slice(0, 3)).toEqual(['Mild steel', 'Mild steel', '5 mm']);
    await click(byText('button', 'Next'));
    expect(router.currentRoute.value.query).toEqual({
      limit: '10',
      offset: '20',
      ordering: '-thickness,name',
    });
    expect(range()).toBe('21–24 of 24');
    await click(byText('button', 'Previous'));
    expect(router.currentRoute.value.query.offset).toBe('10');
    app.unmount();
  });

  it('sorts by a header click, adds a key with Shift+click, toggles on a second click', async () => {
    const { app, router } = await startApp('/materials?offset=20');
    await click(header('Thickness').querySelector('button')!);
    expect(router.currentRoute.value.query).toEqual({ ordering: 'thickness' });
    await click(header('Name').querySelector('button')!, { shiftKey: true });
    expect(router.currentRoute.value.query).toEqual({ ordering: 'thickness,name' });
    await click(header('Thickness').querySelector('button')!);
    expect(router.currentRoute.value.query).toEqual({ ordering: '-thickness' });
    expect(tableRows('Materials')[0]![2]).toBe('10 mm');
    app.unmount();
  });

  it('filters by status and quality, and searches after a pause in typing', async () => {
    const { app, router, catalog, requests } = await startApp('/materials?offset=20');
    catalog.materials[0]!.is_active = false;
    fill(field('Status'), 'false');
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({ active: 'false' });
    expect(tableRows('Materials')).toHaveLength(1);
    fill(field('Status'), '');
    await flushPromises();
    fill(field('Quality'), 'stainless');
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({ quality: 'stainless' });
    const before = listed(requests);
    fill(field('Search'), 'stain');
    fill(field('Search'), 'stainless');
    await vi.waitFor(() =>
      expect(router.currentRoute.value.query).toEqual({ quality: 'stainless', search: 'stainless' }),
    );
    await flushPromises();
    expect(listed(requests)).toBe(before + 1);
    expect(range()).toBe('1–8 of 8');
    app.unmount();
  });

  it('edits a material in a dialog and shows the saved name', async () => {
    const { app } = await startApp('/materials');
    const firstRow = $('tbody tr')!;
    await click(byText('button', 'Edit', firstRow));
    expect(byText('h2', 'Edit Aluminium', dialog())).toBeTruthy();
    const name = field('Name', dialog());
    expect(name.value).toBe('Aluminium');
    expect(field('Thickness', dialog()).value).toBe('1');
    expect(field<HTMLInputElement>('Active', dialog()).checked).toBe(true);
    fill(name, 'Aluminium 5754');
    await click(byText('button', 'Save', dialog()));
    await vi.waitFor(() => expect($('dialog[data-state=open]')).toBeNull());
    expect(tableRows('Materials')[0]![0]).toBe('Aluminium 5754');
    expect($('[role=status]')?.textContent).toContain('Material saved.');
    app.unmount();
  });

  it('shows what is wrong next to each field, from the browser and from the service', async () => {
    const { app, requests } = await startApp('/materials');
    await click(byText('button', 'New material'));
    await click(byText('button', 'Save', dialog()));
    expect(requests.some((r) => r.method === 'POST')).toBe(false);
    const message = (label: string) => {
      const control = field(label, dialog());
      expect(control.getAttribute('aria-invalid')).toBe('true');
      return document.getElementById(control.getAttribute('aria-describedby')!.split(' ')[0]!)?.textContent;
    };
    expect(message('Name')).toBe('Enter a name.');
    expect(message('Quality')).toBe('Choose a quality.');
    expect(message('Thickness')).toBe('Enter the thickness.');
    expect(message('Price per kg')).toBe('Enter the price per kg.');
    fill(field('Name', dialog()), 'S235');
    fill(field<HTMLSelectElement>('Quality', dialog()), 'mild-steel');
    fill(field('Thickness', dialog()), '1000');
    fill(field('Price per kg', dialog()), '1.1');
    await click(byText('button', 'Save', dialog()));
    expect(message('Thickness')).toBe('Enter a thickness above 0 and up to 100 mm.');
    expect(field('Name', dialog()).getAttribute('aria-invalid')).toBeNull();
    expect(dialog().querySelector('[role=alert]')?.textContent).toContain('Check the highlighted fields.');
    fill(field('Name', dialog()), 'Mild steel');
    fill(field('Thickness', dialog()), '3');
    await click(byText('button', 'Save', dialog()));
    expect(message('Name')).toBe('A material with this name and thickness exists already.');
    app.unmount();
  });

  it('refuses to delete a material in use with a clear message, and deletes one that is not', async () => {
    const { app } = await startApp('/materials?quality=mild-steel');
    const row = (thickness: string) =>
      [...document.querySelectorAll('tbody tr')].find((tr) => tr.children[2]?.textContent === thickness)!;
    await click(byText('button', 'Delete', row('3 mm')));
    expect(dialog().getAttribute('role')).toBe('alertdialog');
    expect(document.activeElement?.textContent?.trim()).toBe('Cancel');
    await click(byText('button', 'Delete', dialog()));
    expect(dialog().querySelector('[role=alert]')?.textContent).toContain('Deactivate it instead.');
    await click(byText('button', 'Cancel', dialog()));
    await click(byText('button', 'Delete', row('4 mm')));
    await click(byText('button', 'Delete', dialog()));
    await vi.waitFor(() => expect(tableRows('Materials')).toHaveLength(7), { timeout: 5000 });
    expect($('[role=status]')?.textContent).toContain('Material deleted.');
    app.unmount();
  });

  it('deactivates a material', async () => {
    const { app } = await startApp('/materials');
    await click(byText('button', 'Deactivate', $('tbody tr')!));
    expect(tableRows('Materials')[0]![5]).toBe('Inactive');
    expect($('tbody tr')!.textContent).not.toContain('Deactivate');
    app.unmount();
  });

  it('shows a change made elsewhere without a reload, once the burst of events settled', async () => {
    const { app, catalog, events, requests } = await startApp('/materials');
    expect(events.opened).toHaveLength(1);
    events.ready();
    const before = listed(requests);
    catalog.materials[0]!.name = 'Renamed elsewhere';
    events.change({ service: 'catalog', type: 'material.updated', entity_id: catalog.materials[0]!.id });
    events.change({ service: 'catalog', type: 'material.updated', entity_id: catalog.materials[1]!.id });
    await vi.waitFor(() => expect(tableRows('Materials')[0]![0]).toBe('Renamed elsewhere'));
    expect(listed(requests)).toBe(before + 1);
    app.unmount();
  });
});

describe('the materials page (customers)', () => {
  it('lists active materials without prices, status or actions', async () => {
    const { app, catalog, router } = await startApp('/materials?ordering=-price_per_kg&active=false', ALICE);
    catalog.materials[0]!.is_active = false;
    expect($('h1')?.textContent).toBe('Materials');
    expect(
      [...document.querySelectorAll('thead th')].map((th) => th.textContent?.trim().replace(/\s+\S$/, '')),
    ).toEqual(['Name', 'Quality', 'Thickness', 'Density']);
    expect(tableRows('Materials')[0]).toEqual(['Aluminium', 'Aluminium', '1 mm', '2,700 kg/m³']);
    expect(() => byText('button', 'New material')).toThrow();
    expect(() => field('Status')).toThrow();
    expect(router.currentRoute.value.name).toBe('materials');
    expect([...document.querySelectorAll('nav a')].map((a) => a.textContent?.trim())).toEqual([
      'Quotes',
      'New quote',
      'Materials',
    ]);
    app.unmount();
  });

  it('gets "not found" at the cutting-parameters address, which it keeps', async () => {
    const { app, router, requests } = await startApp('/cutting-parameters?x=1', ALICE);
    expect(router.currentRoute.value.name).toBe('not-found');
    expect(router.currentRoute.value.fullPath).toBe('/cutting-parameters?x=1');
    expect($('h1')?.textContent).toBe('Page not found');
    expect(requests.some((r) => r.path.includes('cutting-parameters'))).toBe(false);
    app.unmount();
  });
});
