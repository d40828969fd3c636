/** Made by rollup.config.js while bundling: each CLI chunk's file name and a hash of its content. */
declare module 'virtual:cli-chunks' {
  export const CHUNKS: Readonly<Record<string, string>>;
}
