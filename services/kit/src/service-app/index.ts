export { createServiceApp } from './create-service-app.ts';
export type { ServiceAppOptions } from './create-service-app.ts';
