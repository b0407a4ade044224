/**
 * The site's one script file (public/js/site.js), on every page: each part enhances its own
 * markup and does nothing where that markup is absent. One file rather than one per feature:
 * under Lighthouse's slow-4G simulation every script request that ends before the first paint
 * delays it, and a second file needs a second connection (two files measured LCP 1.0–1.2 s on a
 * profile, one file 0.86–0.88 s; bench/DIAGNOSIS.md).
 */
import './search-suggest';
import './chart-values';
import './print-link';
