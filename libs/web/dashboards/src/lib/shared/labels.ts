import type { EvaluationAudience, EvaluationOutcome } from '@halt/contracts';
import type { TranslationKey } from '@halt/web/core';

/** The outcomes in the order the dashboards show them. */
export const OUTCOMES: readonly EvaluationOutcome[] = ['feel_safer', 'prevent_repair', 'recommend', 'overall'];
export const AUDIENCES: readonly EvaluationAudience[] = ['teacher', 'pupil', 'parent'];

/** "Voelt zich veiliger", "Weet schade te voorkomen of herstellen", "Raadt het aan", "Tevredenheid". */
export const outcomeKey = (outcome: EvaluationOutcome): TranslationKey => `dashboard.outcome.${outcome}`;
/** "Docent", "Leerling", "Ouder". */
export const audienceKey = (audience: EvaluationAudience): TranslationKey => `forms.audience.${audience}`;
