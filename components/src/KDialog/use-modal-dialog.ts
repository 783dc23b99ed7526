import { nextTick, onBeforeUnmount, watch, type Ref } from 'vue';

/**
 * Opens and closes a native `<dialog>` as a modal while `isOpen()` holds: `showModal` (the page behind
 * becomes inert; `open` where it is missing), focus moved to `focusTarget`, and on close focus returned
 * where it was. Used by KDialog and KDrawer.
 */
export function useModalDialog(
  dialog: Ref<HTMLDialogElement | null>,
  isOpen: () => boolean,
  focusTarget: (el: HTMLDialogElement) => HTMLElement | null,
): void {
  let returnTo: HTMLElement | null = null;

  async function show() {
    const el = dialog.value;
    if (!el) return;
    returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!el.open) {
      if (typeof el.showModal === 'function') el.showModal();
      else el.setAttribute('open', '');
    }
    await nextTick();
    focusTarget(el)?.focus();
  }

  function hide() {
    const el = dialog.value;
    if (el?.open) {
      if (typeof el.close === 'function') el.close();
      else el.removeAttribute('open');
    }
    if (returnTo?.isConnected) returnTo.focus();
    returnTo = null;
  }

  watch(isOpen, (open) => (open ? void show() : hide()), { flush: 'post' });
  // `immediate` would run before the element exists; mount-time opening waits for it instead.
  watch(dialog, (el) => el && isOpen() && void show(), { flush: 'post' });
  onBeforeUnmount(hide);
}
