// Generated from openapi/parts.yaml by openapi-typescript. Do not edit: run `pnpm openapi:generate`.

export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness
         * @description Whether parts can serve now: its database answers a trivial query (`database`), the S3 bucket
         *     answers a HEAD request when blobs are on S3 (`storage`), and pg-boss is started and answers when
         *     jobs are in pg-boss (`job_queue`).
         *     Each check has a short time limit. Open (no token) and cheap, for load balancers; never cached.
         *     A failed check answers 503 naming it, with nothing of its error (no hosts, no connection strings).
         */
        get: operations["getReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/parts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List parts (external callers see their own company's parts only)
         * @description Filters combine with AND. `ids` fetches many parts in one call: ids that do not exist or are not
         *     visible to the caller are left out. `count` is the number of parts matching the filters among
         *     those the caller may see. Items carry `preview: null` unless `with_preview=true`.
         */
        get: operations["listParts"];
        put?: never;
        /**
         * Create a part from a stored blob and queue its processing (idempotent on the upload id)
         * @description The BFF calls this with a `service` token once an upload has finished and its SHA-256 matched,
         *     naming the owner in `company_id` and `owner_id`. Users may call it too, without those fields
         *     (their own company and id are used; naming an owner answers 403).
         *
         *     Idempotent: a retried create with the same `upload_id` (per company) returns the existing part
         *     with 200 and queues nothing; the same upload id with another blob, hash or size answers 409, and
         *     an upload whose part was deleted answers 410. The blob must exist with `size_bytes` bytes (422
         *     otherwise); its SHA-256 is checked when it is processed (`checksum-mismatch`).
         */
        post: operations["createPart"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/parts/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Status and progress of many parts in one call (for polling)
         * @description One minimal row per visible part, in the order of `ids`; ids that do not exist or are not
         *     visible to the caller are left out.
         */
        get: operations["readPartProgress"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/parts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** Read a part with its geometry, problems and preview */
        get: operations["getPart"];
        put?: never;
        post?: never;
        /** Delete a part, its job and its blob */
        delete: operations["deletePart"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/parts/{id}/units": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Choose the drawing units (mm or inch) and re-process the part
         * @description Records the choice and starts a new processing run (202). Choosing the units already chosen
         *     for a part that is not failed changes nothing (200).
         */
        post: operations["setPartUnits"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/parts/{id}/reprocess": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Process a ready or failed part again (a new processing run) */
        post: operations["reprocessPart"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The change feed after a cursor, oldest first (internal, admin, service callers)
         * @description Follow the feed by passing the previous answer's `next` as `after`; `next` equals `after` when
         *     nothing new happened. Event ids only grow. Every payload names the part's `company_id`, so a
         *     follower can route it to that company's users only.
         */
        get: operations["listEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Health: {
            /** @enum {string} */
            status: "ok";
        };
        Readiness: {
            /** @enum {string} */
            status: "ready";
            /** @description Every check this process makes, by name (e.g. `database`), and its outcome. */
            checks: {
                [key: string]: "ok";
            };
        };
        /** @description A `not-ready` problem with every check's outcome. */
        NotReady: components["schemas"]["Problem"] & {
            checks: {
                [key: string]: "ok" | "failed" | "timeout";
            };
        };
        PartId: string;
        PartIdList: string;
        CompanyId: string;
        UserId: string;
        /** @description A server-generated id (never a file name), e.g. the upload id. */
        StorageKey: string;
        /** @description Lower-case hex SHA-256 of the file's bytes. */
        Sha256: string;
        /** @enum {string} */
        Units: "mm" | "inch";
        /**
         * @description `queued`: waiting for a worker; `processing`: being analysed (also while a transient failure
         *     waits for its retry); `ready`: facts, problems and preview are there; `failed`: see `error`.
         * @enum {string}
         */
        PartStatus: "queued" | "processing" | "ready" | "failed";
        NewPart: {
            /** @description The upload that produced the blob; one part per company and upload id. */
            upload_id: components["schemas"]["StorageKey"];
            /** @description Where the BFF stored the bytes (`<dataDir>/blobs/<first 2 hex of sha256>/<blob_key>`). */
            blob_key: components["schemas"]["StorageKey"];
            sha256: components["schemas"]["Sha256"];
            /** @description The file name as the user saw it (shown escaped; never used as a path). */
            original_name: string;
            size_bytes: number;
            /** @description Units chosen up front, if any. */
            units_choice?: components["schemas"]["Units"] | null;
            /** @description The owner company (service callers only, and required from them). */
            company_id?: components["schemas"]["CompanyId"];
            /** @description The user who uploaded the file (service callers only, and required from them). */
            owner_id?: components["schemas"]["UserId"];
        };
        /**
         * @description `not-a-dxf`, `unreadable`, `too-complex` (entity limits), `time-limit`, `memory-limit` and
         *     `checksum-mismatch` are input errors and are never retried; `blob-missing` and
         *     `processing-failed` are given after the retries of a transient failure ran out.
         * @enum {string}
         */
        PartErrorCode: "not-a-dxf" | "unreadable" | "too-complex" | "time-limit" | "memory-limit" | "checksum-mismatch" | "blob-missing" | "processing-failed";
        PartError: {
            code: components["schemas"]["PartErrorCode"];
            message: string;
        };
        Point: [
            number,
            number
        ];
        /** @description [xmin, ymin, xmax, ymax] */
        Box: [
            number,
            number,
            number,
            number
        ];
        UnitsInfo: {
            /** @description The file's `$INSUNITS` by name (`mm`, `inch`, ..., `unitless`, or `absent`). */
            detected: string;
            /** @description Millimetres per drawing unit declared by the file; null when it declares none. */
            file_mm_per_unit: number | null;
            /**
             * @description What the lengths of this part use: the units choice, else the file's units. Null when
             *     neither is known: lengths are then drawing units read as mm (see the `units-unknown` problem).
             */
            mm_per_unit: number | null;
            /** @enum {string|null} */
            source: "choice" | "file" | null;
        };
        /** @description Facts of the drawing (shared/fixtures/dxf/DEFINITIONS.md), lengths in mm, areas in mm². */
        Geometry: {
            units: components["schemas"]["UnitsInfo"];
            size_mm: [
                number,
                number
            ] | null;
            bbox_mm: components["schemas"]["Box"] | null;
            cut_length_mm: number;
            pierces: number;
            /** @description Holes inside the outer contour. */
            holes: number | null;
            closed_loops: number;
            open_chains: number;
            /** @description More than 1 means several parts. */
            top_level_loops: number;
            outer_area_mm2: number | null;
            /** @description Outer area minus its holes. */
            net_area_mm2: number | null;
            total_net_area_mm2: number | null;
            smallest_hole_mm: number | null;
            cut_entity_count: number;
            duplicate_edges: number;
            tiny_segments: number;
            dxf_version: string;
            binary: boolean;
        };
        PartProblem: {
            /**
             * @description e.g. `open-contour`, `hole-too-small`, `feature-too-small`, `text-not-cut`, `several-parts`,
             *     `duplicate-lines`, `units-unknown`, `larger-than-sheet`, `non-finite-skipped`,
             *     `geometry-skipped`.
             */
            code: string;
            /** @enum {string} */
            severity: "error" | "warning";
            message: string;
            count: number;
            /** @description Up to 20 locations, in drawing units. */
            where: components["schemas"]["Point"][];
            details: {
                [key: string]: number | null;
            };
        };
        PreviewPath: {
            /** @enum {string} */
            kind: "outer" | "hole" | "open";
            /** @description SVG path data in mm (y up): M, L and Z commands only. */
            d: string;
        };
        Preview: {
            bbox: components["schemas"]["Box"] | null;
            paths: components["schemas"]["PreviewPath"][];
            /** @description Some paths were left out to bound the size. */
            truncated: boolean;
        };
        Part: {
            id: components["schemas"]["PartId"];
            company_id: components["schemas"]["CompanyId"];
            owner_id: components["schemas"]["UserId"];
            upload_id: components["schemas"]["StorageKey"];
            original_name: string;
            size_bytes: number;
            sha256: components["schemas"]["Sha256"];
            units_choice: components["schemas"]["Units"] | null;
            status: components["schemas"]["PartStatus"];
            progress: number;
            /** @description The processing run; choosing units or re-processing starts the next one. */
            revision: number;
            /** @description Null until the part is ready. */
            geometry: components["schemas"]["Geometry"] | null;
            /** @description Empty until the part is ready. */
            problems: components["schemas"]["PartProblem"][];
            /** @description Null until the part is ready, and in lists unless `with_preview=true`. */
            preview: components["schemas"]["Preview"] | null;
            error: components["schemas"]["PartError"] | null;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            /**
             * Format: date-time
             * @description When the current run ended (ready or failed).
             */
            processed_at: string | null;
        };
        PartPage: {
            count: number;
            items: components["schemas"]["Part"][];
        };
        PartProgress: {
            id: components["schemas"]["PartId"];
            status: components["schemas"]["PartStatus"];
            progress: number;
            revision: number;
            error: components["schemas"]["PartError"] | null;
        };
        /** @enum {string} */
        EventType: "part.created" | "part.queued" | "part.processing" | "part.progress" | "part.ready" | "part.failed" | "part.deleted";
        /** @description The part's state after the change (a summary; read the part for its geometry). */
        EventPayload: {
            company_id: components["schemas"]["CompanyId"];
            owner_id: components["schemas"]["UserId"];
            upload_id: components["schemas"]["StorageKey"];
            status: components["schemas"]["PartStatus"];
            progress: number;
            revision: number;
            error: components["schemas"]["PartError"] | null;
        };
        Event: {
            id: number;
            type: components["schemas"]["EventType"];
            /** @description The part id. */
            entity_id: string;
            payload: components["schemas"]["EventPayload"];
            /** Format: date-time */
            at: string;
        };
        EventPage: {
            items: components["schemas"]["Event"][];
            /** @description The cursor to pass as `after` next time. */
            next: number;
        };
        /** @description An RFC 9457 problem detail. */
        Problem: {
            type: string;
            title: string;
            status: number;
            /** @description A stable machine code, e.g. `invalid-input`, `not-found`, `upload-reused`. */
            code: string;
            detail?: string;
            errors?: {
                /** @description Where, e.g. `body.sha256` or `query.ids`. */
                field: string;
                message: string;
            }[];
        };
    };
    responses: {
        /** @description The request does not match the contract. */
        Invalid: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Missing, invalid or expired credentials. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The caller's role may not do this. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No such part (or not visible to the caller). */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The request conflicts with the part's current state. */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The request body is not sent as application/json. */
        UnsupportedMediaType: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: {
        Id: components["schemas"]["PartId"];
        Limit: number;
        Offset: number;
        /**
         * @description Comma-separated fields, each optionally prefixed by `-` for descending, e.g. `status,-created_at`.
         *     Ties are broken by `id`. Default `-created_at`.
         */
        PartOrdering: string;
        /** @description Comma-separated part ids (at most 250), e.g. `ids=a,b,c`. */
        IdList: components["schemas"]["PartIdList"];
        /** @description Comma-separated part ids (at most 250), e.g. `ids=a,b,c`. */
        RequiredIdList: components["schemas"]["PartIdList"];
    };
    requestBodies: never;
    headers: {
        /** @description Always `no-store`. */
        NoStore: "no-store";
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service is up. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
        };
    };
    getReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every check passed. */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["NoStore"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Readiness"];
                };
            };
            /** @description A check failed or timed out (code `not-ready`); `checks` names it. */
            503: {
                headers: {
                    "Cache-Control": components["headers"]["NoStore"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotReady"];
                };
            };
        };
    };
    listParts: {
        parameters: {
            query?: {
                limit?: components["parameters"]["Limit"];
                offset?: components["parameters"]["Offset"];
                /**
                 * @description Comma-separated fields, each optionally prefixed by `-` for descending, e.g. `status,-created_at`.
                 *     Ties are broken by `id`. Default `-created_at`.
                 */
                ordering?: components["parameters"]["PartOrdering"];
                status?: components["schemas"]["PartStatus"];
                /** @description Comma-separated part ids (at most 250), e.g. `ids=a,b,c`. */
                ids?: components["parameters"]["IdList"];
                /** @description Only this company's parts (for an external caller another company gives an empty page). */
                company_id?: components["schemas"]["CompanyId"];
                with_preview?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of parts and the number of parts matching the filters. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartPage"];
                };
            };
            400: components["responses"]["Invalid"];
            401: components["responses"]["Unauthorized"];
        };
    };
    createPart: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewPart"];
            };
        };
        responses: {
            /** @description The part this upload already created. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Part"];
                };
            };
            /** @description Created; its processing job is queued. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Part"];
                };
            };
            400: components["responses"]["Invalid"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            /** @description The part of this upload was deleted. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            415: components["responses"]["UnsupportedMediaType"];
            /** @description The blob is missing or its size differs from `size_bytes`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readPartProgress: {
        parameters: {
            query: {
                /** @description Comma-separated part ids (at most 250), e.g. `ids=a,b,c`. */
                ids: components["parameters"]["RequiredIdList"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The progress rows. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["PartProgress"][];
                    };
                };
            };
            400: components["responses"]["Invalid"];
            401: components["responses"]["Unauthorized"];
        };
    };
    getPart: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The part. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Part"];
                };
            };
            400: components["responses"]["Invalid"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    deletePart: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Invalid"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    setPartUnits: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    units: components["schemas"]["Units"];
                };
            };
        };
        responses: {
            /** @description The part already had these units. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Part"];
                };
            };
            /** @description The choice is recorded and the part is queued again. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Part"];
                };
            };
            400: components["responses"]["Invalid"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    reprocessPart: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The part is queued again. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Part"];
                };
            };
            400: components["responses"]["Invalid"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    listEvents: {
        parameters: {
            query?: {
                /** @description Return events with an id greater than this one. */
                after?: number;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Events in id order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventPage"];
                };
            };
            400: components["responses"]["Invalid"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
}
