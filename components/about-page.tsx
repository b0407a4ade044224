import type { AboutData } from '@/lib/about/about-data';
import { AboutDataView } from './about-data';
import { PageTitle } from './page-title';

/** An "about this data" page of the Pages Router: its title and the provenance of one download. */
export function AboutPage({ about }: { about: AboutData }) {
  return (
    <>
      <PageTitle title={`About this data: ${about.title}`} />
      <AboutDataView about={about} />
    </>
  );
}
