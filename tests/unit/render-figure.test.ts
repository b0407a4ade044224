import { describe, expect, it } from 'vitest';
import { settle } from '@/lib/charts/render/render-figure';

/** A stand-in for the chart's container: its markup is each string of `frames` in turn, then the last one. */
function container(frames: string[]): HTMLElement {
  let read = 0;
  return { get innerHTML() { return frames[Math.min(read++, frames.length - 1)]; } } as unknown as HTMLElement;
}

describe('settle', () => {
  it('returns once the drawn chart has stopped changing', async () => {
    await expect(settle(container(['', '<svg class="recharts-surface"></svg>', '<svg class="recharts-surface"><rect/></svg>']), 10)).resolves.toBeUndefined();
  });

  it('fails, rather than return a half drawn chart, when the markup never stops changing', async () => {
    let n = 0;
    const changing = { get innerHTML() { return `<svg class="recharts-surface"><rect width="${n++}"/></svg>`; } } as unknown as HTMLElement;
    await expect(settle(changing, 20)).rejects.toThrow('the chart was still changing after 20 ticks; not served half drawn');
  });

  it('fails when recharts never draws its surface', async () => {
    await expect(settle(container(['<div></div>']), 20)).rejects.toThrow('recharts drew no chart surface in 20 ticks');
  });
});
