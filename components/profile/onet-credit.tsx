/** The credit O*NET's licence asks for wherever its data is shown (the view's `onetCredit`), and what we changed. */
export function OnetCredit({ credit, modified }: { credit: string; modified: string }) {
  return (
    <p className="source">
      Source: {credit} (<a href="https://creativecommons.org/licenses/by/4.0/">licence</a>). Modified: {modified}
    </p>
  );
}
