/**
 * The one colour palette: Okabe–Ito's colour-blind-safe set (without black and yellow, which
 * vanish on dark and light backgrounds) extended with Paul Tol's muted scheme. An occupation
 * keeps its colour by its position in the selection, in every chart of a view.
 */
export const PALETTE = [
  '#0072B2', // blue
  '#E69F00', // orange
  '#009E73', // bluish green
  '#CC79A7', // reddish purple
  '#56B4E9', // sky blue
  '#D55E00', // vermillion
  '#882255', // wine
  '#44AA99', // teal
  '#999933', // olive
  '#AA4499', // purple
  '#DDCC77', // sand
  '#6699CC', // steel blue
] as const;

export function colorAt(index: number): string {
  return PALETTE[index % PALETTE.length]!;
}
