import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Municipality } from './municipality.entity';
import { MunicipalitiesAdminService } from './municipalities-admin.service';
import { OrganisationAdminController } from './organisation-admin.controller';
import { OrganisationController } from './organisation.controller';
import { SchoolImportService } from './school-import.service';
import { Region } from './region.entity';
import { NeighbourhoodPartner } from './neighbourhood-partner.entity';
import { School } from './school.entity';
import { SportsClub } from './sports-club.entity';
import { SchoolsService } from './schools.service';

@Module({
  imports: [TypeOrmModule.forFeature([Region, Municipality, School, SportsClub, NeighbourhoodPartner])],
  controllers: [OrganisationController, OrganisationAdminController],
  providers: [SchoolsService, SchoolImportService, MunicipalitiesAdminService],
  exports: [SchoolsService],
})
export class OrganisationModule {}
