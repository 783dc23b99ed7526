// Generated from openapi/catalog.yaml by openapi-typescript. Do not edit: run `pnpm openapi:generate`.

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
         * @description Whether the catalog can serve now: its database answers a trivial query (`database`).
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
    "/qualities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List material qualities (every role) */
        get: operations["listQualities"];
        put?: never;
        /** Add a material quality (internal, admin) */
        post: operations["createQuality"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/materials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List materials (every role; external callers get active materials in the public shape)
         * @description Internal and admin callers get `MaterialPage`. External callers get `PublicMaterialPage`: only
         *     active materials, without `price_per_kg`; they may not order by `price_per_kg` (400 naming
         *     `query.ordering`) and `is_active=false` gives an empty page.
         */
        get: operations["listMaterials"];
        put?: never;
        /** Create a material (internal, admin) */
        post: operations["createMaterial"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/materials/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** Read a material (every role; external callers read active materials in the public shape) */
        get: operations["getMaterial"];
        put?: never;
        post?: never;
        /**
         * Delete a material no quote line references (internal, admin)
         * @description Refused with 409 `material-in-use` while a reference is recorded; deactivate it instead.
         */
        delete: operations["deleteMaterial"];
        options?: never;
        head?: never;
        /** Change some fields of a material (internal, admin) */
        patch: operations["updateMaterial"];
        trace?: never;
    };
    "/materials/{id}/deactivate": {
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
        /** Hide a material from new quotes (internal, admin); idempotent */
        post: operations["deactivateMaterial"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/materials/{id}/references/{reference}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
                /** @description The referencing record, e.g. `quote-line:<id>`, chosen by the caller. */
                reference: string;
            };
            cookie?: never;
        };
        get?: never;
        /** Record that a quote line uses a material (internal and service callers); idempotent */
        put: operations["recordMaterialReference"];
        post?: never;
        /** Forget a reference (internal and service callers); idempotent */
        delete: operations["releaseMaterialReference"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cutting-parameters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List cutting parameters ordered by quality and thickness (internal, admin) */
        get: operations["listCuttingParameters"];
        put?: never;
        /** Add cutting parameters for a quality and thickness (internal, admin) */
        post: operations["createCuttingParameter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cutting-parameters/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** Read cutting parameters (internal, admin) */
        get: operations["getCuttingParameter"];
        put?: never;
        post?: never;
        /** Delete cutting parameters (internal, admin) */
        delete: operations["deleteCuttingParameter"];
        options?: never;
        head?: never;
        /** Change speed or pierce time (internal, admin) */
        patch: operations["updateCuttingParameter"];
        trace?: never;
    };
    "/shop-rates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The shop's rates and factors (internal, admin) */
        get: operations["getShopRates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change some rates (internal, admin) */
        patch: operations["updateShopRates"];
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
         *     nothing new happened. Event ids only grow.
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
        Id: string;
        /** @description A material family slug, e.g. `mild-steel`. */
        QualityId: string;
        /** @description Sheet thickness in mm. */
        Thickness: number;
        /** @description kg/m3. */
        Density: number;
        Quality: {
            id: components["schemas"]["QualityId"];
            name: string;
            density: components["schemas"]["Density"];
            /** Format: date-time */
            created_at: string;
        };
        NewQuality: {
            id: components["schemas"]["QualityId"];
            name: string;
            density: components["schemas"]["Density"];
        };
        /** @description What external callers see of a material; closed so that no cost field can leak. */
        PublicMaterial: {
            id: components["schemas"]["Id"];
            name: string;
            quality: components["schemas"]["QualityId"];
            thickness: components["schemas"]["Thickness"];
            density: components["schemas"]["Density"];
            /** @constant */
            is_active: true;
        };
        Material: {
            id: components["schemas"]["Id"];
            name: string;
            quality: components["schemas"]["QualityId"];
            thickness: components["schemas"]["Thickness"];
            density: components["schemas"]["Density"];
            /** @description EUR per kg. */
            price_per_kg: number;
            is_active: boolean;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        NewMaterial: {
            name: string;
            quality: components["schemas"]["QualityId"];
            thickness: components["schemas"]["Thickness"];
            /** @description kg/m3; the quality's density when left out. */
            density?: components["schemas"]["Density"];
            /** @description EUR per kg. */
            price_per_kg: number;
            /** @default true */
            is_active: boolean;
        };
        MaterialChanges: {
            name?: string;
            quality?: components["schemas"]["QualityId"];
            thickness?: components["schemas"]["Thickness"];
            density?: components["schemas"]["Density"];
            price_per_kg?: number;
            is_active?: boolean;
        };
        MaterialPage: {
            count: number;
            items: components["schemas"]["Material"][];
        };
        PublicMaterialPage: {
            count: number;
            items: components["schemas"]["PublicMaterial"][];
        };
        CuttingParameter: {
            id: components["schemas"]["Id"];
            quality: components["schemas"]["QualityId"];
            thickness: components["schemas"]["Thickness"];
            speed_mm_per_min: number;
            pierce_time_s: number;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        NewCuttingParameter: {
            quality: components["schemas"]["QualityId"];
            thickness: components["schemas"]["Thickness"];
            speed_mm_per_min: number;
            pierce_time_s: number;
        };
        CuttingParameterChanges: {
            speed_mm_per_min?: number;
            pierce_time_s?: number;
        };
        LeadTimeFactors: {
            standard: number;
            express: number;
            same_day: number;
        };
        SheetSize: {
            /** @description mm. */
            width: number;
            /** @description mm. */
            length: number;
        };
        /** @description Money in EUR. */
        ShopRates: {
            machine_rate_per_hour: number;
            labour_rate_per_hour: number;
            setup_minutes: number;
            utilisation: number;
            margin: number;
            minimum_line_charge: number;
            rapid_traverse_mm_per_min: number;
            lead_time_factors: components["schemas"]["LeadTimeFactors"];
            sheet_sizes: components["schemas"]["SheetSize"][];
            /** Format: date-time */
            updated_at: string;
        };
        ShopRatesChanges: {
            machine_rate_per_hour?: number;
            labour_rate_per_hour?: number;
            setup_minutes?: number;
            utilisation?: number;
            margin?: number;
            minimum_line_charge?: number;
            rapid_traverse_mm_per_min?: number;
            lead_time_factors?: components["schemas"]["LeadTimeFactors"];
            sheet_sizes?: components["schemas"]["SheetSize"][];
        };
        /** @enum {string} */
        EventType: "quality.created" | "material.created" | "material.updated" | "material.deactivated" | "material.deleted" | "cutting-parameter.created" | "cutting-parameter.updated" | "cutting-parameter.deleted" | "shop-rates.updated";
        /**
         * @description One change. `payload` is the resource after the change in its internal shape (Quality,
         *     Material, CuttingParameter or ShopRates), or `{ id }` for a deletion: followers that serve
         *     external users must project it (a material's price is in it).
         */
        Event: {
            id: number;
            type: components["schemas"]["EventType"];
            /** @description The changed resource's id (`shop-rates` for the rates). */
            entity_id: string;
            payload: {
                [key: string]: unknown;
            };
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
            /** @description A stable machine code, e.g. `invalid-input`, `duplicate-material`, `material-in-use`. */
            code: string;
            detail?: string;
            errors?: {
                /** @description Where, e.g. `body.thickness` or `query.ordering`. */
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
        /** @description No such resource (or not visible to the caller). */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description A duplicate, or the resource is in use. */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: {
        Id: components["schemas"]["Id"];
        Limit: number;
        Offset: number;
        /**
         * @description Comma-separated fields of Material, each optionally prefixed by `-` for descending, e.g.
         *     `quality,-thickness`. Ties are broken by `id`. Default `quality,thickness,name`.
         */
        MaterialOrdering: string;
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
    listQualities: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every quality, ordered by id. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        count: number;
                        items: components["schemas"]["Quality"][];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    createQuality: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewQuality"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Quality"];
                };
            };
            400: components["responses"]["Invalid"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
        };
    };
    listMaterials: {
        parameters: {
            query?: {
                limit?: components["parameters"]["Limit"];
                offset?: components["parameters"]["Offset"];
                /**
                 * @description Comma-separated fields of Material, each optionally prefixed by `-` for descending, e.g.
                 *     `quality,-thickness`. Ties are broken by `id`. Default `quality,thickness,name`.
                 */
                ordering?: components["parameters"]["MaterialOrdering"];
                is_active?: boolean;
                quality?: components["schemas"]["QualityId"];
                /** @description Case-insensitive substring of the name. */
                search?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of materials and the number of materials matching the filters. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MaterialPage"] | components["schemas"]["PublicMaterialPage"];
                };
            };
            400: components["responses"]["Invalid"];
            401: components["responses"]["Unauthorized"];
        };
    };
    createMaterial: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewMaterial"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Material"];
                };
            };
            400: components["responses"]["Invalid"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
        };
    };
    getMaterial: {
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
            /** @description The material. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Material"] | components["schemas"]["PublicMaterial"];
                };
            };
            400: components["responses"]["Invalid"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteMaterial: {
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
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    updateMaterial: {
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
                "application/json": components["schemas"]["MaterialChanges"];
            };
        };
        responses: {
            /** @description The updated material. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Material"];
                };
            };
            400: components["responses"]["Invalid"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    deactivateMaterial: {
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
            /** @description The inactive material. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Material"];
                };
            };
            400: components["responses"]["Invalid"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    recordMaterialReference: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
                /** @description The referencing record, e.g. `quote-line:<id>`, chosen by the caller. */
                reference: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Recorded (or already recorded). */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Invalid"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    releaseMaterialReference: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
                /** @description The referencing record, e.g. `quote-line:<id>`, chosen by the caller. */
                reference: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Released (or was not recorded). */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Invalid"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listCuttingParameters: {
        parameters: {
            query?: {
                limit?: components["parameters"]["Limit"];
                offset?: components["parameters"]["Offset"];
                quality?: components["schemas"]["QualityId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of cutting parameters. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        count: number;
                        items: components["schemas"]["CuttingParameter"][];
                    };
                };
            };
            400: components["responses"]["Invalid"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    createCuttingParameter: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewCuttingParameter"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CuttingParameter"];
                };
            };
            400: components["responses"]["Invalid"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
        };
    };
    getCuttingParameter: {
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
            /** @description The cutting parameters. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CuttingParameter"];
                };
            };
            400: components["responses"]["Invalid"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteCuttingParameter: {
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
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateCuttingParameter: {
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
                "application/json": components["schemas"]["CuttingParameterChanges"];
            };
        };
        responses: {
            /** @description The updated cutting parameters. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CuttingParameter"];
                };
            };
            400: components["responses"]["Invalid"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    getShopRates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The current rates. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShopRates"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    updateShopRates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ShopRatesChanges"];
            };
        };
        responses: {
            /** @description The updated rates. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShopRates"];
                };
            };
            400: components["responses"]["Invalid"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
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
