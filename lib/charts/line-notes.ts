/**
 * Why a line chart draws a top-coded wage apart (hollow "≥" marker, no segment into or out of it):
 * one wording for every line chart, so the wage trend and the profile's wage history agree.
 */
export function lineTopCodeNote(what = 'median'): string {
  return `≥ (hollow marker): the ${what} is at or above its release's top code, the highest wage BLS publishes. It is drawn at the top code and not joined to the line: BLS does not say how far above the top code the wage is, so a line into or between such points would show a change that is only the top code's.`;
}
