/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Comma-separated origins allowed to embed gp-page (and to send it navigate messages). */
  readonly VITE_EMBED_ORIGINS?: string
}
