/** The investor's side panel: indicators on the map, then the priority-territory finder. */
import { FinderPanel } from './finder-panel';
import { IndicatorPanel } from './indicator-panel';
import './investor.css';

export function InvestorPanels() {
  return (
    <>
      <FinderPanel />
      <IndicatorPanel />
    </>
  );
}
