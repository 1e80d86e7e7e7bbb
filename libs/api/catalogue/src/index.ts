export * from './lib/catalogue.module';
export * from './lib/offer.entity';
export * from './lib/offers.service';
