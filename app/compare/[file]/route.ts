import type { NextRequest } from 'next/server';
import { renderChartSvg } from '@/lib/charts/render-svg';
import type { ChartWidth } from '@/lib/charts/spec';
import { buildComparison } from '@/lib/comparison';
import { comparisonFigures, isFigureSlug } from '@/lib/comparison-figures';
import { parseCompareParams, toSearchParams } from '@/lib/compare-params';
import { getDataset } from '@/lib/data/get-dataset';
import { plainError } from '@/lib/http';

/**
 * One figure of a comparison as a file: `/compare/growth.svg?occupations=…&vintage=…&release=…`
 * (add `&width=narrow` for the phone layout). The page shows these images, so the file a
 * person downloads is the chart they saw.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await params;
  const match = /^([a-z-]+)\.(svg)$/.exec(file);
  if (!match?.[1] || !isFigureSlug(match[1])) return plainError(404, `No such figure: ${file.slice(0, 60)}. Figures are growth, median-wage, wage-range, growth-vs-wage and wage-trend, as .svg or .csv.`);
  const search = toSearchParams(request.nextUrl.searchParams);
  const width = search.width === 'narrow' ? 'narrow' : search.width === undefined || search.width === 'wide' ? 'wide' : null;
  if (!width) return plainError(400, 'width must be narrow or wide.');
  const parsed = parseCompareParams(search);
  const dataset = getDataset();
  const comparison = buildComparison(dataset, parsed);
  if (comparison.rows.length === 0) {
    return plainError(parsed.codes.length ? 404 : 400, parsed.codes.length ? `None of the requested occupations is known: ${comparison.notices.join(' ')}` : 'Name occupations with ?occupations=29-2071,31-9094.');
  }
  const [figure] = comparisonFigures(dataset, comparison, match[1]);
  const svg = await renderChartSvg(figure!.spec, width as ChartWidth);
  return new Response(svg, {
    headers: {
      'Content-Type': 'image/svg+xml; charset=utf-8',
      'Cache-Control': 'public, max-age=3600',
      'Content-Disposition': `inline; filename="${figure!.spec.id}.svg"`,
    },
  });
}
