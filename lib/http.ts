/** A plain-text error a person or a script can read; the request is never echoed back unescaped. */
export function plainError(status: 400 | 404 | 405 | 500, message: string): Response {
  return new Response(`${message}\n`, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}
