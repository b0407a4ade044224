import type { Metadata } from 'next';
import { NotFoundView } from '@/components/not-found-view';

export const metadata: Metadata = { title: 'Page not found' };

/** The 404 of the App Router's pages (an unknown release or file on an "about this data" page). */
export default function NotFound() {
  return <NotFoundView />;
}
