/** Building blocks of a profile: a fact with the Concept section it comes from, chips, a bar chart. */
import type { ReactNode } from 'react';
import { useTranslation } from '../i18n/use-translation';

export function SourceTag({ source }: { source: string }) {
  const t = useTranslation();
  return (
    <span className="source-tag" title={`${t('shell:source')}: ${source}`}>
      {source}
    </span>
  );
}

export function Fact({
  title,
  source,
  children,
}: {
  title: string;
  source?: string;
  children: ReactNode;
}) {
  return (
    <section className="fact">
      <h4>
        {title} {source ? <SourceTag source={source} /> : null}
      </h4>
      {children}
    </section>
  );
}

export function Chip({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <button type="button" className="chip" onClick={onClick}>
      {label}
    </button>
  );
}

/** Three bars, one per forecast year, each labelled with its value (Table 1, §4). */
export function YearBars({
  title,
  values,
  max,
  format,
}: {
  title: string;
  values: ReadonlyArray<{ year: number; value: number }>;
  max: number;
  format: (value: number) => string;
}) {
  const barWidth = 160;
  return (
    <figure className="year-bars">
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${barWidth + 110} ${values.length * 20}`} role="img" aria-label={title}>
        {values.map(({ year, value }, index) => (
          <g key={year} transform={`translate(0 ${index * 20})`}>
            <text x="0" y="13" className="bar-year">
              {year}
            </text>
            <rect
              x="38"
              y="3"
              height="13"
              rx="2"
              width={Math.max(1, (value / max) * barWidth)}
              className="bar"
            />
            <text x={44 + (value / max) * barWidth} y="13" className="bar-value">
              {format(value)}
            </text>
          </g>
        ))}
      </svg>
    </figure>
  );
}
