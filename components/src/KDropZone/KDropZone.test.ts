import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import type { EntryLike } from './collect-files.ts';
import { filesFromDrop, KDropZone } from './index.ts';

const props = {
  buttonLabel: 'Choose DXF files',
  inputLabel: 'DXF files',
  hint: 'Drop DXF files or folders here',
};

const fileEntry = (file: File): EntryLike => ({
  isFile: true,
  isDirectory: false,
  name: file.name,
  file: (success) => success(file),
});

/** A folder whose reader answers in chunks of two, as browsers answer in chunks. */
const folder = (name: string, children: EntryLike[]): EntryLike => ({
  isFile: false,
  isDirectory: true,
  name,
  createReader() {
    let at = 0;
    return {
      readEntries(success) {
        const chunk = children.slice(at, at + 2);
        at += 2;
        success(chunk);
      },
    };
  },
});

const file = (name: string) => new File(['0'], name);
/** The files are handed over in a task of their own after the event: this waits for it. */
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));
const item = (entry: EntryLike | null, fallback: File | null = null) => ({
  kind: 'file',
  webkitGetAsEntry: () => entry,
  getAsFile: () => fallback,
});

describe('KDropZone', () => {
  it('offers a named button and a labelled, hidden file input for .dxf files', () => {
    const wrapper = mount(KDropZone, { props });
    const button = wrapper.get('button');
    expect(button.text()).toBe('Choose DXF files');
    expect(button.attributes('aria-describedby')).toBe(wrapper.get('p').attributes('id'));
    const input = wrapper.get('input[type=file]');
    expect(input.attributes()).toMatchObject({ 'aria-label': 'DXF files', accept: '.dxf', tabindex: '-1' });
    expect(input.attributes('multiple')).toBeDefined();
    expect(wrapper.get('.k-drop-zone').attributes('data-state')).toBe('idle');
  });

  it('opens the picker from the button (keyboard users included) and emits the picked files', async () => {
    const wrapper = mount(KDropZone, { props });
    const input = wrapper.get('input').element as HTMLInputElement;
    const click = vi.spyOn(input, 'click').mockImplementation(() => undefined);
    await wrapper.get('button').trigger('click');
    expect(click).toHaveBeenCalledOnce();
    const picked = [file('a.dxf'), file('b.dxf')];
    Object.defineProperty(input, 'files', { value: picked, configurable: true });
    input.dispatchEvent(new Event('change'));
    expect(wrapper.emitted('files')).toBeUndefined(); // not inside the browser's change task
    await nextTask();
    expect(wrapper.emitted('files')).toEqual([[picked]]);
  });

  it('walks dropped folders (every chunk, nested, hidden files left out) and shows the drag state', async () => {
    const wrapper = mount(KDropZone, { props, attachTo: document.body });
    const zone = wrapper.get('.k-drop-zone');
    await zone.trigger('dragenter', { dataTransfer: { types: ['Files'] } });
    expect(zone.attributes('data-state')).toBe('over');
    const tree = folder('job', [
      fileEntry(file('b.dxf')),
      fileEntry(file('.DS_Store')),
      folder('sub', [fileEntry(file('c.dxf'))]),
      fileEntry(file('a.dxf')),
    ]);
    await zone.trigger('drop', {
      dataTransfer: { types: ['Files'], items: [item(tree), item(fileEntry(file('top.dxf')))], files: [] },
    });
    await flushPromises();
    await nextTask();
    expect(zone.attributes('data-state')).toBe('idle');
    const names = (wrapper.emitted('files')?.[0]?.[0] as File[]).map((f) => f.name);
    expect(names).toEqual(['a.dxf', 'b.dxf', 'c.dxf', 'top.dxf']);
    wrapper.unmount();
  });

  it('ignores drags of anything but files, and emits nothing while disabled', async () => {
    const wrapper = mount(KDropZone, { props: { ...props, disabled: true } });
    const zone = wrapper.get('.k-drop-zone');
    await zone.trigger('dragenter', { dataTransfer: { types: ['text/plain'] } });
    expect(zone.attributes('data-state')).toBe('disabled');
    await zone.trigger('drop', { dataTransfer: { types: ['Files'], items: [], files: [file('a.dxf')] } });
    await flushPromises();
    await nextTask();
    expect(wrapper.emitted('files')).toBeUndefined();
    expect(wrapper.get('button').attributes('aria-disabled')).toBe('true');
  });

  it('falls back to the plain file list where entries are missing', async () => {
    const plain = [file('a.dxf')];
    expect(await filesFromDrop([item(null, plain[0]!)], plain)).toEqual(plain);
  });
});
