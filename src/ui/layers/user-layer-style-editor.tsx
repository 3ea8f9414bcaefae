/** How a user layer is drawn: a colour, classes of a numeric field or categories, and labels. */
import { useId } from 'react';
import { PALETTE_NAMES } from '../../investor/palettes';
import type { ParsedLayer } from '../../user-data/types';
import { MAX_CLASSES, MIN_CLASSES, PALETTES, type PaletteId } from '../../vocabulary/indicators';
import type { UserLayerStyle, UserLayerSymbology } from '../../vocabulary/user-layers';
import { useTranslation } from '../i18n/use-translation';

type Drawing = 'single' | 'numberColour' | 'numberSize' | 'category';

function drawingOf(symbology: UserLayerSymbology): Drawing {
  if (symbology.kind === 'number') return symbology.as === 'size' ? 'numberSize' : 'numberColour';
  return symbology.kind;
}

const CLASS_COUNTS = Array.from(
  { length: MAX_CLASSES - MIN_CLASSES + 1 },
  (_, i) => MIN_CLASSES + i,
);

export function UserLayerStyleEditor({
  layer,
  style,
  onChange,
}: {
  layer: ParsedLayer;
  style: UserLayerStyle;
  onChange: (style: UserLayerStyle) => void;
}) {
  const t = useTranslation();
  const id = useId();
  const numeric = layer.fields.filter((field) => field.kind === 'number');
  const { symbology } = style;
  const drawing = drawingOf(symbology);
  const numberDefaults = (as: 'colour' | 'size', field: string): UserLayerSymbology => ({
    kind: 'number',
    field,
    classing: symbology.kind === 'number' ? symbology.classing : 'quantile',
    classes: symbology.kind === 'number' ? symbology.classes : 5,
    palette: symbology.kind === 'number' ? symbology.palette : 'ylgnbu',
    as,
  });
  const setDrawing = (next: Drawing) => {
    const field = symbology.kind === 'single' ? undefined : symbology.field;
    const firstNumeric = numeric.find((f) => f.name === field)?.name ?? numeric[0]?.name;
    const firstField = field ?? layer.fields[0]?.name;
    let chosen: UserLayerSymbology = { kind: 'single' };
    if ((next === 'numberColour' || next === 'numberSize') && firstNumeric !== undefined) {
      chosen = numberDefaults(next === 'numberSize' ? 'size' : 'colour', firstNumeric);
    } else if (next === 'category' && firstField !== undefined) {
      chosen = { kind: 'category', field: firstField };
    }
    onChange({ ...style, symbology: chosen });
  };
  const fieldChoices = symbology.kind === 'number' ? numeric : layer.fields;
  return (
    <div className="user-layer-style">
      <label htmlFor={`${id}-colour`}>{t('userLayers:colour')}</label>
      <input
        id={`${id}-colour`}
        type="color"
        value={style.colour}
        onChange={(event) => onChange({ ...style, colour: event.target.value })}
      />
      <label htmlFor={`${id}-drawing`}>{t('userLayers:symbology')}</label>
      <select
        id={`${id}-drawing`}
        value={drawing}
        onChange={(event) => setDrawing(event.target.value as Drawing)}
      >
        <option value="single">{t('userLayers:symbology.single')}</option>
        <option value="numberColour" disabled={numeric.length === 0}>
          {t('userLayers:symbology.numberColour')}
        </option>
        <option value="numberSize" disabled={numeric.length === 0}>
          {t('userLayers:symbology.numberSize')}
        </option>
        <option value="category" disabled={layer.fields.length === 0}>
          {t('userLayers:symbology.category')}
        </option>
      </select>
      {numeric.length === 0 ? (
        <p className="hint user-layer-style-note">{t('userLayers:noNumericField')}</p>
      ) : null}
      {symbology.kind !== 'single' ? (
        <>
          <label htmlFor={`${id}-field`}>{t('userLayers:field')}</label>
          <select
            id={`${id}-field`}
            value={symbology.field}
            onChange={(event) =>
              onChange({ ...style, symbology: { ...symbology, field: event.target.value } })
            }
          >
            {fieldChoices.map((field) => (
              <option key={field.name} value={field.name}>
                {field.name}
              </option>
            ))}
          </select>
        </>
      ) : null}
      {symbology.kind === 'number' ? (
        <>
          <label htmlFor={`${id}-classing`}>{t('investor:classing')}</label>
          <select
            id={`${id}-classing`}
            value={symbology.classing}
            onChange={(event) =>
              onChange({
                ...style,
                symbology: { ...symbology, classing: event.target.value as 'quantile' | 'ckmeans' },
              })
            }
          >
            <option value="quantile">{t('investor:classing.quantile')}</option>
            <option value="ckmeans">{t('investor:classing.ckmeans')}</option>
          </select>
          <label htmlFor={`${id}-classes`}>{t('investor:classes')}</label>
          <select
            id={`${id}-classes`}
            value={symbology.classes}
            onChange={(event) =>
              onChange({
                ...style,
                symbology: { ...symbology, classes: Number(event.target.value) },
              })
            }
          >
            {CLASS_COUNTS.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
          {symbology.as === 'colour' ? (
            <>
              <label htmlFor={`${id}-palette`}>{t('investor:palette')}</label>
              <select
                id={`${id}-palette`}
                value={symbology.palette}
                onChange={(event) =>
                  onChange({
                    ...style,
                    symbology: { ...symbology, palette: event.target.value as PaletteId },
                  })
                }
              >
                {PALETTES.map((palette) => (
                  <option key={palette} value={palette}>
                    {PALETTE_NAMES[palette]}
                  </option>
                ))}
              </select>
            </>
          ) : null}
        </>
      ) : null}
      <label htmlFor={`${id}-label`}>{t('userLayers:labelField')}</label>
      <select
        id={`${id}-label`}
        value={style.labelField ?? ''}
        onChange={(event) =>
          onChange({ ...style, labelField: event.target.value === '' ? null : event.target.value })
        }
      >
        <option value="">{t('userLayers:noLabels')}</option>
        {layer.fields.map((field) => (
          <option key={field.name} value={field.name}>
            {field.name}
          </option>
        ))}
      </select>
    </div>
  );
}
