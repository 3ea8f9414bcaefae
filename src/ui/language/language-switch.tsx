/** ky / ru / en switch; the choice is remembered and written to the URL by the view store. */

import { setLanguage } from '../../state/language';
import { LANGUAGES } from '../../vocabulary/languages';
import { useLanguage, useTranslation } from '../i18n/use-translation';

const LABELS = { ky: 'Кыргызча', ru: 'Русский', en: 'English' } as const;
const SHORT = { ky: 'КЫР', ru: 'РУС', en: 'ENG' } as const;

export function LanguageSwitch() {
  const t = useTranslation();
  const language = useLanguage();
  return (
    <fieldset className="language-switch">
      <legend className="visually-hidden">{t('shell:language')}</legend>
      {LANGUAGES.map((lang) => (
        <button
          key={lang}
          type="button"
          lang={lang}
          aria-pressed={lang === language}
          aria-label={LABELS[lang]}
          title={LABELS[lang]}
          onClick={() => setLanguage(lang)}
        >
          {SHORT[lang]}
        </button>
      ))}
    </fieldset>
  );
}
