/** The base64 SHA-256 digest of every lazy chunk, written by the build (build/chunks.ts). */
declare module 'virtual:loyaltykit-chunks' {
  const chunks: Record<import('./shared/chunk-names.ts').ChunkName, string>;
  export default chunks;
}
