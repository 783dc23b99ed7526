import { flushPromises } from '@vue/test-utils';
import type { User } from '@kerf/state';
import { createMemoryHistory } from 'vue-router';
import { createWebApp } from '../create-web-app.ts';
import { createFakeBff } from './fake-bff.ts';

/** Starts the whole app on a fake BFF at `path`, signed in as `user`, mounted into the document. */
export async function startApp(path: string, user?: User) {
  const bff = createFakeBff({ signedIn: true, ...(user ? { user } : {}) });
  const web = createWebApp({
    overmind: bff.overmind,
    history: createMemoryHistory(),
    storage: null,
    languages: [],
  });
  await web.router.push(path);
  await web.router.isReady();
  const host = document.createElement('div');
  document.body.append(host);
  web.app.mount(host);
  await flushPromises();
  return { ...bff, ...web };
}

/** The element whose accessible text is `name` among `selector` matches inside `root`. */
export function byText<T extends Element>(
  selector: string,
  name: string | RegExp,
  root: ParentNode = document,
): T {
  const matches = [...root.querySelectorAll<T>(selector)].filter((el) => {
    const own = el instanceof HTMLTableElement ? el.caption?.textContent : el.textContent;
    const text = (el.getAttribute('aria-label') ?? own ?? '').trim();
    return typeof name === 'string' ? text === name : name.test(text);
  });
  if (matches.length === 0) throw new Error(`no ${selector} named ${String(name)}`);
  return matches[0]!;
}

/** The form control labelled `label` (through `<label for>`) inside `root`. */
export function field<T extends HTMLElement = HTMLInputElement>(
  label: string,
  root: ParentNode = document,
): T {
  const labelEl = byText<HTMLLabelElement>('label', label, root);
  const control = document.getElementById(labelEl.htmlFor);
  if (!control) throw new Error(`label ${label} points at nothing`);
  return control as T;
}

/** Types into an input (or chooses in a select) like a user. */
export function fill(control: HTMLInputElement | HTMLSelectElement, value: string): void {
  control.value = value;
  control.dispatchEvent(new Event(control instanceof HTMLSelectElement ? 'change' : 'input'));
}

/** The cell texts of the table named `name`. */
export function tableRows(name: string): string[][] {
  const table = byText<HTMLTableElement>('table', name, document);
  return [...table.querySelectorAll('tbody tr')].map((tr) =>
    [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? ''),
  );
}
