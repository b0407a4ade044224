import { getDataset } from '@/lib/data/get-dataset';
import { getOccupationIndex } from '@/lib/occupations';
import type { OccupationOption } from '@/lib/search';

// Built once at build time: the picker's search list, codes and current titles only.
export const dynamic = 'force-static';

export function GET(): Response {
  const options: OccupationOption[] = getOccupationIndex(getDataset()).list.map((o) => ({ code: o.socCode, title: o.title }));
  return Response.json(options, { headers: { 'Cache-Control': 'public, max-age=3600' } });
}
