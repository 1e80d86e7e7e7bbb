import type { OfferDto, Page } from '@halt/contracts';
import { type AuthUser, CurrentUser, idPipe, Roles } from '@halt/api/security';
import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CreateOfferDto, OfferQueryDto, UpdateOfferDto } from './offer.dto';
import { OffersService } from './offers.service';

@ApiTags('catalogue')
@ApiBearerAuth()
@Controller('offers')
export class OffersController {
  constructor(private readonly offers: OffersService) {}

  @Get()
  @ApiOperation({
    summary: 'The catalogue, filtered by type, topic, level or text, a page at a time',
    description:
      'The prevention offers (voorlichting, klassendialoog, schoolspreekuur, …) with their type, topics, levels and duration, by type and title, at most 50 a page (`page`, `pageSize`) with the total. Withdrawn offers only for admins.',
  })
  list(@CurrentUser() user: AuthUser, @Query() query: OfferQueryDto): Promise<Page<OfferDto>> {
    return this.offers.list(user, query);
  }

  @Get('topics')
  @ApiOperation({
    summary: 'Topics of the active offers',
    description: 'The distinct topics of the active offers, for the catalogue filter.',
  })
  topics(): Promise<string[]> {
    return this.offers.topics();
  }

  @Get(':id')
  @ApiOperation({ summary: 'One offer', description: 'One offer of the catalogue by id.' })
  get(@CurrentUser() user: AuthUser, @Param('id', idPipe) id: string): Promise<OfferDto> {
    return this.offers.get(user, id);
  }

  @Post()
  @Roles('admin')
  @ApiOperation({
    summary: 'Add an offer (admins)',
    description: 'Adds an offer to the catalogue with its type, topics, levels and duration. Admins only.',
  })
  create(@Body() dto: CreateOfferDto): Promise<OfferDto> {
    return this.offers.create(dto);
  }

  @Patch(':id')
  @Roles('admin')
  @ApiOperation({
    summary: 'Change an offer, or withdraw it with active=false (admins)',
    description:
      'Changes an offer; `active: false` withdraws it from the catalogue, requests already made keep it. Admins only.',
  })
  update(@Param('id', idPipe) id: string, @Body() dto: UpdateOfferDto): Promise<OfferDto> {
    return this.offers.update(id, dto);
  }
}
