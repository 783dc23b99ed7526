import type { KerfOvermind } from '@kerf/state';
import { createOvermindPlugin } from '@kerf/state/vue';
import { mount } from '@vue/test-utils';
import type { Plugin } from 'vue';
import { createKerfI18n } from '../i18n/create-i18n.ts';

/**
 * Mounts a page piece with the app's translations (and, for containers, an Overmind instance and a
 * router), attached to the document so that focus and labels behave as in the browser.
 */
export function mountWith<C>(
  component: C,
  options: {
    props?: Record<string, unknown>;
    overmind?: KerfOvermind;
    router?: Plugin;
    locale?: 'en' | 'fr';
  } = {},
) {
  const plugins: Plugin[] = [createKerfI18n(options.locale ?? 'en')];
  if (options.overmind) plugins.push(createOvermindPlugin(options.overmind));
  if (options.router) plugins.push(options.router);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- test-utils' overloads do not accept a generic component
  return mount(component as any, { props: options.props, attachTo: document.body, global: { plugins } });
}

/** The control a `<label>` with this text points at, inside `root`. */
export function labelled<T extends Element = HTMLInputElement>(root: Element, label: string): T {
  const found = [...root.querySelectorAll('label')].find((l) => l.textContent?.trim() === label);
  // Inside `root`: separate test apps number their ids alike.
  const control = found ? root.querySelector(`[id="${found.htmlFor}"]`) : null;
  if (!control) throw new Error(`no control labelled ${label}`);
  return control as unknown as T;
}
