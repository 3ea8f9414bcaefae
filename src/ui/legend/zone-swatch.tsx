/** The legend's swatch of a cross-border zone, styled by its status as the map draws it (§5.4). */
import { analysisColours, zoneLook } from '../../map/palette';
import type { ZoneNeighbour } from '../../vocabulary/scenario';
import { useAtlas } from '../atlas/atlas-context';

export function ZoneSwatch({ neighbour }: { neighbour: ZoneNeighbour }) {
  const atlas = useAtlas();
  const status = atlas.zones.influence.zones.find((zone) => zone.neighbour === neighbour)?.status;
  const look = zoneLook[status ?? 'zone'];
  const colour = analysisColours.zones[neighbour];
  return (
    <span
      className="swatch zone-swatch"
      data-status={status}
      // The swatch's own opacity (0.75) stands for the map's fill; an outline-only zone has none.
      style={
        look.dash
          ? { background: 'transparent', border: `2px dashed ${colour}`, opacity: 1 }
          : { background: colour }
      }
      aria-hidden="true"
    />
  );
}
