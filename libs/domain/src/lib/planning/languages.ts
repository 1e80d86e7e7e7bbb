/**
 * Specialists' languages are two-letter codes (ISO 639-1: nl, en, ar, tr); a school names the language an
 * interpreter is needed for in words ("Arabisch", "Turkish"). These names, in Dutch and English, map to the codes.
 */
const NAMES: Record<string, readonly string[]> = {
  am: ['amhaars', 'amharic'],
  ar: ['arabisch', 'arabic'],
  bg: ['bulgaars', 'bulgarian'],
  bs: ['bosnisch', 'bosnian'],
  cs: ['tsjechisch', 'czech'],
  de: ['duits', 'german'],
  el: ['grieks', 'greek'],
  en: ['engels', 'english'],
  es: ['spaans', 'spanish'],
  fa: ['perzisch', 'farsi', 'persian', 'dari'],
  fr: ['frans', 'french'],
  hi: ['hindi'],
  hr: ['kroatisch', 'croatian'],
  hu: ['hongaars', 'hungarian'],
  id: ['indonesisch', 'indonesian'],
  it: ['italiaans', 'italian'],
  ku: ['koerdisch', 'kurdish'],
  lt: ['litouws', 'lithuanian'],
  lv: ['lets', 'latvian'],
  nl: ['nederlands', 'dutch'],
  pl: ['pools', 'polish'],
  ps: ['pasjtoe', 'pashto'],
  pt: ['portugees', 'portuguese'],
  ro: ['roemeens', 'romanian'],
  ru: ['russisch', 'russian'],
  sk: ['slowaaks', 'slovak'],
  so: ['somalisch', 'somali'],
  sq: ['albanees', 'albanian'],
  sr: ['servisch', 'serbian'],
  ti: ['tigrinya', 'tigrinisch'],
  tr: ['turks', 'turkish'],
  uk: ['oekraïens', 'oekraiens', 'ukrainian'],
  ur: ['urdu'],
  vi: ['vietnamees', 'vietnamese'],
  zh: ['chinees', 'mandarijn', 'chinese', 'mandarin'],
};

const BY_NAME = new Map(Object.entries(NAMES).flatMap(([code, names]) => names.map((n) => [n, code] as const)));

/**
 * The code of a language as a school or planner wrote it: a two-letter code as is, a known Dutch or English name
 * as its code; anything else lower-cased and trimmed, which no specialist's code matches (so the planner has to
 * arrange an interpreter).
 */
export function languageCode(text: string): string {
  const t = text.trim().toLowerCase();
  if (/^[a-z]{2}$/.test(t)) return t;
  return BY_NAME.get(t) ?? t;
}
