import 'server-only';
import { lightFigureSvg } from '@/components/charts/figure-svg';
import { renderChartPng } from './charts/render-png';
import { renderChartSvg } from './charts/render-svg';
import type { ChartSpec, ChartWidth } from './charts/spec';
import { DATED_FILE_CACHE, downloadFileName } from './downloads';
import { fileResponse, PNG_CONTENT_TYPE, SVG_CONTENT_TYPE } from './http';

/** The two image files of every chart: the same figure, as SVG or as PNG at twice its size. */
export type ChartFileExtension = 'svg' | 'png';

/**
 * One chart as an image file, the same for every route that serves charts:
 * - `download` (`?download=1`): an attachment with a dated name, light colours, never cached as is;
 * - otherwise inline, named after the chart, cached an hour: the image a page shows. The SVG
 *   follows the reader's colour scheme; a PNG cannot, so it is always drawn in light colours.
 */
export async function chartFileResponse(spec: ChartSpec, width: ChartWidth, ext: ChartFileExtension, download: boolean, nameParts: readonly string[]): Promise<Response> {
  const fileName = download ? downloadFileName(nameParts, ext, new Date()) : `${spec.id}.${ext}`;
  const headers = download
    ? { fileName, disposition: 'attachment', cacheControl: DATED_FILE_CACHE } as const
    : { fileName, disposition: 'inline', cacheControl: 'public, max-age=3600' } as const;
  if (ext === 'png') return fileResponse(await renderChartPng(spec, width), { contentType: PNG_CONTENT_TYPE, ...headers });
  const svg = await renderChartSvg(spec, width);
  return fileResponse(download ? lightFigureSvg(svg) : svg, { contentType: SVG_CONTENT_TYPE, ...headers });
}
