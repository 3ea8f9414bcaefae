/** Units and the way a number is written with them; other strings nest them as `$t(units:km)`. */
import { defineNamespace } from '../define-namespace';

export const units = defineNamespace({
  en: {
    km: 'km',
    km2: 'km²',
    m: 'm',
    distance: '{{value}} km',
    metres: '{{value}} m',
    area: '{{value}} km²',
    and: 'and',
  },
  ru: {
    km: 'км',
    km2: 'км²',
    m: 'м',
    distance: '{{value}} км',
    metres: '{{value}} м',
    area: '{{value}} км²',
    and: 'и',
  },
  ky: {
    km: 'км',
    km2: 'км²',
    m: 'м',
    distance: '{{value}} км',
    metres: '{{value}} м',
    area: '{{value}} км²',
    and: 'жана',
  },
});
