import { afterEach, describe, expect, it } from 'vitest';
import { clearRenderedPages, renderedPage } from './rendered-pages';

afterEach(clearRenderedPages);

function counter() {
  let renders = 0;
  return { render: async () => ({ html: `<p>render ${++renders}</p>` }), get renders() { return renders; } };
}

describe('renderedPage', () => {
  it('renders a finder address once, and each address on its own', async () => {
    const c = counter();
    expect((await renderedPage('/occupations', '/occupations?group=29', c.render)).html).toBe('<p>render 1</p>');
    expect((await renderedPage('/occupations', '/occupations?group=29', c.render)).html).toBe('<p>render 1</p>');
    expect((await renderedPage('/occupations', '/occupations?group=31', c.render)).html).toBe('<p>render 2</p>');
    expect(c.renders).toBe(2);
  });

  it('renders every other page on every request (their HTML may hold the date or the host)', async () => {
    const c = counter();
    await renderedPage('/compare', '/compare?occupations=29-2072', c.render);
    await renderedPage('/compare', '/compare?occupations=29-2072', c.render);
    await renderedPage('/occupations/[code]', '/occupations/29-2072', c.render);
    await renderedPage('/occupations/[code]', '/occupations/29-2072', c.render);
    expect(c.renders).toBe(4);
  });

  it('keeps nothing from a render that failed', async () => {
    let calls = 0;
    const failing = async () => {
      calls++;
      if (calls === 1) throw new Error('render failed');
      return { html: 'ok' };
    };
    await expect(renderedPage('/occupations', '/occupations', failing)).rejects.toThrow('render failed');
    expect((await renderedPage('/occupations', '/occupations', failing)).html).toBe('ok');
  });

  it('stays within its byte bound: the least recently used addresses are rendered again', async () => {
    const c = counter();
    const big = async () => ({ html: 'x'.repeat(1024 * 1024) + (await c.render()).html });
    for (let i = 0; i < 6; i++) await renderedPage('/occupations', `/occupations?page=${i}`, big);
    expect(c.renders).toBe(6);
    await renderedPage('/occupations', '/occupations?page=5', big);
    expect(c.renders, 'the latest is kept').toBe(6);
    await renderedPage('/occupations', '/occupations?page=0', big);
    expect(c.renders, 'the first was dropped (6 × 2 MiB > 8 MiB)').toBe(7);
  });
});
