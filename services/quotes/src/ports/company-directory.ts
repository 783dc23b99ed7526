/** What quotes reads from identity about a customer, with its own service token. */
export interface CompanyDirectory {
  /**
   * The company's display name; null when identity knows no such company. Rejects when identity
   * cannot be reached or answers unexpectedly.
   */
  name(companyId: string): Promise<string | null>;
}
