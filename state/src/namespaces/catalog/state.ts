import type {
  CatalogMaterial,
  CuttingParameter,
  CuttingParameterQuery,
  MaterialQuery,
  Quality,
  ShopRates,
} from './types.ts';

/** Where a list stands; `idle` means no page shows it (live changes then do not reload it). */
export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

/** What went wrong with a field: empty, rejected by the contract, or a duplicate. */
export interface FieldError {
  code: 'required' | 'invalid' | 'duplicate';
  /** The service's (English) message, or the state's own for `required`. */
  message: string;
}

/** Why a catalog call failed, for the page to translate by `code`. */
export interface CatalogError {
  /**
   * A stable code: `invalid-input`, `duplicate-material`, `duplicate-cutting-parameter`, `material-in-use`,
   * `not-found`, `forbidden`, `session-expired`, `network`, `unexpected`.
   */
  code: string;
  /** An English fallback message. */
  message: string;
  /** Errors per form field (`name`, `thickness`, ...), from problem+json `errors` (`body.name` -> `name`). */
  fields: Record<string, FieldError>;
}

/** A form's submission. */
export interface FormState {
  status: 'idle' | 'saving' | 'error';
  error: CatalogError | null;
}

/** A server-paginated list. */
export interface ListState<T, Q> {
  /** What the shown page was asked with. */
  query: Q;
  /** The page's ids, in the server's order. */
  ids: string[];
  byId: Record<string, T>;
  /** How many items match in all. */
  count: number;
  status: LoadStatus;
  error: CatalogError | null;
  /** Increments per request, so that only the latest answer is shown. */
  request: number;
}

/** A row action (deactivate, delete) and its outcome. */
export interface RowActionState {
  status: 'idle' | 'working' | 'done' | 'error';
  /** What the last action did, e.g. `deleted`, for the page's notice; `null` before any. */
  done: 'deactivated' | 'deleted' | null;
  error: CatalogError | null;
}

/** The catalog namespace's state. */
export interface CatalogState {
  qualities: { ids: string[]; byId: Record<string, Quality>; status: LoadStatus; error: CatalogError | null };
  materials: ListState<CatalogMaterial, MaterialQuery>;
  materialForm: FormState;
  materialAction: RowActionState;
  cuttingParameters: ListState<CuttingParameter, CuttingParameterQuery>;
  cuttingParameterForm: FormState;
  cuttingParameterAction: RowActionState;
  shopRates: { data: ShopRates | null; status: LoadStatus; error: CatalogError | null };
  shopRatesForm: FormState;
}

/** The materials page's query before the URL says otherwise. */
export const DEFAULT_MATERIAL_QUERY: MaterialQuery = {
  limit: 20,
  offset: 0,
  ordering: [],
  search: '',
  is_active: null,
  quality: null,
};

/** The cutting-parameters page's query before the URL says otherwise. */
export const DEFAULT_CUTTING_PARAMETER_QUERY: CuttingParameterQuery = { limit: 50, offset: 0, quality: null };

const list = <T, Q extends object>(query: Q): ListState<T, Q> => ({
  query: { ...query },
  ids: [],
  byId: {},
  count: 0,
  status: 'idle',
  error: null,
  request: 0,
});

/** A fresh catalog state: nothing loaded. */
export function createCatalogState(): CatalogState {
  return {
    qualities: { ids: [], byId: {}, status: 'idle', error: null },
    materials: list(DEFAULT_MATERIAL_QUERY),
    materialForm: { status: 'idle', error: null },
    materialAction: { status: 'idle', done: null, error: null },
    cuttingParameters: list(DEFAULT_CUTTING_PARAMETER_QUERY),
    cuttingParameterForm: { status: 'idle', error: null },
    cuttingParameterAction: { status: 'idle', done: null, error: null },
    shopRates: { data: null, status: 'idle', error: null },
    shopRatesForm: { status: 'idle', error: null },
  };
}

/** How long live changes settle before the shown page is fetched again. */
export const LIVE_RELOAD_MS = 300;
