// Generated from openapi/bff.yaml by openapi-typescript. Do not edit: run `pnpm openapi:generate`.

export interface paths {
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness and readiness of the BFF and the services behind it */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness
         * @description Whether this BFF can serve now: its session and upload databases answer a trivial query
         *     (`database`) and, when uploads go to S3, the bucket answers a HEAD request (`storage`).
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
    "/api/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who is signed in */
        get: operations["getSession"];
        put?: never;
        /** Sign in with email and password; sets the session cookie */
        post: operations["signIn"];
        /** Sign out; the session ends on the server */
        delete: operations["signOut"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/uploads/batches/{batch}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Progress of every upload of a batch that changed after a version
         * @description One request per polling tick for the whole batch, never one per file. Pass the previous
         *     answer's `version` as `since` to receive only the uploads that changed; `since=0` returns them
         *     all, so a reloaded page rebuilds its rows. Progress never goes backwards.
         */
        get: operations["getBatchProgress"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/uploads/batches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller's recent batches that still have unfinished uploads
         * @description Lets a reloaded page find the batches it was following.
         */
        get: operations["listBatches"];
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
            status: "ok" | "degraded";
            services: {
                [key: string]: "ok" | "down";
            };
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
        /** @description Chosen by the browser for one drop of files. */
        BatchId: string;
        /**
         * @description uploading (bytes arriving) -> verifying (SHA-256 check) -> processing (geometry) -> ready;
         *     failed at any step, with an error.
         * @enum {string}
         */
        UploadStatus: "uploading" | "verifying" | "processing" | "ready" | "failed";
        UploadProgress: {
            upload_id: string;
            batch: components["schemas"]["BatchId"];
            /** @description The file name as given, for display only. */
            name: string;
            size: number;
            /** @description Bytes the server holds. */
            offset: number;
            status: components["schemas"]["UploadStatus"];
            /** @description Processing progress. */
            progress: number;
            part_id: string | null;
            error: null | {
                code: string;
                message: string;
            };
            version: number;
        };
        BatchProgress: {
            batch: components["schemas"]["BatchId"];
            /** @description Pass as `since` next time. */
            version: number;
            items: components["schemas"]["UploadProgress"][];
        };
        Credentials: {
            /** Format: email */
            email: string;
            password: string;
        };
        Session: {
            user: components["schemas"]["SessionUser"];
        };
        SessionUser: {
            id: string;
            email: string;
            name: string;
            /** @enum {string} */
            role: "admin" | "internal" | "external";
            company: {
                id: string;
                name: string;
            };
        };
        /** @description An RFC 9457 problem detail. */
        Problem: {
            type: string;
            title: string;
            status: number;
            /** @description A stable machine code, e.g. `invalid-input`. */
            code: string;
            detail?: string;
            errors?: {
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
        /** @description No session, an ended session or wrong credentials. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Cross-origin request or missing request header. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Too many sign-in attempts; retry later. */
        TooMany: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: {
        /** @description Required on every unsafe method; a cross-site form cannot send it. */
        RequestHeader: "1";
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
            /** @description Every service answers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description A service does not answer. */
            503: {
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
    getSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The current session. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    signIn: {
        parameters: {
            query?: never;
            header: {
                /** @description Required on every unsafe method; a cross-site form cannot send it. */
                "X-Kerf-Request": components["parameters"]["RequestHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Credentials"];
            };
        };
        responses: {
            /** @description Signed in; the response sets the session cookie. */
            200: {
                headers: {
                    /** @description The HttpOnly, SameSite=Strict session cookie. */
                    "Set-Cookie"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            400: components["responses"]["Invalid"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooMany"];
        };
    };
    signOut: {
        parameters: {
            query?: never;
            header: {
                /** @description Required on every unsafe method; a cross-site form cannot send it. */
                "X-Kerf-Request": components["parameters"]["RequestHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed out. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    getBatchProgress: {
        parameters: {
            query?: {
                since?: number;
            };
            header?: never;
            path: {
                batch: components["schemas"]["BatchId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The changed uploads of the batch (only the caller's own). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchProgress"];
                };
            };
            400: components["responses"]["Invalid"];
            401: components["responses"]["Unauthorized"];
            /** @description The caller has no upload in this batch. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listBatches: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Batch ids, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            batch: components["schemas"]["BatchId"];
                            unfinished: number;
                            total: number;
                            /** Format: date-time */
                            created_at: string;
                        }[];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
}
