/** Where the README says the CDN folder is uploaded. */
export declare const CDN_BASE: string;
/** The built entry's Subresource Integrity value (`sha384-…`). */
export declare function entryIntegrity(): string;
/** The pinned tag for this version and build, as a fenced HTML block. */
export declare function snippet(): string;
/** The README's current text between the cdn-snippet markers. */
export declare function readmeSnippet(readme?: string): string;
