/** How a layer the user added is drawn: one colour, classes of a numeric field, or categories. */
import type { Classing, PaletteId } from './indicators';

/** What a layer's features are coloured or sized by. */
export type UserLayerSymbology =
  | { kind: 'single' }
  /** Classes of a numeric field, classed like the choropleth, shown as colours or as sizes. */
  | {
      kind: 'number';
      field: string;
      classing: Exclude<Classing, 'manual'>;
      classes: number;
      palette: PaletteId;
      as: 'colour' | 'size';
    }
  /** The most frequent values of a field each in its own colour, the rest as "other". */
  | { kind: 'category'; field: string };

export type UserLayerStyle = {
  /** A #rrggbb colour: the whole layer's, or every feature's when sized by a field. */
  colour: string;
  symbology: UserLayerSymbology;
  /** The field written beside each feature, or null for no labels. */
  labelField: string | null;
};

const DEFAULT_USER_LAYER_COLOUR = '#d95f02';

export const DEFAULT_USER_LAYER_STYLE: UserLayerStyle = {
  colour: DEFAULT_USER_LAYER_COLOUR,
  symbology: { kind: 'single' },
  labelField: null,
};

/** Categories beyond this many share the "other" colour. */
export const MAX_CATEGORIES = 10;
