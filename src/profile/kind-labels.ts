/** What each kind of place is called at the top of its profile. */
import type { TextKey } from '../i18n/i18n';
import type { FeatureKind } from '../vocabulary/selection';

export const PROFILE_KIND_LABEL: Record<FeatureKind, TextKey> = {
  region: 'places:region',
  node: 'places:growthNode',
  logistics: 'places:logisticsCentre',
  cluster: 'places:cluster',
  settlement: 'search:settlement',
  foreignCity: 'search:foreignCity',
};
