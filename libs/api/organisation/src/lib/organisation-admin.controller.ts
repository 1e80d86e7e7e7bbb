import type {
  MunicipalityDto,
  RegionDto,
  RegionWithMunicipalitiesDto,
  RetireMunicipalityResultDto,
  SchoolDto,
  SchoolImportPreviewDto,
  SchoolImportResultDto,
} from '@halt/contracts';
import { idPipe, Roles } from '@halt/api/security';
import { Body, Controller, Get, HttpCode, Param, Patch, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  CreateMunicipalityDto,
  CreateRegionDto,
  RetireMunicipalityDto,
  SchoolHolidayRegionDto,
  SchoolImportDto,
  UpdateMunicipalityDto,
} from './municipality-admin.dto';
import { MunicipalitiesAdminService } from './municipalities-admin.service';
import { SchoolImportService } from './school-import.service';

/** Halt's functional management of regions, gemeenten and schools (admins only). */
@ApiTags('organisation')
@ApiBearerAuth()
@Controller()
@Roles('admin')
export class OrganisationAdminController {
  constructor(
    private readonly imports: SchoolImportService,
    private readonly municipalities: MunicipalitiesAdminService,
  ) {}

  @Post('admin/school-imports/preview')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Preview an import of schools from DUO’s CSV (admins)',
    description:
      'Reads a CSV in DUO’s layout of school locations (`;` or `,`, quoted fields, BOM) and says per line what an import would do: new, changed (with the fields), unchanged, or refused with a Dutch reason (missing BRIN, bad postcode, unknown gemeentecode or kind of education, a duplicate line…). Writes nothing. At most 1,500 lines; a file that cannot be read is a 400 on `csv`.',
  })
  preview(@Body() dto: SchoolImportDto): Promise<SchoolImportPreviewDto> {
    return this.imports.preview(dto.csv);
  }

  @Post('admin/school-imports')
  @ApiOperation({
    summary: 'Import schools from DUO’s CSV (admins)',
    description:
      'Works the same plan out as the preview and writes it in one transaction: new schools are created (placed at their gemeente’s centre), changed ones updated, refused lines skipped. Keyed on BRIN + vestigingsnummer, so importing the same file again changes nothing.',
  })
  commit(@Body() dto: SchoolImportDto): Promise<SchoolImportResultDto> {
    return this.imports.commit(dto.csv);
  }

  @Get('admin/regions')
  @ApiOperation({
    summary: 'Halt’s regions with their gemeenten (admins)',
    description: 'Every region with its current gemeenten (retired ones left out), by name.',
  })
  regions(): Promise<RegionWithMunicipalitiesDto[]> {
    return this.municipalities.regionsWithMunicipalities();
  }

  @Post('admin/regions')
  @ApiOperation({
    summary: 'Add a Halt region (admins)',
    description:
      'A region Halt works in, with a stable code (lower case, e.g. `midden`) and a name; a taken code is a 409. Planners, specialists and gemeenten are then tied to it.',
  })
  createRegion(@Body() dto: CreateRegionDto): Promise<RegionDto> {
    return this.municipalities.createRegion(dto);
  }

  @Post('municipalities')
  @ApiOperation({
    summary: 'Add a gemeente (admins)',
    description:
      'A gemeente with its CBS code (GM and four digits, unique: a taken code is a 409), name, region, holiday region and optionally its centre (where imported schools are placed).',
  })
  createMunicipality(@Body() dto: CreateMunicipalityDto): Promise<MunicipalityDto> {
    return this.municipalities.create(dto);
  }

  @Patch('municipalities/:id')
  @ApiOperation({
    summary: 'Rename a gemeente, move it to another region or change its holiday region (admins)',
    description:
      'A new holiday region reaches every school of the gemeente that has no override of its own. A retired gemeente is a 409.',
  })
  updateMunicipality(@Param('id', idPipe) id: string, @Body() dto: UpdateMunicipalityDto): Promise<MunicipalityDto> {
    return this.municipalities.update(id, dto);
  }

  @Post('municipalities/:id/retire')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Retire a merged gemeente into its successor (admins)',
    description:
      'Moves the gemeente’s schools to the successor and retires it (no longer in pickers). Active user accounts of the gemeente or package orders that are not closed block it: a 409 naming them.',
  })
  retireMunicipality(
    @Param('id', idPipe) id: string,
    @Body() dto: RetireMunicipalityDto,
  ): Promise<RetireMunicipalityResultDto> {
    return this.municipalities.retire(id, dto);
  }

  @Put('schools/:id/holiday-region')
  @ApiOperation({
    summary: 'Set or clear a school’s own holiday region (admins)',
    description:
      'A school follows its gemeente’s holiday region; an override (noord, midden, zuid) deviates from it, `null` follows the gemeente again.',
  })
  setSchoolHolidayRegion(@Param('id', idPipe) id: string, @Body() dto: SchoolHolidayRegionDto): Promise<SchoolDto> {
    return this.municipalities.setSchoolHolidayRegion(id, dto);
  }
}
