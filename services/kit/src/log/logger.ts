/** Severity of a log event. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

/** Structured fields of a log event. */
export type LogFields = Readonly<Record<string, unknown>>;

/** Writes one JSON line per event; secrets are redacted by field name. */
export interface Logger {
  debug(event: string, fields?: LogFields): void;
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
  /** A logger that adds `fields` to every event. */
  child(fields: LogFields): Logger;
}

/** Where and what to log. */
export interface LoggerOptions {
  /** Receives each line (without newline); stdout by default. */
  readonly write?: (line: string) => void;
  /** Fields on every event, e.g. `{ service: 'identity' }`. */
  readonly base?: LogFields;
  /** Events below this level are dropped; `info` by default. */
  readonly level?: LogLevel;
  /** The clock; `new Date()` by default. */
  readonly now?: () => Date;
}

const order: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

/** Field names whose values never reach a log line. */
const secret = /pass(word)?|token|secret|authorization|cookie|jwt|private|credential/i;

/** Creates a structured JSON logger (one line per event, secrets redacted). */
export function createLogger(options: LoggerOptions = {}): Logger {
  const write = options.write ?? ((line: string) => process.stdout.write(`${line}\n`));
  const min = order[options.level ?? 'info'];
  const now = options.now ?? (() => new Date());
  const make = (base: LogFields): Logger => {
    const log =
      (level: LogLevel) =>
      (event: string, fields: LogFields = {}) => {
        if (order[level] < min) return;
        const record = { time: now().toISOString(), level, event, ...base, ...fields };
        write(JSON.stringify(redact(record, 0)));
      };
    return {
      debug: log('debug'),
      info: log('info'),
      warn: log('warn'),
      error: log('error'),
      child: (fields) => make({ ...base, ...fields }),
    };
  };
  return make(options.base ?? {});
}

function redact(value: unknown, depth: number): unknown {
  if (value instanceof Error) return { name: value.name, message: value.message, stack: value.stack };
  if (typeof value !== 'object' || value === null) return value;
  if (depth > 5) return '[deep]';
  if (Array.isArray(value)) return value.map((item) => redact(item, depth + 1));
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [
      key,
      secret.test(key) ? '[redacted]' : redact(item, depth + 1),
    ]),
  );
}
