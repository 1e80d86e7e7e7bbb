export * from './lib/region.entity';
export * from './lib/municipality.entity';
export * from './lib/school.entity';
export * from './lib/sports-club.entity';
export * from './lib/neighbourhood-partner.entity';
export * from './lib/organisation.module';
export * from './lib/schools.service';
export * from './lib/organisation-scope';
