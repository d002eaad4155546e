/** File name and SRI hash of every lazy chunk, written by the build (build/chunks.ts). */
declare module 'virtual:loyaltykit-chunks' {
  const chunks: Record<import('./chunk-names.ts').ChunkName, { file: string; integrity: string }>;
  export default chunks;
}
