/** Records which outside records (quote lines) use a material, so that it cannot be deleted meanwhile. */
export interface ReferenceRepository {
  /** Records a reference; recording it twice is harmless. */
  record(materialId: string, reference: string, at: string): Promise<void>;
  /** Forgets a reference; forgetting an unknown one is harmless. */
  release(materialId: string, reference: string): Promise<void>;
  /** How many references a material has. */
  count(materialId: string): Promise<number>;
}
