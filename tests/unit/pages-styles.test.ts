import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// A page rendered to markup in getServerSideProps (renderToStaticMarkup: the scorecard) leaves its
// components out of the page's browser graph, so the CSS modules they import are not linked unless
// pages/_app.tsx imports them. This follows the imports of each such page and checks each CSS module
// is there. Pages that render their components as ordinary React (the profile) link their own.
const ROOT = process.cwd();

function resolve(from: string, spec: string): string | null {
  const base = spec.startsWith('@/') ? path.join(ROOT, spec.slice(2)) : spec.startsWith('.') ? path.resolve(path.dirname(from), spec) : null;
  if (!base) return null;
  for (const candidate of [base, `${base}.tsx`, `${base}.ts`, path.join(base, 'index.ts')]) if (existsSync(candidate) && !candidate.endsWith('/')) return candidate;
  return null;
}

function reachableCss(entry: string, seen = new Set<string>(), css = new Set<string>()): Set<string> {
  if (seen.has(entry)) return css;
  seen.add(entry);
  const source = readFileSync(entry, 'utf8');
  for (const match of source.matchAll(/(?:import|export)\s[^'"]*?from\s+'([^']+)'|import\s+'([^']+)'/g)) {
    const spec = match[1] ?? match[2];
    if (!spec) continue;
    const file = resolve(entry, spec);
    if (!file) continue;
    if (file.endsWith('.module.css')) css.add(path.relative(ROOT, file));
    else if (/\.tsx?$/.test(file)) reachableCss(file, seen, css);
  }
  return css;
}

function pageFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? pageFiles(path.join(dir, d.name)) : /\.tsx$/.test(d.name) && !d.name.startsWith('_') ? [path.join(dir, d.name)] : []));
}

describe('pages/_app.tsx', () => {
  const app = path.join(ROOT, 'pages/_app.tsx');
  const imported = reachableCss(app);

  it('imports every CSS module a page reaches', () => {
    const rendered = pageFiles(path.join(ROOT, 'pages')).filter((p) => readFileSync(p, 'utf8').includes('renderToStaticMarkup'));
    expect(rendered.map((p) => path.relative(ROOT, p))).toContain('pages/scorecard.tsx');
    const needed = new Set(rendered.flatMap((p) => [...reachableCss(p)]));
    expect(needed.size).toBeGreaterThan(0);
    expect([...needed].filter((f) => !imported.has(f))).toEqual([]);
  });

  it('the profile renders ordinary React: no markup injected, its CSS module reached from the page itself', () => {
    const page = path.join(ROOT, 'pages/occupations/[code].tsx');
    expect(readFileSync(page, 'utf8')).not.toMatch(/renderToStaticMarkup|ServerHtml|dangerouslySetInnerHTML/);
    expect(reachableCss(page)).toContain('components/profile/profile.module.css');
  });
});
