import type { Level, OfferType } from '@halt/contracts';
import type { TranslationKey } from '@halt/web/core';

export const offerTypeKey = (type: OfferType): TranslationKey => `offerType.${type}`;
export const levelKey = (level: Level): TranslationKey => `level.${level}`;

const euro = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' });
export const formatEuro = (cents: number): string => euro.format(cents / 100);
