/** What the BFF asks the parts service to do after an upload. */
export interface NewPartRequest {
  uploadId: string;
  blobKey: string;
  sha256: string;
  name: string;
  size: number;
  companyId: string;
  ownerId: string;
}

/** The parts service as the upload flow needs it. */
export interface PartsGateway {
  /** Creates the part and queues its processing; idempotent on the upload id. */
  createPart(
    request: NewPartRequest,
  ): Promise<{ ok: true; partId: string } | { ok: false; retry: boolean; detail: string }>;
}
