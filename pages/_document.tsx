import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Head, Html, Main, NextScript, type DocumentContext, type DocumentInitialProps } from 'next/document';
import { renderedPage } from '@/lib/http/rendered-pages';

// next.config.js sets distDir the same way (the bench builds into .next-bench).
const DIST_DIR = process.env.NEXT_DIST_DIR || '.next';
const texts = new Map<string, string>();

/** The text of one of the build's CSS files (e.g. "static/chunks/abc.css"), read once. */
function cssText(file: string): string {
  let text = texts.get(file);
  if (text === undefined) {
    // Read at run time from the build's own output: not a file the server bundle should trace.
    text = readFileSync(path.join(/*turbopackIgnore: true*/ process.cwd(), DIST_DIR, file), 'utf8');
    // Inside <style> only "</style" would end the element early, and relative url()s would resolve against the page.
    if (/<\/style|url\((?!["']?data:)/i.test(text)) throw new Error(`${file} holds "</style" or a url() that cannot be inlined`);
    texts.set(file, text);
  }
  return text;
}

type CssFiles = Parameters<Head['getCssLinks']>[0];

/**
 * Next's document head with the site's stylesheets written into the page as `<style>` elements
 * instead of linked. The site's CSS is small (about 14 KB, 3.5 KB gzip) and the same on every
 * page; linked, it is three more requests before the first paint, which on Lighthouse's slow 4G
 * cost about 0.2 s of LCP (bench/DIAGNOSIS.md). In development, and if a file cannot be read,
 * the links stay as Next writes them.
 */
class InlineCssHead extends Head {
  getCssLinks(files: CssFiles) {
    if (this.context.isDevelopment) return super.getCssLinks(files);
    const cssFiles = files.allFiles.filter((f) => f.endsWith('.css'));
    try {
      return cssFiles.map((file) => <style key={file} data-file={file} dangerouslySetInnerHTML={{ __html: cssText(file) }} />);
    } catch (error) {
      console.error(`InlineCssHead: could not read the build's CSS (${(error as Error).message}); linking it instead`);
      return super.getCssLinks(files);
    }
  }
}

export default function Document() {
  return (
    <Html lang="en">
      <InlineCssHead />
      <body>
        <Main />
        <NextScript />
      </body>
    </Html>
  );
}

/** Next's own rendering of the page, except for pages whose HTML depends only on their address: those are rendered once per address (lib/http/rendered-pages.ts). */
Document.getInitialProps = (ctx: DocumentContext): Promise<DocumentInitialProps> => renderedPage(ctx.pathname, ctx.asPath, () => ctx.defaultGetInitialProps(ctx));
