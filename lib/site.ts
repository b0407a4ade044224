/** The site's name and description, and the title of a page within it. */
export const SITE_NAME = 'Health careers in BLS data';

export const SITE_DESCRIPTION =
  'Projected growth and wages of U.S. occupations from the Bureau of Labor Statistics, charted and downloadable.';

/** "Compare occupations · Health careers in BLS data"; the start page is the site's name alone. */
export function pageTitle(title?: string): string {
  return title ? `${title} · ${SITE_NAME}` : SITE_NAME;
}
