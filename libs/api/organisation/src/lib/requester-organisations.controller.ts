import type { NeighbourhoodPartnerDto, Page, SportsClubDto } from '@halt/contracts';
import { type AuthUser, CurrentUser, idPipe, Roles } from '@halt/api/security';
import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  CreateNeighbourhoodPartnerDto,
  CreateSportsClubDto,
  RequesterOrganisationQueryDto,
  UpdateNeighbourhoodPartnerDto,
  UpdateSportsClubDto,
} from './requester-organisations.dto';
import { RequesterOrganisationsService } from './requester-organisations.service';

/** Sportverenigingen and wijkpartners: the requesters beyond schools. */
@ApiTags('organisation')
@ApiBearerAuth()
@Controller()
export class RequesterOrganisationsController {
  constructor(private readonly organisations: RequesterOrganisationsService) {}

  @Get('sports-clubs')
  @Roles('admin', 'gemeente', 'planner', 'vereniging')
  @ApiOperation({
    summary: 'Sportverenigingen the user may see, by name',
    description:
      'One page of sportverenigingen (KNVB club number, address, gemeente): admins all, a gemeente its own, planners those in their regions, a club user its own club. Filter by gemeente or part of the name.',
  })
  listClubs(
    @CurrentUser() user: AuthUser,
    @Query() query: RequesterOrganisationQueryDto,
  ): Promise<Page<SportsClubDto>> {
    return this.organisations.listClubs(user, query);
  }

  @Get('sports-clubs/:id')
  @Roles('admin', 'gemeente', 'planner', 'vereniging')
  @ApiOperation({ summary: 'One sportvereniging', description: 'A sportvereniging the user may see (404 otherwise).' })
  getClub(@CurrentUser() user: AuthUser, @Param('id', idPipe) id: string): Promise<SportsClubDto> {
    return this.organisations.getClub(user, id);
  }

  @Post('sports-clubs')
  @Roles('admin')
  @ApiOperation({
    summary: 'Add a sportvereniging (admins)',
    description:
      'A new sportvereniging with its KNVB club number (four letters, two digits, a letter; unique: 409 naming the club that has it), address, gemeente and coordinates.',
  })
  createClub(@Body() dto: CreateSportsClubDto): Promise<SportsClubDto> {
    return this.organisations.createClub(dto);
  }

  @Patch('sports-clubs/:id')
  @Roles('admin')
  @ApiOperation({
    summary: 'Change a sportvereniging (admins)',
    description: 'Name, KNVB club number, address, gemeente or coordinates of a sportvereniging.',
  })
  updateClub(@Param('id', idPipe) id: string, @Body() dto: UpdateSportsClubDto): Promise<SportsClubDto> {
    return this.organisations.updateClub(id, dto);
  }

  @Get('neighbourhood-partners')
  @Roles('admin', 'gemeente', 'planner', 'wijkpartner')
  @ApiOperation({
    summary: 'Wijkpartners the user may see, by name',
    description:
      'One page of wijkpartners (jongerenwerk, wijkteam, anders) with address and gemeente: admins all, a gemeente its own, planners those in their regions, a wijkpartner user its own organisation.',
  })
  listPartners(
    @CurrentUser() user: AuthUser,
    @Query() query: RequesterOrganisationQueryDto,
  ): Promise<Page<NeighbourhoodPartnerDto>> {
    return this.organisations.listPartners(user, query);
  }

  @Get('neighbourhood-partners/:id')
  @Roles('admin', 'gemeente', 'planner', 'wijkpartner')
  @ApiOperation({ summary: 'One wijkpartner', description: 'A wijkpartner the user may see (404 otherwise).' })
  getPartner(@CurrentUser() user: AuthUser, @Param('id', idPipe) id: string): Promise<NeighbourhoodPartnerDto> {
    return this.organisations.getPartner(user, id);
  }

  @Post('neighbourhood-partners')
  @Roles('admin')
  @ApiOperation({
    summary: 'Add a wijkpartner (admins)',
    description: 'A new wijkpartner: name, kind (jongerenwerk, wijkteam, anders), address, gemeente and coordinates.',
  })
  createPartner(@Body() dto: CreateNeighbourhoodPartnerDto): Promise<NeighbourhoodPartnerDto> {
    return this.organisations.createPartner(dto);
  }

  @Patch('neighbourhood-partners/:id')
  @Roles('admin')
  @ApiOperation({
    summary: 'Change a wijkpartner (admins)',
    description: 'Name, kind, address, gemeente or coordinates of a wijkpartner.',
  })
  updatePartner(
    @Param('id', idPipe) id: string,
    @Body() dto: UpdateNeighbourhoodPartnerDto,
  ): Promise<NeighbourhoodPartnerDto> {
    return this.organisations.updatePartner(id, dto);
  }
}
