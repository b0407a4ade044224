/**
 * Markup rendered on the server by `renderToStaticMarkup` in getStaticProps, placed as it is
 * (React escapes every value it renders; nothing from a request reaches it). `display: contents`
 * keeps the wrapper out of the layout, so the markup sits in <main> as if rendered there.
 */
export function ServerHtml({ html }: { html: string }) {
  return <div className="server-html" dangerouslySetInnerHTML={{ __html: html }} />;
}
