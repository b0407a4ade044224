/**
 * One of the site's own scripts (components/enhance/<name>.ts, built to public/js/<name>.js).
 * Pages send no framework JavaScript; this is the only way a script reaches a page: a
 * same-origin file, deferred, that enhances markup already complete without it.
 */
export function PageScript({ name }: { name: string }) {
  if (!/^[a-z][a-z0-9-]*$/.test(name)) throw new Error(`PageScript: "${name}" is not a script name (lowercase letters, digits, hyphens)`);
  return <script src={`/js/${name}.js`} defer />;
}
