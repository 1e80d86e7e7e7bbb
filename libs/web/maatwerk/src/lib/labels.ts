import type { MaatwerkEvent, MaatwerkState, MaatwerkUrgency } from '@halt/contracts';
import type { TranslationKey } from '@halt/web/core';

/** "Ingediend", "Intake gepland", … */
export const maatwerkStateKey = (s: MaatwerkState): TranslationKey => `maatwerk.state.${s}`;
/** "Gewoon", "Binnen een maand", "Dringend". */
export const urgencyKey = (u: MaatwerkUrgency): TranslationKey => `maatwerk.urgency.${u}`;
/** The history's steps: "Ingediend", "Intake gepland", "Voorstel verstuurd", … */
export const maatwerkEventKey = (e: MaatwerkEvent): TranslationKey => `maatwerk.event.${e}`;

const euro = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' });
/** Euro cents as "€ 450,00". */
export const formatEuro = (cents: number): string => euro.format(cents / 100);
