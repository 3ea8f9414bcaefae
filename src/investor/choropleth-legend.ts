/** What a legend (on screen, in a PNG or a PDF) shows for the indicator choropleth. */

export type ChoroplethLegend = {
  /** e.g. "Gross regional product, 2019" in the legend's language. */
  title: string;
  /** e.g. "million som"; empty when the values are percentages shown with "%". */
  unit: string;
  /** e.g. "§4, Table 1". */
  source: string;
  /** Classes from low to high: fill colour and the formatted class limits ("19,922 – 56,427"). */
  classes: Array<{ colour: string; label: string }>;
  /** Osh city has no polygon: its value is a proportional circle; this line explains it. */
  symbolNote: string | null;
};
