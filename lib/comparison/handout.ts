import { format } from 'date-fns';

/**
 * What a printed comparison says about itself: the address it was printed from (so a reader of
 * the paper can open it) and the day. The host is the request's own; React escapes it as text.
 */
export function handoutLine(host: string | undefined, forwardedProto: string | string[] | undefined, path: string, now: Date): { address: string; date: string } {
  const proto = forwardedProto === 'https' ? 'https' : 'http';
  const safeHost = host && /^[A-Za-z0-9.-]+(:\d{1,5})?$/.test(host) ? host : 'localhost';
  return { address: `${proto}://${safeHost}${path}`, date: format(now, 'MMMM d, yyyy') };
}
