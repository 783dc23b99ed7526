import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { defineComponent, h } from 'vue';
import { createKerfI18n } from './create-i18n.ts';
import { initialLocale, LOCALE_KEY } from './locale.ts';
import { en } from './messages/en.ts';
import { fr } from './messages/fr.ts';
import { useFormat } from './use-format.ts';

/** Every key path of a catalog, e.g. `signIn.email`. */
function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' ? keys(value as object, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

function formatIn(locale: 'en' | 'fr') {
  let formatted: string[] = [];
  const Probe = defineComponent({
    setup() {
      const format = useFormat();
      formatted = [
        format.decimal(1234.567),
        format.mm(12.5),
        format.money(1234.5),
        format.density(7850),
        format.pricePerKg(1.2),
        format.speed(4100),
        format.seconds(0.5),
      ];
      return () => h('span');
    },
  });
  mount(Probe, { global: { plugins: [createKerfI18n(locale)] } });
  // Intl uses narrow no-break spaces in French; compare with plain spaces.
  return formatted.map((value) => value.replace(/[\u00a0\u202f]/g, ' '));
}

describe('i18n', () => {
  it('has the same keys in English and French, none empty', () => {
    expect(keys(fr)).toEqual(keys(en));
    const lookup = (tree: object, key: string) =>
      key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], tree);
    for (const key of keys(fr)) expect(lookup(fr, key)).not.toBe('');
  });

  it('keeps the labels e2e tests rely on', () => {
    expect([en.signIn.email, en.signIn.password, en.signIn.submit, en.app.signOut, en.app.language]).toEqual([
      'Email',
      'Password',
      'Sign in',
      'Sign out',
      'Language',
    ]);
    expect([fr.signIn.email, fr.signIn.password, fr.signIn.submit, fr.app.signOut, fr.app.language]).toEqual([
      'E-mail',
      'Mot de passe',
      'Se connecter',
      'Se déconnecter',
      'Langue',
    ]);
  });

  it('keeps the catalog names e2e tests rely on', () => {
    const m = en.materials;
    expect([
      m.table,
      m.new,
      m.deactivate,
      m.search,
      m.status,
      m.statusAll,
      m.statusActive,
      m.statusInactive,
    ]).toEqual(['Materials', 'New material', 'Deactivate', 'Search', 'Status', 'All', 'Active', 'Inactive']);
    expect(Object.values(m.fields)).toEqual([
      'Name',
      'Quality',
      'Thickness',
      'Density',
      'Price per kg',
      'Active',
    ]);
    expect([en.catalog.save, en.catalog.cancel, en.catalog.edit, en.catalog.delete]).toEqual([
      'Save',
      'Cancel',
      'Edit',
      'Delete',
    ]);
    expect([en.table.previous, en.table.next, en.nav.materials, en.nav.cuttingParameters]).toEqual([
      'Previous',
      'Next',
      'Materials',
      'Cutting parameters',
    ]);
  });

  it('formats numbers, lengths, densities, prices, speeds and durations for English', () => {
    expect(formatIn('en')).toEqual([
      '1,234.57',
      '12.5 mm',
      '€1,234.50',
      '7,850 kg/m³',
      '€1.20/kg',
      '4,100 mm/min',
      '0.5 s',
    ]);
  });

  it('formats numbers, lengths, densities, prices, speeds and durations for French', () => {
    expect(formatIn('fr')).toEqual([
      '1 234,57',
      '12,5 mm',
      '1 234,50 €',
      '7 850 kg/m³',
      '1,20 €/kg',
      '4 100 mm/min',
      '0,5 s',
    ]);
  });

  it('starts in the stored locale, else the browser language, else English', () => {
    const stored = (value: string | null) => ({
      getItem: (key: string) => (key === LOCALE_KEY ? value : null),
    });
    expect(initialLocale(stored('fr'), ['en-GB'])).toBe('fr');
    expect(initialLocale(stored('de'), ['de-DE', 'fr-CH'])).toBe('fr');
    expect(initialLocale(null, ['FR'])).toBe('fr');
    expect(initialLocale(stored(null), ['es'])).toBe('en');
  });
});
