import type {
  Level,
  OfferType,
  PackageOrderState,
  PlanningRunState,
  RequestState,
  SessionKind,
  SchoolType,
  SessionState,
} from '@halt/contracts';
import { LEVELS_OF_SCHOOL_TYPE } from '@halt/contracts';
import { hasText } from './dutch-texts';
import type { TranslationKey } from './nl';

// The translation keys of the codes the API sends. The codes themselves come from the contracts and the domain's
// lifecycles; their Dutch and English names live in nl.ts (or nl-shell.ts) and en.ts only, one key per code, so a code without a
// name fails the build. No runtime import of @halt/domain here: web-core is in the first chunk, and whatever it
// imports from the domain would pull every domain rule the lazy pages use into that chunk too.

/** "Ingediend", "Ingepland", … */
export const requestStateKey = (s: RequestState): TranslationKey => `requestState.${s}`;
/** "Open", "Bevestigd", "Niet doorgegaan", … */
export const sessionStateKey = (s: SessionState): TranslationKey => `sessionState.${s}`;
/** "Besteld", "Geaccepteerd", "Actief", … */
export const packageOrderStateKey = (s: PackageOrderState): TranslationKey => `packages.state.${s}`;
/** "In de wachtrij", "Voorstel klaar", … */
export const planningRunStateKey = (s: PlanningRunState): TranslationKey => `autoplan.state.${s}`;
/** "Les", "Intake", "Zitting JRB", … */
export const sessionKindKey = (k: SessionKind): TranslationKey => `sessionKind.${k}`;
/** "Voorlichting", "Klassendialoog", … */
export const offerTypeKey = (t: OfferType): TranslationKey => `offerType.${t}`;
/** "PO groep 7–8", "VO klas 1–2", … */
export const levelKey = (l: Level): TranslationKey => `level.${l}`;

/** The levels of an offer that a school of this type teaches (the API refuses the others); all when unknown. */
export const levelsForSchool = (levels: readonly Level[], schoolType: SchoolType | null | undefined): Level[] =>
  schoolType ? levels.filter((l) => LEVELS_OF_SCHOOL_TYPE[schoolType].includes(l)) : [...levels];

/**
 * The key `prefix.code` when the dictionaries have it, else null (an unknown code is then shown as it comes). For the
 * lazy pages, which have every text loaded.
 */
export function labelKey(prefix: string, code: string): TranslationKey | null {
  const key = `${prefix}.${code}`;
  return hasText(key) ? (key as TranslationKey) : null;
}
