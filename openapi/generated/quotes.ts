// Generated from openapi/quotes.yaml by openapi-typescript. Do not edit: run `pnpm openapi:generate`.

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
         * @description Whether quotes can serve now: its database answers a trivial query (`database`).
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
    "/quotes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List quotes (external callers see their own company's quotes only)
         * @description Filters combine with AND. `count` is the number of quotes matching the filters among those the
         *     caller may see. Items are summaries without lines.
         */
        get: operations["listQuotes"];
        put?: never;
        /**
         * Create an empty draft quote
         * @description The owner company is the caller's own. Internal users and admins may name the customer in
         *     `company_id`; an external caller naming a company is refused with 403 (mass assignment).
         *     `valid_until` defaults to 30 days from today and may not lie in the past.
         */
        post: operations["createQuote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/quotes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** Read a quote with its lines */
        get: operations["getQuote"];
        put?: never;
        post?: never;
        /**
         * Delete a draft quote and its lines
         * @description Sent, accepted and expired quotes are kept (409 `quote-read-only`).
         */
        delete: operations["deleteQuote"];
        options?: never;
        head?: never;
        /**
         * Rename a draft, change its validity, or move it along draft -> sent -> accepted
         * @description Name and validity change only on drafts. `status` moves `draft -> sent` (every line priced, at
         *     least one line, validity not passed) and `sent -> accepted` (validity not passed); asking for
         *     the current status changes nothing. Other moves answer 409 `invalid-transition`; changing a
         *     read-only quote answers 409 `quote-read-only`.
         */
        patch: operations["updateQuote"];
        trace?: never;
    };
    "/quotes/{id}/duplicate": {
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
        /** Copy a quote (any status) into a new draft, re-priced from the current catalog */
        post: operations["duplicateQuote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/quotes/{id}/export.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /**
         * Download a quote as a PDF document (A4, one row per line with a part preview)
         * @description The document a customer receives: the shop's header, the quote's name, id, dates, customer
         *     company and status, then one row per line (part preview drawn from the part's outline, part
         *     name, size, material and thickness, quantity, lead time, unit price, line total, quantity breaks
         *     at 1, 10, 50 and 100, and the problems that block a line) and the total. It shows what the
         *     external view shows, whoever asks: never a cost, a rate, the margin or the machine time. Part
         *     names are drawn as text; characters the document's font cannot show are replaced by `?`.
         *     Same visibility as `getQuote`. The previews are read from the parts service (503 when it does
         *     not answer).
         */
        get: operations["exportQuotePdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/quotes/{id}/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /**
         * Download a quote's lines as CSV (RFC 4180, UTF-8 with a byte order mark)
         * @description A header row, then one row per line in position order; CRLF line ends, fields with a comma, a
         *     quote or a line break are quoted. Text that a spreadsheet would read as a formula (starting
         *     with `=`, `+`, `-`, `@`, a tab or a carriage return) is prefixed with a single quote. Money in
         *     euros with two decimals and a point. External callers get the public columns (unit price, line
         *     total, quantity breaks); internal, admin and service callers also get the machine time and the
         *     cost terms (machine, material, setup, margin, minimum-charge and lead-time uplifts). Same
         *     visibility as `getQuote`.
         */
        get: operations["exportQuoteCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/quotes/{id}/lines": {
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
         * Add lines to a draft (one transaction; a part or material that cannot be used refuses them all)
         * @description Each line names a part of the quote's company and an active material. A part of another
         *     company, or one that does not exist, answers 404 `part-not-found`; an unknown or inactive
         *     material 404 `material-not-found`; both name the field. A part that is still processing, failed,
         *     or has blocking problems, or a material and thickness without cutting parameters, is added as
         *     a blocked line with its problems (not an error).
         */
        post: operations["addQuoteLines"];
        delete?: never;
        options?: never;
        head?: never;
        /** Apply a material, quantity, lead time or units to many lines of a draft at once */
        patch: operations["updateQuoteLines"];
        trace?: never;
    };
    "/quotes/{id}/lines/{line_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
                line_id: components["parameters"]["LineId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a line from a draft */
        delete: operations["removeQuoteLine"];
        options?: never;
        head?: never;
        /** Change the material, quantity, lead time or units of one line of a draft */
        patch: operations["updateQuoteLine"];
        trace?: never;
    };
    "/price-preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Price a part for given options without saving anything
         * @description The part must belong to the caller's company (for internal callers: to `company_id` when given,
         *     else any company); otherwise 404 `part-not-found`. The answer has the shape of a line's pricing.
         */
        post: operations["previewPrice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/material-options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The materials a line can be priced in (active, with cutting parameters for their thickness)
         * @description What the material and thickness pickers offer: every active material whose quality's cutting
         *     table covers its thickness (an exact row or two rows to interpolate between), so that a line in
         *     it is never refused with `no-cutting-parameters`. In quality, name and thickness order; the same
         *     closed shape for every caller (no price).
         */
        get: operations["listMaterialOptions"];
        put?: never;
        post?: never;
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
         *     nothing new happened. Event ids only grow. Every payload names the quote's `company_id`, so a
         *     follower can route it to that company's users only; payloads carry no cost or margin.
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
        CompanyId: string;
        /** @description Leading and trailing spaces are removed; a blank name is refused. */
        QuoteName: string;
        /** @enum {string} */
        QuoteStatus: "draft" | "sent" | "accepted" | "expired";
        /**
         * @description Priced with the shop's lead-time factor of the same name.
         * @enum {string}
         */
        LeadTime: "standard" | "express" | "same_day";
        /** @enum {string} */
        Units: "mm" | "inch";
        /** @description Parts on the line; the service may be configured with a lower maximum (400 naming the field). */
        Quantity: number;
        /** @description Euro cents. */
        Cents: number;
        NewQuote: {
            name: components["schemas"]["QuoteName"];
            /**
             * Format: date
             * @description Defaults to 30 days from today.
             */
            valid_until?: string;
            /** @description The customer (internal and admin callers only). */
            company_id?: components["schemas"]["CompanyId"];
        };
        QuoteChanges: {
            name?: components["schemas"]["QuoteName"];
            /** Format: date */
            valid_until?: string;
            status?: components["schemas"]["QuoteStatus"];
        };
        NewLine: {
            part_id: components["schemas"]["Id"];
            material_id: components["schemas"]["Id"];
            quantity: components["schemas"]["Quantity"];
            /** @default standard */
            lead_time: components["schemas"]["LeadTime"];
            /** @description Read the drawing in these units (re-prices the line); null follows the part. */
            units?: components["schemas"]["Units"] | null;
        };
        NewLines: {
            lines: components["schemas"]["NewLine"][];
        };
        LineChanges: {
            material_id?: components["schemas"]["Id"];
            quantity?: components["schemas"]["Quantity"];
            lead_time?: components["schemas"]["LeadTime"];
            units?: components["schemas"]["Units"] | null;
        };
        BulkLineChanges: {
            line_ids: components["schemas"]["Id"][];
            changes: components["schemas"]["LineChanges"];
        };
        PreviewRequest: {
            part_id: components["schemas"]["Id"];
            material_id: components["schemas"]["Id"];
            quantity: components["schemas"]["Quantity"];
            /** @default standard */
            lead_time: components["schemas"]["LeadTime"];
            units?: components["schemas"]["Units"] | null;
            /** @description The customer whose part it is (internal and admin callers only). */
            company_id?: components["schemas"]["CompanyId"];
        };
        QuantityBreak: {
            quantity: number;
            unit_price_cents: components["schemas"]["Cents"];
            total_cents: components["schemas"]["Cents"];
        };
        /**
         * @description The share of each term in the price (they add up to 1). The margin is spread over machine,
         *     material and setup in proportion to them, so that it cannot be worked out.
         */
        PublicShares: {
            machine: number;
            material: number;
            setup: number;
            minimum_charge: number;
            lead_time: number;
        };
        LineProblem: {
            /**
             * @description Blocking (`error`): `no-cutting-parameters`, `hole-too-small`, `larger-than-sheet`,
             *     `no-net-area`, `nothing-to-cut`, `part-not-ready`, `part-failed`, `part-not-found`,
             *     `material-not-found`, `material-inactive`, or a blocking problem of the part (e.g.
             *     `open-contour`). Warnings are the part's other problems.
             */
            code: string;
            /** @enum {string} */
            severity: "error" | "warning";
            message: string;
        };
        /**
         * @description `blocked`: a problem of severity `error` stops pricing; prices are then null.
         * @enum {string}
         */
        LinePricingStatus: "priced" | "blocked";
        /** @description The material as it was when the line was last priced. */
        MaterialSnapshot: {
            name: string;
            quality: string;
            thickness: number;
        };
        /** @description A material a line can be priced in. */
        MaterialOption: {
            id: components["schemas"]["Id"];
            name: string;
            quality: string;
            /** @description mm. */
            thickness: number;
            /** @description kg/m3. */
            density: number;
        };
        MaterialOptions: {
            count: number;
            items: components["schemas"]["MaterialOption"][];
        };
        PublicPricing: {
            status: components["schemas"]["LinePricingStatus"];
            /** @description round(line price / quantity), from the unrounded price. */
            unit_price_cents: components["schemas"]["Cents"] | null;
            /** @description round(line price), at least the minimum line charge. */
            total_cents: components["schemas"]["Cents"] | null;
            /** @description Quantities 1, 10, 50, 100 and the line's own; empty when blocked. */
            quantity_breaks: components["schemas"]["QuantityBreak"][];
            shares: components["schemas"]["PublicShares"] | null;
            problems: components["schemas"]["LineProblem"][];
        };
        /** @description Every term of the price (internal callers only). Amounts in cents add up to the line total. */
        Breakdown: {
            cutting: {
                speed_mm_per_min: number;
                pierce_time_s: number;
            };
            part: {
                /** @description Without duplicate edges. */
                cut_length_mm: number;
                pierces: number;
                net_area_mm2: number;
                /** @description One part. */
                mass_kg: number;
                rapid_distance_mm: number;
            };
            times_s: {
                cut: number;
                pierce: number;
                rapid: number;
                /** @description cut + pierce + rapid, one part. */
                part: number;
                /** @description part x quantity. */
                machine: number;
            };
            amounts_cents: {
                machine: components["schemas"]["Cents"];
                material: components["schemas"]["Cents"];
                setup: components["schemas"]["Cents"];
                subtotal: components["schemas"]["Cents"];
                margin: components["schemas"]["Cents"];
                minimum_charge: components["schemas"]["Cents"];
                lead_time: components["schemas"]["Cents"];
            };
            shares: {
                machine: number;
                material: number;
                setup: number;
                margin: number;
                minimum_charge: number;
                lead_time: number;
            };
            /** @description The inputs the price came from. */
            rates: {
                machine_rate_per_hour: number;
                labour_rate_per_hour: number;
                setup_minutes: number;
                utilisation: number;
                margin: number;
                minimum_line_charge: number;
                lead_time_factor: number;
                price_per_kg: number;
                density: number;
                rapid_traverse_mm_per_min: number;
            };
        };
        LineFields: {
            id: components["schemas"]["Id"];
            position: number;
            part_id: components["schemas"]["Id"];
            /** @description The part's file name (show it escaped). */
            part_name: string;
            material_id: components["schemas"]["Id"];
            material: components["schemas"]["MaterialSnapshot"] | null;
            quantity: components["schemas"]["Quantity"];
            lead_time: components["schemas"]["LeadTime"];
            units: components["schemas"]["Units"] | null;
            /**
             * Format: date-time
             * @description When the price was last computed.
             */
            priced_at: string;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        /** @description A line as the shop sees it. */
        Line: components["schemas"]["LineFields"] & components["schemas"]["PublicPricing"] & {
            breakdown: components["schemas"]["Breakdown"] | null;
        };
        /** @description A line as customers see it (closed, so that no cost field can appear). */
        PublicLine: components["schemas"]["LineFields"] & components["schemas"]["PublicPricing"];
        Totals: {
            total_cents: components["schemas"]["Cents"];
            line_count: number;
            /** @description Lines not in the total. */
            blocked_line_count: number;
        };
        /** @description What the priced lines cost the shop (internal callers only). */
        Costs: {
            cost_cents: components["schemas"]["Cents"];
            margin_cents: components["schemas"]["Cents"];
            machine_time_s: number;
        };
        QuoteFields: {
            id: components["schemas"]["Id"];
            company_id: components["schemas"]["CompanyId"];
            name: string;
            status: components["schemas"]["QuoteStatus"];
            /** Format: date */
            valid_until: string;
            /** @enum {string} */
            currency: "EUR";
            totals: components["schemas"]["Totals"];
            created_by: string;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            /** Format: date-time */
            sent_at: string | null;
            /** Format: date-time */
            accepted_at: string | null;
        };
        /** @description A quote without its lines, as the shop sees it. */
        QuoteSummary: components["schemas"]["QuoteFields"] & {
            /** @constant */
            view: "internal";
            costs: components["schemas"]["Costs"];
        };
        /** @description A quote without its lines, as customers see it. */
        PublicQuoteSummary: components["schemas"]["QuoteFields"] & {
            /** @constant */
            view: "external";
        };
        /** @description A quote with its lines, as the shop sees it. */
        Quote: components["schemas"]["QuoteFields"] & {
            /** @constant */
            view: "internal";
            costs: components["schemas"]["Costs"];
            lines: components["schemas"]["Line"][];
        };
        /** @description A quote with its lines, as customers see it. */
        PublicQuote: components["schemas"]["QuoteFields"] & {
            /** @constant */
            view: "external";
            lines: components["schemas"]["PublicLine"][];
        };
        /** @description `Quote` for internal, admin and service callers; `PublicQuote` for external callers. */
        AnyQuote: components["schemas"]["Quote"] | components["schemas"]["PublicQuote"];
        /** @description `QuoteSummary` for internal, admin and service callers; `PublicQuoteSummary` for external callers. */
        AnyQuoteSummary: components["schemas"]["QuoteSummary"] | components["schemas"]["PublicQuoteSummary"];
        QuotePage: {
            /** @constant */
            view: "internal";
            count: number;
            items: components["schemas"]["QuoteSummary"][];
        };
        PublicQuotePage: {
            /** @constant */
            view: "external";
            count: number;
            items: components["schemas"]["PublicQuoteSummary"][];
        };
        LinesChange: {
            /** @constant */
            view: "internal";
            quote: components["schemas"]["QuoteSummary"];
            lines: components["schemas"]["Line"][];
        };
        PublicLinesChange: {
            /** @constant */
            view: "external";
            quote: components["schemas"]["PublicQuoteSummary"];
            lines: components["schemas"]["PublicLine"][];
        };
        /** @description `LinesChange` for internal, admin and service callers; `PublicLinesChange` for external callers. */
        AnyLinesChange: components["schemas"]["LinesChange"] | components["schemas"]["PublicLinesChange"];
        PreviewFields: {
            part_id: components["schemas"]["Id"];
            material_id: components["schemas"]["Id"];
            material: components["schemas"]["MaterialSnapshot"] | null;
            quantity: components["schemas"]["Quantity"];
            lead_time: components["schemas"]["LeadTime"];
            units: components["schemas"]["Units"] | null;
        };
        /** @description A price as the shop sees it. */
        PricePreview: components["schemas"]["PreviewFields"] & components["schemas"]["PublicPricing"] & {
            /** @constant */
            view: "internal";
            breakdown: components["schemas"]["Breakdown"] | null;
        };
        /** @description A price as customers see it. */
        PublicPricePreview: components["schemas"]["PreviewFields"] & components["schemas"]["PublicPricing"] & {
            /** @constant */
            view: "external";
        };
        /** @enum {string} */
        EventType: "quote.created" | "quote.updated" | "quote.sent" | "quote.accepted" | "quote.deleted" | "quote.lines-added" | "quote.lines-updated" | "quote.lines-removed" | "quote.repriced";
        /** @description The quote after the change (a summary without costs; read the quote for its lines). */
        EventPayload: {
            company_id: components["schemas"]["CompanyId"];
            status: components["schemas"]["QuoteStatus"];
            name: string;
            total_cents: components["schemas"]["Cents"];
            line_count: number;
            /** @description The lines the change touched (empty for quote-level changes). */
            line_ids: components["schemas"]["Id"][];
            /** @description For a duplicate, the quote it was copied from. */
            source_id: components["schemas"]["Id"] | null;
        };
        Event: {
            id: number;
            type: components["schemas"]["EventType"];
            /** @description The quote id. */
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
            /** @description A stable machine code, e.g. `invalid-input`, `part-not-found`, `quote-read-only`. */
            code: string;
            detail?: string;
            errors?: {
                /** @description Where, e.g. `body.lines[0].quantity` or `query.ordering`. */
                field: string;
                message: string;
            }[];
        };
    };
    responses: {
        /** @description The request does not match the contract or the business rules (`errors` names the field). */
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
        /** @description The caller's role may not do this, or named a field only the shop may set. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No such quote, line, part or material (or not visible to the caller). */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The quote is read-only, or the status cannot move that way. */
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
        /** @description The catalog or parts service did not answer; nothing was saved. */
        Unavailable: {
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
        LineId: components["schemas"]["Id"];
        Limit: number;
        Offset: number;
        /**
         * @description Comma-separated fields, each optionally prefixed by `-` for descending, e.g. `status,-updated_at`.
         *     Ties are broken by `id`. Default `-updated_at`.
         */
        QuoteOrdering: string;
    };
    requestBodies: never;
    headers: {
        /** @description Always `no-store`. */
        NoStore: "no-store";
        /**
         * @description `attachment; filename="<name>.<ext>"; filename*=UTF-8''<name>.<ext>`: the quote's name with
         *     every character but letters, digits, space, `.`, `_` and `-` replaced by `_` (at most 100
         *     characters, `quote-<id>` when nothing is left), and the same name percent-encoded in UTF-8 with
         *     only control characters and slashes replaced.
         */
        ExportDisposition: string;
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
    listQuotes: {
        parameters: {
            query?: {
                limit?: components["parameters"]["Limit"];
                offset?: components["parameters"]["Offset"];
                /**
                 * @description Comma-separated fields, each optionally prefixed by `-` for descending, e.g. `status,-updated_at`.
                 *     Ties are broken by `id`. Default `-updated_at`.
                 */
                ordering?: components["parameters"]["QuoteOrdering"];
                /** @description `sent` means sent and still valid; `expired` includes sent quotes past their validity. */
                status?: components["schemas"]["QuoteStatus"];
                /** @description Case-insensitive substring of the name. */
                search?: string;
                /** @description Only this company's quotes (for an external caller another company gives an empty page). */
                company_id?: components["schemas"]["CompanyId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of quotes and the number matching the filters. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuotePage"] | components["schemas"]["PublicQuotePage"];
                };
            };
            400: components["responses"]["Invalid"];
            401: components["responses"]["Unauthorized"];
        };
    };
    createQuote: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewQuote"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnyQuote"];
                };
            };
            400: components["responses"]["Invalid"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    getQuote: {
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
            /** @description The quote. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnyQuote"];
                };
            };
            400: components["responses"]["Invalid"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteQuote: {
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
    updateQuote: {
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
                "application/json": components["schemas"]["QuoteChanges"];
            };
        };
        responses: {
            /** @description The updated quote. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnyQuote"];
                };
            };
            400: components["responses"]["Invalid"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    duplicateQuote: {
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
            /** @description The new draft. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnyQuote"];
                };
            };
            400: components["responses"]["Invalid"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    exportQuotePdf: {
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
            /** @description The PDF. */
            200: {
                headers: {
                    "Content-Disposition": components["headers"]["ExportDisposition"];
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            400: components["responses"]["Invalid"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            503: components["responses"]["Unavailable"];
        };
    };
    exportQuoteCsv: {
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
            /** @description The CSV. */
            200: {
                headers: {
                    "Content-Disposition": components["headers"]["ExportDisposition"];
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            400: components["responses"]["Invalid"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    addQuoteLines: {
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
                "application/json": components["schemas"]["NewLines"];
            };
        };
        responses: {
            /** @description The added lines and the quote's new totals. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnyLinesChange"];
                };
            };
            400: components["responses"]["Invalid"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["Unavailable"];
        };
    };
    updateQuoteLines: {
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
                "application/json": components["schemas"]["BulkLineChanges"];
            };
        };
        responses: {
            /** @description The changed lines and the quote's new totals. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnyLinesChange"];
                };
            };
            400: components["responses"]["Invalid"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["Unavailable"];
        };
    };
    removeQuoteLine: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
                line_id: components["parameters"]["LineId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The quote's new totals. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnyQuoteSummary"];
                };
            };
            400: components["responses"]["Invalid"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    updateQuoteLine: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["parameters"]["Id"];
                line_id: components["parameters"]["LineId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LineChanges"];
            };
        };
        responses: {
            /** @description The changed line and the quote's new totals. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnyLinesChange"];
                };
            };
            400: components["responses"]["Invalid"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["Unavailable"];
        };
    };
    previewPrice: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PreviewRequest"];
            };
        };
        responses: {
            /** @description The price, or the problems that block it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PricePreview"] | components["schemas"]["PublicPricePreview"];
                };
            };
            400: components["responses"]["Invalid"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
            503: components["responses"]["Unavailable"];
        };
    };
    listMaterialOptions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The materials to choose from. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MaterialOptions"];
                };
            };
            401: components["responses"]["Unauthorized"];
            503: components["responses"]["Unavailable"];
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
