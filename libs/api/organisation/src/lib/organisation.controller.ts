import type { MunicipalityDto, RegionDto, SchoolDto } from '@halt/contracts';
import { type AuthUser, CurrentUser, idPipe } from '@halt/api/security';
import { Body, Controller, Get, Param, Patch } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { SchoolsService } from './schools.service';
import { UpdateSchoolDto } from './update-school.dto';

@ApiTags('organisation')
@ApiBearerAuth()
@Controller()
export class OrganisationController {
  constructor(private readonly schools: SchoolsService) {}

  @Get('schools')
  @ApiOperation({ summary: 'Schools the signed-in user may see' })
  listSchools(@CurrentUser() user: AuthUser): Promise<SchoolDto[]> {
    return this.schools.list(user);
  }

  @Get('schools/:id')
  getSchool(@CurrentUser() user: AuthUser, @Param('id', idPipe) id: string): Promise<SchoolDto> {
    return this.schools.get(user, id);
  }

  @Patch('schools/:id')
  @ApiOperation({ summary: 'Change address or school-day hours (the school itself or an admin)' })
  updateSchool(
    @CurrentUser() user: AuthUser,
    @Param('id', idPipe) id: string,
    @Body() dto: UpdateSchoolDto,
  ): Promise<SchoolDto> {
    return this.schools.update(user, id, dto);
  }

  @Get('municipalities')
  listMunicipalities(@CurrentUser() user: AuthUser): Promise<MunicipalityDto[]> {
    return this.schools.municipalities(user);
  }

  @Get('municipalities/:id')
  getMunicipality(@CurrentUser() user: AuthUser, @Param('id', idPipe) id: string): Promise<MunicipalityDto> {
    return this.schools.municipality(user, id);
  }

  @Get('regions')
  listRegions(): Promise<RegionDto[]> {
    return this.schools.regions();
  }
}
