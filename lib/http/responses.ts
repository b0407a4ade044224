/**
 * A plain-text error a person or a script can read; the request is never echoed back unescaped.
 * A 503 says when to try again (Retry-After, in seconds).
 */
export function plainError(status: 400 | 404 | 405 | 500, message: string): Response;
export function plainError(status: 503, message: string, retryAfterSeconds: number): Response;
export function plainError(status: 400 | 404 | 405 | 500 | 503, message: string, retryAfterSeconds?: number): Response {
  return new Response(`${message}\n`, {
    status,
    headers: {
      'Content-Type': 'text/plain; charset=utf-8',
      'Cache-Control': 'no-store',
      ...(retryAfterSeconds === undefined ? {} : { 'Retry-After': String(retryAfterSeconds) }),
    },
  });
}

export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';
export const SVG_CONTENT_TYPE = 'image/svg+xml; charset=utf-8';
export const PNG_CONTENT_TYPE = 'image/png';

export interface FileResponseOptions {
  contentType: string;
  /** ASCII only (the download module builds it from codes, years and dates). */
  fileName: string;
  /** `attachment` saves the file; `inline` lets the browser show it (chart images on pages). */
  disposition: 'attachment' | 'inline';
  cacheControl: string;
}

/** A file as a script or a browser saves it, named in Content-Disposition. Text, or the bytes of an image. */
export function fileResponse(body: string | Uint8Array<ArrayBuffer>, { contentType, fileName, disposition, cacheControl }: FileResponseOptions): Response {
  if (!/^[\w.-]+$/.test(fileName)) throw new Error(`Download file names must be plain ASCII (letters, digits, ".", "-", "_"): ${fileName}`);
  return new Response(body, {
    headers: {
      'Content-Type': contentType,
      'Content-Disposition': `${disposition}; filename="${fileName}"`,
      'Cache-Control': cacheControl,
    },
  });
}

/** Node's request headers (Pages Router) as a fetch Headers object; repeated ones joined as HTTP joins them. */
export function toHeaders(incoming: Record<string, string | string[] | undefined>): Headers {
  const headers = new Headers();
  for (const [key, value] of Object.entries(incoming)) {
    if (value === undefined) continue;
    try {
      headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    } catch {
      // A header fetch's Headers refuses (a byte it does not allow): not one this app reads.
    }
  }
  return headers;
}

/**
 * The site's origin as the request names it (`https://example.org`), for URLs printed on a
 * page; empty when the Host header is missing or not a plain host name.
 */
export function requestOrigin(headers: Headers): string {
  const host = (headers.get('x-forwarded-host') ?? headers.get('host') ?? '').split(',')[0]!.trim();
  const proto = (headers.get('x-forwarded-proto') ?? 'http').split(',')[0]!.trim();
  return /^[A-Za-z0-9.-]+(:\d{1,5})?$/.test(host) && /^https?$/.test(proto) ? `${proto}://${host}` : '';
}
