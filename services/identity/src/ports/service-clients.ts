/** The Kerf processes that may ask for a service token (the contract's `client_id`). */
export type ServiceClientId = 'bff' | 'quotes' | 'parts';

/** Checks the client credentials of Kerf's own processes. */
export interface ServiceClients {
  /** True when `secret` is the provisioned secret of `clientId`; compares in constant time. */
  verify(clientId: ServiceClientId, secret: string): Promise<boolean>;
}
