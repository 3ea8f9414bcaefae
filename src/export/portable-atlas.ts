/**
 * Writes a scenario into the portable atlas (scripts/portable-atlas.ts builds the file): its
 * carried-scenario block is replaced, nothing else of the page changes.
 */
import { EMBEDDED_BLOCK, embeddedBlockHtml, scriptSafeJson } from '../platform/embedded-blocks';
import { carriedScenarioRecord } from '../scenario/carried-scenario';
import type { Scenario } from '../vocabulary/scenario';

/** The block as built (`null`) or as an export wrote it: its JSON can hold no `<`. */
const CARRIED_BLOCK = new RegExp(
  `<script type="application/json" id="${EMBEDDED_BLOCK.carried}">[^<]*</script>`,
);

/**
 * The portable atlas page carrying `scenario`.
 * Throws when `template` is not a portable atlas (it has no carried-scenario block).
 *
 * @example
 * const html = portableAtlasWith(await template.text(), currentScenario(), new Date());
 */
export function portableAtlasWith(template: string, scenario: Scenario, madeAt: Date): string {
  if (!CARRIED_BLOCK.test(template)) {
    throw new Error('The portable atlas template has no carried-scenario block');
  }
  const block = embeddedBlockHtml(
    EMBEDDED_BLOCK.carried,
    scriptSafeJson(carriedScenarioRecord(scenario, madeAt)),
  );
  // A function replacer: the scenario's text may hold `$&`, which a replacement string expands.
  return template.replace(CARRIED_BLOCK, () => block);
}
