/**
 * A point typed as latitude and longitude in decimal degrees, for moving a growth node and for
 * adding a candidate. The fields are text with a decimal keypad (the GOV.UK Design System's advice
 * for numbers); a comma may stand for the point, as Russian and Kyrgyz write it. A value that is no
 * coordinate, or a point outside Kyrgyzstan, is refused with an alert, and nothing moves.
 */
import './coordinates-form.css';
import { type FormEvent, useEffect, useId, useState } from 'react';
import { formatNumber } from '../../i18n/format';
import type { Translate } from '../../i18n/i18n';
import {
  type CoordinateField,
  type TypedPosition,
  typedPosition,
} from '../../scenario/typed-position';
import type { Language } from '../../vocabulary/languages';
import type { LonLat } from '../../vocabulary/scenario';
import { useAtlas } from '../atlas/atlas-context';
import { useLanguage, useTranslation } from '../i18n/use-translation';

/** `41.6000° N, 75.0000° E` as the language writes it (`41,6000° с. ш., …`). */
export function coordinatesText(t: Translate, lang: Language, [lon, lat]: LonLat): string {
  const value = (degrees: number) =>
    formatNumber(lang, Math.abs(degrees), { digits: 4, fixed: true });
  const latitude = t(lat >= 0 ? 'planner:point.north' : 'planner:point.south', {
    value: value(lat),
  });
  const longitude = t(lon >= 0 ? 'planner:point.east' : 'planner:point.west', {
    value: value(lon),
  });
  return `${latitude}, ${longitude}`;
}

/** Degrees as the fields show them: enough decimals for about a metre, no trailing zeros. */
const degreesText = (value: number) => String(Number(value.toFixed(5)));

type Refusal = Exclude<TypedPosition, { kind: 'inside' }>;

export type CoordinatesFormProps = {
  className: string;
  legend: string;
  submitLabel: string;
  /** Where the point is now: the fields show it and follow it. Empty fields without it. */
  position?: LonLat;
  /** The sentence refusing a point outside the country, given where it is in words. */
  outside: (where: string) => string;
  onChoose: (position: LonLat) => void;
};

export function CoordinatesForm(props: CoordinatesFormProps) {
  const { position, onChoose } = props;
  const atlas = useAtlas();
  const lang = useLanguage();
  const t = useTranslation();
  const id = useId();
  const [latitude, setLatitude] = useState(() => (position ? degreesText(position[1]) : ''));
  const [longitude, setLongitude] = useState(() => (position ? degreesText(position[0]) : ''));
  const [refusal, setRefusal] = useState<Refusal | null>(null);

  useEffect(() => {
    if (!position) return;
    setLatitude(degreesText(position[1]));
    setLongitude(degreesText(position[0]));
  }, [position]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const typed = typedPosition(atlas, latitude, longitude);
    if (typed.kind === 'inside') {
      setRefusal(null);
      onChoose(typed.position);
    } else {
      setRefusal(typed);
    }
  };
  const message =
    refusal === null
      ? ''
      : refusal.kind === 'outside'
        ? props.outside(coordinatesText(t, lang, refusal.position))
        : refusal.fields
            .map((field) =>
              field === 'latitude'
                ? t('planner:point.badLatitude')
                : t('planner:point.badLongitude'),
            )
            .join(' ');
  const describedBy = refusal ? `${id}-hint ${id}-problem` : `${id}-hint`;
  const field = (which: CoordinateField, value: string, set: (value: string) => void) => (
    <label className="coordinates-field">
      {t(which === 'latitude' ? 'planner:point.latitude' : 'planner:point.longitude')}
      <input
        type="text"
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        value={value}
        aria-invalid={
          refusal !== null && (refusal.kind === 'outside' || refusal.fields.includes(which))
        }
        aria-describedby={describedBy}
        onChange={(event) => {
          set(event.target.value);
          setRefusal(null);
        }}
      />
    </label>
  );

  return (
    <form className={`coordinates-form ${props.className}`} noValidate onSubmit={submit}>
      <fieldset>
        <legend>{props.legend}</legend>
        <p id={`${id}-hint`} className="hint">
          {t('planner:point.coordinatesHint')}
        </p>
        <div className="coordinates-fields">
          {field('latitude', latitude, setLatitude)}
          {field('longitude', longitude, setLongitude)}
          <button type="submit" className="coordinates-submit">
            {props.submitLabel}
          </button>
        </div>
        {message ? (
          <p id={`${id}-problem`} role="alert" className="coordinates-problem">
            {message}
          </p>
        ) : null}
      </fieldset>
    </form>
  );
}
