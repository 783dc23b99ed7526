import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/messages/en.ts';
import { fr } from '../../i18n/messages/fr.ts';
import { referenceLength } from './units-reference.ts';

describe('upload workspace texts', () => {
  it('keeps the names end-to-end tests rely on, in English and French', () => {
    const names = (m: typeof en) => [
      m.upload.drop.button,
      m.upload.drop.input,
      m.upload.table,
      ...Object.values(m.upload.status),
      m.upload.retry,
      m.upload.cancel,
      m.upload.remove,
      m.upload.removeSelected,
      m.upload.selectAll,
      m.upload.units.mm,
      m.upload.units.inch,
    ];
    expect(names(en)).toEqual([
      'Choose DXF files',
      'DXF files',
      'Parts',
      'Queued',
      'Hashing',
      'Uploading',
      'Processing',
      'Ready',
      'Failed',
      'Retry',
      'Cancel',
      'Remove',
      'Remove selected',
      'Select all',
      'Millimetres',
      'Inches',
    ]);
    expect(names(fr).slice(0, 9)).toEqual([
      'Choisir des fichiers DXF',
      'Fichiers DXF',
      'Pièces',
      'En attente',
      'Empreinte',
      'Envoi',
      'Traitement',
      'Prête',
      'Échec',
    ]);
  });

  it('explains every problem code of QUOTING.md and every part error code', () => {
    const quoting = [
      'open-contour',
      'hole-too-small',
      'feature-too-small',
      'text-not-cut',
      'several-parts',
      'duplicate-lines',
      'units-unknown',
      'larger-than-sheet',
    ];
    const partErrors = [
      'not-a-dxf',
      'unreadable',
      'too-complex',
      'time-limit',
      'memory-limit',
      'checksum-mismatch',
      'blob-missing',
      'processing-failed',
    ];
    for (const code of quoting) expect(Object.keys(en.upload.problems)).toContain(code);
    for (const code of partErrors) expect(Object.keys(en.upload.errors)).toContain(code);
  });

  it('picks a round reference bar between the two readings of a unitless drawing', () => {
    expect(referenceLength([4, 2])).toBe(10); // 4 mm or 101.6 mm
    expect(referenceLength([200, 100])).toBe(1000); // 200 mm or 5 m
    expect(referenceLength(null)).toBe(100);
  });
});
