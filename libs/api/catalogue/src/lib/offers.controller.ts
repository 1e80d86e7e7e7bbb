import type { OfferDto } from '@halt/contracts';
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
  @ApiOperation({ summary: 'The catalogue, filtered by type, topic, level or text' })
  list(@CurrentUser() user: AuthUser, @Query() query: OfferQueryDto): Promise<OfferDto[]> {
    return this.offers.list(user, query);
  }

  @Get('topics')
  @ApiOperation({ summary: 'Topics of the active offers' })
  topics(): Promise<string[]> {
    return this.offers.topics();
  }

  @Get(':id')
  get(@CurrentUser() user: AuthUser, @Param('id', idPipe) id: string): Promise<OfferDto> {
    return this.offers.get(user, id);
  }

  @Post()
  @Roles('admin')
  @ApiOperation({ summary: 'Add an offer (admins)' })
  create(@Body() dto: CreateOfferDto): Promise<OfferDto> {
    return this.offers.create(dto);
  }

  @Patch(':id')
  @Roles('admin')
  @ApiOperation({ summary: 'Change an offer, or withdraw it with active=false (admins)' })
  update(@Param('id', idPipe) id: string, @Body() dto: UpdateOfferDto): Promise<OfferDto> {
    return this.offers.update(id, dto);
  }
}
