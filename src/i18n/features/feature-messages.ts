/** The shape of a feature's strings: English defines the keys, Russian and Kyrgyz must match them. */
export function featureMessages<const Keys extends Record<string, string>>(messages: {
  en: Keys;
  ru: Record<keyof Keys, string>;
  ky: Record<keyof Keys, string>;
}) {
  return messages;
}
