export { envInteger } from './env-integer.ts';
export type { Env } from './env-integer.ts';
export { databaseLocation } from './database-location.ts';
export { readS3Settings, s3BlobKey, s3ClientConfig } from './s3-settings.ts';
export type { S3Settings } from './s3-settings.ts';
