/** The time now; injected so that tests control timestamps and validity dates. */
export type Clock = () => Date;

/** Makes a new unique record id; injected so that tests get predictable ids. */
export type IdGenerator = () => string;
