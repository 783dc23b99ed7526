/** The time now; injected so that tests control timestamps and lease expiry. */
export type Clock = () => Date;

/** Makes a new unique id; injected so that tests get predictable ids. */
export type IdGenerator = () => string;
