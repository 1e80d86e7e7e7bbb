import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Municipality } from './municipality.entity';
import { OrganisationController } from './organisation.controller';
import { Region } from './region.entity';
import { School } from './school.entity';
import { SchoolsService } from './schools.service';

@Module({
  imports: [TypeOrmModule.forFeature([Region, Municipality, School])],
  controllers: [OrganisationController],
  providers: [SchoolsService],
  exports: [SchoolsService],
})
export class OrganisationModule {}
