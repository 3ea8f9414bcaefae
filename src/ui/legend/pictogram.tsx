/** The map's badges as inline SVG, from the same path data the map rasterises (src/map/icons.ts). */
import type { Pictogram } from '../../map/icons';

export function Badge({
  pictogram,
  colour,
  shape,
  ring,
}: {
  pictogram: Pictogram;
  colour: string;
  shape: 'circle' | 'square';
  ring?: string;
}) {
  return (
    <svg className="badge" viewBox="0 0 26 26" width="22" height="22" aria-hidden="true">
      {shape === 'circle' ? (
        <circle
          cx="13"
          cy="13"
          r="12"
          fill={colour}
          stroke={ring ?? '#fff'}
          strokeWidth={ring ? 3 : 1.5}
        />
      ) : (
        <rect
          x="1.5"
          y="1.5"
          width="23"
          height="23"
          rx="5"
          fill={colour}
          stroke={ring ?? '#fff'}
          strokeWidth={ring ? 3 : 1.5}
        />
      )}
      <g transform="translate(5.56 5.56) scale(0.62)" fill="#fff" stroke="#fff" strokeWidth="0">
        {(pictogram.fill ?? []).map((d) => (
          <path key={d} d={d} />
        ))}
        {(pictogram.stroke ?? []).map((d) => (
          <path key={d} d={d} fill="none" strokeWidth="2.2" />
        ))}
      </g>
    </svg>
  );
}
