import type { CSSProperties, ReactNode } from 'react';
import type { ChartSpec, ChartWidth } from '@/lib/charts/spec';
import { CHART_WIDTHS } from '@/lib/charts/spec';
import { figureHeight } from '@/lib/charts/render/figure-svg';

export interface FigureImage {
  src: string;
  width: number;
  height: number;
}

/** The two layouts of a chart as image files, sized before they load so nothing shifts. */
export function chartImages(spec: ChartSpec, srcOf: (width: ChartWidth) => string): Record<ChartWidth, FigureImage> {
  const image = (w: ChartWidth): FigureImage => ({ src: srcOf(w), width: CHART_WIDTHS[w], height: figureHeight(spec, CHART_WIDTHS[w]) });
  return { narrow: image('narrow'), wide: image('wide') };
}

export interface ChartFigureProps {
  id: string;
  spec: ChartSpec;
  /** The chart as image files, one per layout. */
  images: Record<ChartWidth, FigureImage>;
  /** The same numbers as a table. */
  table: ReactNode;
  /** Download controls. */
  tools?: ReactNode;
  /**
   * Below the first screen: fetched at low priority. Never `loading="lazy"`: a lazy image not yet
   * scrolled to prints blank.
   */
  lazy?: boolean;
  /**
   * Hidden until the reader asks for it (a profile's wage history in the other dollars, shown by
   * its fragment): `loading="lazy"`, so the browser fetches and draws it only once it is shown. Not
   * printed while hidden, and scrolled to when asked for, so it never prints blank.
   */
  hiddenAtFirst?: boolean;
}

/**
 * A chart drawn by recharts on the server, as an image whose text alternative states the
 * chart's main finding, with its table one click away. Phones get the narrow layout.
 */
export function ChartFigure({ id, spec, images, table, tools, lazy, hiddenAtFirst }: ChartFigureProps) {
  return (
    <figure className="chart" id={id} aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className="visually-hidden">{spec.title}</figcaption>
      {/* The picture's room before it is drawn (globals.css: content-visibility): each layout's aspect ratio. */}
      <picture className="chart-image" style={{ '--narrow-ratio': `${images.narrow.width} / ${images.narrow.height}`, '--wide-ratio': `${images.wide.width} / ${images.wide.height}` } as CSSProperties}>
        {/* Printed, charts stand three to a row (globals.css): the phone layout, drawn for that size. */}
        <source media="print" srcSet={images.narrow.src} width={images.narrow.width} height={images.narrow.height} />
        <source media="(max-width: 559px)" srcSet={images.narrow.src} width={images.narrow.width} height={images.narrow.height} />
        <img src={images.wide.src} width={images.wide.width} height={images.wide.height} alt={spec.altText} loading={hiddenAtFirst ? 'lazy' : 'eager'} fetchPriority={lazy ? 'low' : 'auto'} decoding="async" />
      </picture>
      <div className="chart-tools">
        <details>
          <summary>Table of this chart</summary>
          {table}
        </details>
        {tools}
      </div>
    </figure>
  );
}
