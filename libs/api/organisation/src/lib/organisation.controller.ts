import type { MunicipalityDto, Page, RegionDto, SchoolDto } from '@halt/contracts';
import { type AuthUser, CurrentUser, idPipe } from '@halt/api/security';
import { Body, Controller, Get, Param, Patch, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { MunicipalityQueryDto } from './municipality-admin.dto';
import { SchoolsService } from './schools.service';
import { SchoolQueryDto } from './school-query.dto';
import { UpdateSchoolDto } from './update-school.dto';

@ApiTags('organisation')
@ApiBearerAuth()
@Controller()
export class OrganisationController {
  constructor(private readonly schools: SchoolsService) {}

  @Get('schools')
  @ApiOperation({
    summary: 'Schools the signed-in user may see, a page at a time',
    description:
      'The schools the signed-in user may see, by name, with address, school type and holiday region; `q` searches name, BRIN and place. At most 50 a page (`page`, `pageSize`) with the total.',
  })
  listSchools(@CurrentUser() user: AuthUser, @Query() query: SchoolQueryDto): Promise<Page<SchoolDto>> {
    return this.schools.list(user, query);
  }

  @Get('schools/:id')
  @ApiOperation({
    summary: 'One school',
    description:
      'A school with its address, school type, holiday region and school-day hours, when the signed-in user may see it.',
  })
  getSchool(@CurrentUser() user: AuthUser, @Param('id', idPipe) id: string): Promise<SchoolDto> {
    return this.schools.get(user, id);
  }

  @Patch('schools/:id')
  @ApiOperation({
    summary: 'Change address or school-day hours (the school itself or an admin)',
    description:
      'Changes the address (a Dutch postcode, normalised) or the hours of the school day; the end of the day must be later than its start. Other fields are refused.',
  })
  updateSchool(
    @CurrentUser() user: AuthUser,
    @Param('id', idPipe) id: string,
    @Body() dto: UpdateSchoolDto,
  ): Promise<SchoolDto> {
    return this.schools.update(user, id, dto);
  }

  @Get('municipalities')
  @ApiOperation({
    summary: 'Gemeenten, a page at a time',
    description:
      'The gemeenten (municipalities) the signed-in user may see, by name, with their CBS code, region and holiday region. Retired (merged) gemeenten are left out unless `includeRetired=true`. At most 50 a page (`page`, `pageSize`) with the total.',
  })
  listMunicipalities(
    @CurrentUser() user: AuthUser,
    @Query() query: MunicipalityQueryDto,
  ): Promise<Page<MunicipalityDto>> {
    return this.schools.municipalities(user, query);
  }

  @Get('municipalities/:id')
  @ApiOperation({
    summary: 'One gemeente',
    description: 'A gemeente with its region, when the signed-in user may see it.',
  })
  getMunicipality(@CurrentUser() user: AuthUser, @Param('id', idPipe) id: string): Promise<MunicipalityDto> {
    return this.schools.municipality(user, id);
  }

  @Get('regions')
  @ApiOperation({ summary: 'Halt regions', description: 'The regions Halt works in; planners plan per region.' })
  listRegions(): Promise<RegionDto[]> {
    return this.schools.regions();
  }
}
