/** Directory names under packages/ of every package published to npm. */
export declare const PUBLISHABLE: readonly string[];
/** Packs every publishable package into `destination`; tarball paths by directory name. */
export declare function packAll(destination: string): Record<string, string>;
