import Link from 'next/link';

/**
 * Every unknown address, including occupation codes that no shipped table has
 * (/occupations/99-9999, /occupations/not-a-code): say what a code looks like and where to find one.
 */
export function NotFoundView() {
  return (
    <>
      <h1>No page at this address</h1>
      <p className="lede">
        If you were looking for an occupation: there is no profile for that code. Occupation codes are Standard Occupational Classification (SOC)
        codes, two digits, a hyphen and four digits, such as <Link prefetch={false} href="/occupations/29-2071">29-2071</Link> (medical records and health information
        technicians).
      </p>
      <ul>
        <li>
          Find an occupation by title or code with the search on the <Link prefetch={false} href="/compare">Compare</Link> page.
        </li>
        <li>
          Codes change between SOC revisions: <Link prefetch={false} href="/occupations/29-1111">29-1111</Link> registered nurses became{' '}
          <Link prefetch={false} href="/occupations/29-1141">29-1141</Link> in May 2012. Each profile links the codes before and after.
        </li>
        <li>
          <Link prefetch={false} href="/">Back to the start page</Link>
        </li>
      </ul>
    </>
  );
}
