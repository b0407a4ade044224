import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// A page rendered to markup in getStaticProps or getServerSideProps (renderToStaticMarkup) would leave
// its components out of the page's browser graph, so the CSS modules they import would not be linked
// unless pages/_app.tsx imported them. No page does that any more (the profile and the scorecard pass
// view models as props and render ordinary React, linking their own modules); this keeps it so, and
// checks any page that did would have its modules in pages/_app.tsx.
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

  it('no page renders its markup in a data function; any that did would find its CSS modules here', () => {
    const pages = pageFiles(path.join(ROOT, 'pages'));
    expect(pages.length).toBeGreaterThan(3);
    const rendered = pages.filter((p) => /renderToStaticMarkup|dangerouslySetInnerHTML/.test(readFileSync(p, 'utf8')));
    expect(rendered.map((p) => path.relative(ROOT, p))).toEqual([]);
    const needed = new Set(rendered.flatMap((p) => [...reachableCss(p)]));
    expect([...needed].filter((f) => !imported.has(f))).toEqual([]);
  });

  it('the profile renders ordinary React: no markup injected, its CSS module reached from the page itself', () => {
    const page = path.join(ROOT, 'pages/occupations/[code].tsx');
    expect(readFileSync(page, 'utf8')).not.toMatch(/renderToStaticMarkup|ServerHtml|dangerouslySetInnerHTML/);
    expect(reachableCss(page)).toContain('components/profile/profile.module.css');
  });
});
