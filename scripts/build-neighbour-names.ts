// Entry of `npm run build:neighbour-names`: the names of the countries drawn around Kyrgyzstan in
// Kyrgyz, Russian and English, from the Unicode CLDR territory display names.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GEODATA, packageVersion, readPackageJson } from './geodata/sources';

const PACKAGE = 'cldr-localenames-full';
const LANGUAGES = ['ky', 'ru', 'en'] as const;

type Territories = {
  main: Record<string, { localeDisplayNames: { territories: Record<string, string> } }>;
};

/** The display name of every territory in `lang`, as CLDR gives it (not the "-alt-short" forms). */
function territoryNames(lang: string): Record<string, string> {
  const file = readPackageJson<Territories>(join(PACKAGE, 'main', lang, 'territories.json'));
  const names = file.main[lang]?.localeDisplayNames.territories;
  if (names === undefined) throw new Error(`${PACKAGE} has no territory names for "${lang}"`);
  return names;
}

// The countries are the ones geodata/boundaries/neighbours.geojson draws, so the two never drift.
const neighbours = JSON.parse(
  readFileSync(join(GEODATA, 'boundaries', 'neighbours.geojson'), 'utf8'),
) as { features: { properties: { iso: string } }[] };
const isoCodes = [...new Set(neighbours.features.map((f) => f.properties.iso))].sort();
const byLanguage = Object.fromEntries(LANGUAGES.map((lang) => [lang, territoryNames(lang)]));

const names = Object.fromEntries(
  isoCodes.map((iso) => [
    iso,
    Object.fromEntries(
      LANGUAGES.map((lang) => {
        const name = byLanguage[lang]?.[iso];
        if (name === undefined) throw new Error(`CLDR has no ${lang} name for ${iso}`);
        return [lang, name];
      }),
    ),
  ]),
);
const file = {
  source: `Unicode CLDR territory display names (${packageVersion(PACKAGE)}), Unicode-3.0`,
  names,
};
const out = join(GEODATA, 'boundaries', 'neighbour-names.json');
writeFileSync(out, `${JSON.stringify(file, null, 2)}\n`);
console.log(`${out}: ${isoCodes.join(', ')}`);
