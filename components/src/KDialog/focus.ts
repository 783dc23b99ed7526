const FOCUSABLE = [
  'a[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  '[tabindex]:not([tabindex="-1"])',
].join(',');

/** The elements inside `root` that Tab reaches, in document order. */
export function focusableIn(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => !el.closest('[inert]'));
}

/** Where focus goes when a dialog opens: `[data-autofocus]`, else the first focusable, else the dialog. */
export function initialFocus(root: HTMLElement): HTMLElement {
  return root.querySelector<HTMLElement>('[data-autofocus]') ?? focusableIn(root)[0] ?? root;
}

/**
 * Keeps Tab and Shift+Tab inside `root`: from the last focusable element Tab wraps to the first, and
 * back. Returns true when it moved the focus (the caller then prevents the default).
 */
export function wrapFocus(root: HTMLElement, event: KeyboardEvent): boolean {
  const items = focusableIn(root);
  const first = items[0];
  const last = items.at(-1);
  if (!first || !last) return false;
  const active = document.activeElement;
  const outside = !(active instanceof HTMLElement) || !root.contains(active) || active === root;
  if (event.shiftKey && (active === first || outside)) {
    last.focus();
    return true;
  }
  if (!event.shiftKey && (active === last || outside)) {
    first.focus();
    return true;
  }
  return false;
}
