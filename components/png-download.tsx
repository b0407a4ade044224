'use client';

import { useState, useSyncExternalStore } from 'react';

/** Twice the figure's size: sharp on high-density screens and in print. */
const SCALE = 2;

const noSubscription = () => () => {};
/** False on the server and before hydration: without JavaScript the button cannot work, so it stays disabled. */
function useHydrated(): boolean {
  return useSyncExternalStore(noSubscription, () => true, () => false);
}

/**
 * Draws the figure's SVG file (title, legend, notes and source line included) on a canvas and
 * saves it as PNG. The file name is the server's, from the SVG's Content-Disposition.
 */
async function savePng(svgHref: string): Promise<void> {
  const response = await fetch(svgHref);
  if (!response.ok) throw new Error(`${response.status} for ${svgHref}`);
  const svgName = /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') ?? '')?.[1] ?? 'chart.svg';
  const svgUrl = URL.createObjectURL(new Blob([await response.text()], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = svgUrl;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth * SCALE;
    canvas.height = image.naturalHeight * SCALE;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d canvas');
    context.scale(SCALE, SCALE);
    context.drawImage(image, 0, 0);
    const png = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!png) throw new Error('the canvas gave no PNG');
    const link = document.createElement('a');
    link.href = URL.createObjectURL(png);
    link.download = svgName.replace(/\.svg$/, '.png');
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  } finally {
    URL.revokeObjectURL(svgUrl);
  }
}

export function PngDownload({ svgHref, title, className }: { svgHref: string; title: string; className?: string }) {
  const hydrated = useHydrated();
  const [state, setState] = useState<'idle' | 'working' | 'failed'>('idle');
  const onClick = () => {
    setState('working');
    savePng(svgHref).then(() => setState('idle'), () => setState('failed'));
  };
  return (
    <>
      <button type="button" className={className} onClick={onClick} disabled={!hydrated || state === 'working'} aria-label={`Download PNG: ${title}`}>
        Download PNG
      </button>
      <span role="status">{state === 'working' ? ' Preparing PNG…' : state === 'failed' ? ' PNG failed; download the SVG instead.' : ''}</span>
    </>
  );
}
