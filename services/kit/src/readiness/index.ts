export { checkReadiness, databaseCheck, readinessRoute } from './readiness.ts';
export type {
  CheckOutcome,
  ReadinessCheck,
  ReadinessChecks,
  ReadinessOptions,
  ReadinessReport,
} from './readiness.ts';
