import { mount } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { nextTick } from 'vue';
import { KDialog } from './index.ts';

const slots = {
  default: '<p>Delete Mild steel 3 mm?</p><input aria-label="Reason" />',
  actions: '<button class="cancel" data-autofocus>Cancel</button><button class="ok">Delete</button>',
};

async function openDialog(props: Record<string, unknown> = {}) {
  const opener = document.createElement('button');
  document.body.append(opener);
  opener.focus();
  const wrapper = mount(KDialog, {
    attachTo: document.body,
    props: { open: false, title: 'Delete material?', ...props },
    slots,
  });
  await wrapper.setProps({ open: true });
  await nextTick();
  return { wrapper, opener };
}

const press = (key: string, shiftKey = false) =>
  document.activeElement!.dispatchEvent(
    new KeyboardEvent('keydown', { key, shiftKey, bubbles: true, cancelable: true }),
  );

afterEach(() => {
  document.body.innerHTML = '';
});

describe('KDialog', () => {
  it('renders nothing inside while closed', () => {
    const wrapper = mount(KDialog, { props: { open: false, title: 'Edit' }, slots });
    expect(wrapper.get('dialog').attributes('data-state')).toBe('closed');
    expect(wrapper.find('h2').exists()).toBe(false);
  });

  it('opens modal, named by its title, with focus on the [data-autofocus] element', async () => {
    const { wrapper } = await openDialog({ role: 'alertdialog' });
    const dialog = wrapper.get('dialog');
    expect(dialog.attributes('data-state')).toBe('open');
    expect((dialog.element as HTMLDialogElement).open).toBe(true);
    expect(dialog.attributes('role')).toBe('alertdialog');
    expect(dialog.attributes('aria-modal')).toBe('true');
    expect(wrapper.get(`#${dialog.attributes('aria-labelledby')}`).text()).toBe('Delete material?');
    expect(document.activeElement).toBe(wrapper.get('.cancel').element);
    wrapper.unmount();
  });

  it('focuses the first focusable element without [data-autofocus]', async () => {
    const wrapper = mount(KDialog, {
      attachTo: document.body,
      props: { open: true, title: 'Edit material' },
      slots: { default: '<input aria-label="Name" class="name" />' },
    });
    await nextTick();
    await nextTick();
    expect(wrapper.get('dialog').attributes('role')).toBeUndefined();
    expect(document.activeElement).toBe(wrapper.get('.name').element);
    wrapper.unmount();
  });

  it('asks to close on Escape', async () => {
    const { wrapper } = await openDialog();
    press('Escape');
    expect(wrapper.emitted('close')).toHaveLength(1);
    wrapper.unmount();
  });

  it('asks to close when the browser cancels it', async () => {
    const { wrapper } = await openDialog();
    const cancel = new Event('cancel', { cancelable: true });
    wrapper.get('dialog').element.dispatchEvent(cancel);
    expect(cancel.defaultPrevented).toBe(true);
    expect(wrapper.emitted('close')).toHaveLength(1);
    wrapper.unmount();
  });

  it('keeps Tab and Shift+Tab inside', async () => {
    const { wrapper } = await openDialog();
    const [input, cancel, ok] = ['input', '.cancel', '.ok'].map((s) => wrapper.get(s).element as HTMLElement);
    ok!.focus();
    press('Tab');
    expect(document.activeElement).toBe(input);
    press('Tab', true);
    expect(document.activeElement).toBe(ok);
    cancel!.focus();
    // In the middle the browser moves the focus itself.
    expect(press('Tab')).toBe(true);
    expect(document.activeElement).toBe(cancel);
    wrapper.unmount();
  });

  it('gives the focus back to where it was when it closes', async () => {
    const { wrapper, opener } = await openDialog();
    await wrapper.setProps({ open: false });
    await nextTick();
    expect((wrapper.get('dialog').element as HTMLDialogElement).open).toBe(false);
    expect(document.activeElement).toBe(opener);
    wrapper.unmount();
  });
});
