import { describe, expect, it } from 'vitest';
import { readS3Settings } from './s3-settings.ts';

describe('readS3Settings', () => {
  it('is null without S3 variables and reads them with the default region', () => {
    expect(readS3Settings({})).toBeNull();
    expect(
      readS3Settings({
        S3_ENDPOINT: 'http://127.0.0.1:9000/',
        S3_BUCKET: 'kerf',
        S3_ACCESS_KEY_ID: 'id',
        S3_SECRET_ACCESS_KEY: 'secret',
      }),
    ).toEqual({
      endpoint: 'http://127.0.0.1:9000',
      bucket: 'kerf',
      region: 'us-east-1',
      credentials: { accessKeyId: 'id', secretAccessKey: 'secret' },
    });
    expect(
      readS3Settings({ S3_ENDPOINT: 'http://s3', S3_BUCKET: 'b', S3_REGION: 'eu-west-3' }),
    ).toMatchObject({
      region: 'eu-west-3',
      credentials: null,
    });
  });

  it('refuses half a configuration', () => {
    expect(() => readS3Settings({ S3_ENDPOINT: 'http://s3' })).toThrow(/S3_BUCKET/);
    expect(() => readS3Settings({ S3_ENDPOINT: 'http://s3', S3_BUCKET: 'b', S3_ACCESS_KEY_ID: 'x' })).toThrow(
      /S3_SECRET_ACCESS_KEY/,
    );
  });
});
