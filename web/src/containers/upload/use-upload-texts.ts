import type { Part } from '@kerf/state';
import { useI18n } from 'vue-i18n';
import { useFormat } from '../../i18n/use-format.ts';
import type { DisplayStatus } from './row-view.ts';

/** A problem as a badge shows it. */
export interface ProblemText {
  code: string;
  label: string;
  explanation: string;
  severity: 'error' | 'warning';
  count: number;
}

/** The texts and formatted facts of the upload workspace, in the current language. */
export function useUploadTexts() {
  const { t, te, locale } = useI18n();
  const format = useFormat();
  const none = () => t('upload.noValue');
  return {
    status: (status: DisplayStatus) => t(`upload.status.${status}`),
    /** A failure in words: the translation of its code, else the server's (English) message. */
    error: (error: { code: string; message: string }) =>
      te(`upload.errors.${error.code}`) ? t(`upload.errors.${error.code}`) : error.message,
    /** The part's problems, those asking for an action first: units, then errors, then warnings. */
    problems(part: Pick<Part, 'problems'>): ProblemText[] {
      const rank = (p: { code: string; severity: string }) =>
        p.code === 'units-unknown' ? 0 : p.severity === 'error' ? 1 : 2;
      return [...part.problems]
        .sort((a, b) => rank(a) - rank(b))
        .map((problem) => {
          const known = te(`upload.problems.${problem.code}.label`);
          return {
            code: problem.code,
            label: known ? t(`upload.problems.${problem.code}.label`) : problem.code,
            explanation: known ? t(`upload.problems.${problem.code}.explanation`) : problem.message,
            severity: problem.severity,
            count: problem.count,
          };
        });
    },
    fileSize: (bytes: number | null) =>
      bytes === null
        ? none()
        : bytes >= 1024 * 1024
          ? t('upload.fileSizeMb', { value: format.decimal(bytes / (1024 * 1024)) })
          : t('upload.fileSizeKb', { value: format.decimal(Math.max(0.01, bytes / 1024)) }),
    /** Width × height in mm, or a dash. */
    size: (size: readonly number[] | null | undefined, scale = 1) => {
      const [width, height] = size ?? [];
      if (width === undefined || height === undefined) return none();
      return t('upload.sizeValue', {
        width: format.decimal(width * scale),
        height: format.mm(height * scale),
      });
    },
    length: (mm: number | null | undefined) => (mm === null || mm === undefined ? none() : format.mm(mm)),
    area: (mm2: number | null | undefined) =>
      mm2 === null || mm2 === undefined
        ? none()
        : t('upload.areaValue', { value: format.decimal(Math.round(mm2)) }),
    /** A weight in kg as a number: grams show on small parts (0.428), one decimal from 10 kg. */
    weight: (kg: number) =>
      new Intl.NumberFormat(locale.value, { maximumFractionDigits: kg < 10 ? 3 : 1 }).format(kg),
    count: (n: number | null | undefined) => (n === null || n === undefined ? none() : format.decimal(n)),
    none,
  };
}
