/** Where to go after sign-in: an in-app path from `?redirect=`, never another origin or the sign-in page. */
export function safeRedirect(value: unknown): string {
  const target = Array.isArray(value) ? value[0] : value;
  if (typeof target !== 'string' || !target.startsWith('/')) return '/';
  // `//host` and `/\host` would leave the origin.
  if (target.startsWith('//') || target.startsWith('/\\')) return '/';
  if (target === '/sign-in' || target.startsWith('/sign-in?')) return '/';
  return target;
}
