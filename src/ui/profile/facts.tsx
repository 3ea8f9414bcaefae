/** How a profile fact looks: its heading with the section it comes from, text, chips, charts. */
import type { ReactNode } from 'react';
import type { ProfileChart, ProfileFact } from '../../profile/territory-profile';
import { useViewStore } from '../../state/view-store';
import { useTranslation } from '../i18n/use-translation';

function SourceTag({ source }: { source: string }) {
  const t = useTranslation();
  return (
    <span className="source-tag" title={`${t('shell:source')}: ${source}`}>
      {source}
    </span>
  );
}

function Fact({
  title,
  source,
  children,
}: {
  title: string;
  source: string | null;
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

/** Three bars, one per forecast year, each labelled with its value (Table 1, §4). */
function YearBars({ chart }: { chart: ProfileChart }) {
  const barWidth = 160;
  return (
    <figure className="year-bars">
      <figcaption>{chart.title}</figcaption>
      <svg
        viewBox={`0 0 ${barWidth + 110} ${chart.values.length * 20}`}
        role="img"
        aria-label={chart.title}
      >
        {chart.values.map(({ year, value, label }, index) => (
          <g key={year} transform={`translate(0 ${index * 20})`}>
            <text x="0" y="13" className="bar-year">
              {year}
            </text>
            <rect
              x="38"
              y="3"
              height="13"
              rx="2"
              width={Math.max(1, (value / chart.max) * barWidth)}
              className="bar"
            />
            <text x={44 + (value / chart.max) * barWidth} y="13" className="bar-value">
              {label}
            </text>
          </g>
        ))}
      </svg>
    </figure>
  );
}

/** One fact of `territoryProfile()`: every part it has, in the order the PDF prints them. */
export function ProfileFactView({ fact }: { fact: ProfileFact }) {
  const select = useViewStore((state) => state.select);
  return (
    <Fact title={fact.heading} source={fact.source}>
      {fact.lines.map((line) =>
        fact.meter === undefined ? (
          <p key={line}>{line}</p>
        ) : (
          <div key={line} className="share">
            <span className="share-bar" style={{ width: `${fact.meter * 100}%` }} />
            <strong>{line}</strong>
          </div>
        ),
      )}
      {fact.links && fact.links.length > 0 ? (
        <div className="chips">
          {fact.links.map((link) => (
            <button
              key={`${link.selection.kind}:${link.selection.id}`}
              type="button"
              className="chip"
              onClick={() => select(link.selection)}
            >
              {link.label}
            </button>
          ))}
        </div>
      ) : null}
      {fact.items ? (
        <ul className="bullets">
          {fact.items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      ) : null}
      {fact.notes?.map((note) => (
        <p key={note} className="note">
          {note}
        </p>
      ))}
      {fact.charts?.map((chart) => (
        <YearBars key={chart.title} chart={chart} />
      ))}
      {fact.table ? (
        <table className="fact-table">
          <tbody>
            {fact.table.rows.map((row) => (
              <tr key={row[0]}>
                <th scope="row">{row[0]}</th>
                {row.slice(1).map((cell, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: cells of a fixed row never move
                  <td key={i} className="numeric">
                    {cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </Fact>
  );
}
