/** The identity tables as Kysely sees them. */
export interface IdentityDatabase {
  companies: { id: string; name: string; created_at: string };
  users: {
    id: string;
    email: string;
    name: string;
    role: string;
    company_id: string;
    password_hash: string;
    created_at: string;
  };
}
