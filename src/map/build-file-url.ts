/** A file of the build's /data/, as an absolute URL (MapLibre's worker fetches it). */
export const buildFileUrl = (file: string): string =>
  new URL(`${import.meta.env.BASE_URL}data/${file}`, window.location.href).href;
