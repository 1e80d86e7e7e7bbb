import { ParentRegistrationsService } from './parent-registrations.service';
import { Public } from '@halt/api/security';
import { Body, ConflictException, Controller, Get, HttpCode, NotFoundException, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { Transform } from 'class-transformer';
import { Equals, IsEmail, MaxLength } from 'class-validator';
import { DataSource } from 'typeorm';

const TOKEN = /^[A-Za-z0-9_-]{32}$/;

export class ParentRegistrationDto {
  @ApiProperty({ example: 'ouder@example.nl' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsEmail({}, { message: 'vul een geldig e-mailadres in' })
  @MaxLength(254, { message: 'mag hoogstens 254 tekens zijn' })
  email!: string;

  @ApiProperty({ description: 'The parent agrees that the address is used for this reminder only' })
  @Equals(true, { message: 'geef toestemming om uw e-mailadres voor deze herinnering te gebruiken' })
  consent!: boolean;
}

export interface ParentMeetingDto {
  schoolName: string;
  title: string;
  /** ISO instant, or null while it is not planned yet. */
  start: string | null;
  location: string;
  /** The https link of an online meeting, once the school or planner has set it; otherwise null. */
  meetingLink: string | null;
  open: boolean;
}

/**
 * The public page of a parent meeting (the link the school forwards): what and when, and a place where a
 * parent leaves only an e-mail address for a reminder. The secret in the address is the only key; nothing
 * about pupils or other parents is ever shown. Addresses are deleted once the meeting is over.
 */
@ApiTags('parent meetings')
@Controller('public/parent-meetings')
export class ParentMeetingsController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly registrations: ParentRegistrationsService,
  ) {}

  @Public()
  @Get(':token')
  @ApiOperation({
    summary: 'A parent meeting (by its link)',
    description:
      'Public (no sign-in): the date, time and place of a parent meeting behind the link the school shares. An unknown link is a 404.',
  })
  async get(@Param('token') token: string): Promise<ParentMeetingDto> {
    const s = await this.find(token);
    return {
      schoolName: s.school_name,
      title: s.offer_title,
      start: s.planned_start ? new Date(s.planned_start).toISOString() : null,
      location: s.location,
      meetingLink: s.meeting_link,
      open: s.open,
    };
  }

  @Public()
  @Post(':token/registrations')
  @HttpCode(201)
  @ApiOperation({
    summary: 'A parent leaves an e-mail address (with consent) for the reminder of this meeting',
    description:
      'Public (no sign-in): a parent leaves an e-mail address with consent, to get a reminder of the meeting; it is removed after the meeting.',
  })
  async register(@Param('token') token: string, @Body() dto: ParentRegistrationDto): Promise<{ registered: true }> {
    const s = await this.find(token);
    if (!s.open)
      throw new ConflictException({
        message: 'Aanmelden voor deze bijeenkomst kan niet meer',
        conflict: { state: s.status },
      });
    await this.registrations.register(s.id, dto.email);
    return { registered: true };
  }

  private async find(token: string) {
    if (!TOKEN.test(token)) throw new NotFoundException('Bijeenkomst niet gevonden');
    const [s] = await this.dataSource.query(
      `SELECT s.id, s.status, s.planned_start, r.location, r.meeting_link, sc.name AS school_name, o.title AS offer_title,
              (s.status IN ('open', 'planned', 'confirmed') AND (s.planned_end IS NULL OR s.planned_end > now())) AS open
         FROM session s JOIN booking_request r ON r.id = s.request_id JOIN requester sc ON sc.id = r.requester_id
         JOIN offer o ON o.id = r.offer_id
        WHERE s.parent_token = $1 AND s.kind = 'parent_meeting'`,
      [token],
    );
    if (!s) throw new NotFoundException('Bijeenkomst niet gevonden');
    return s as {
      id: string;
      status: string;
      planned_start: Date | null;
      location: string;
      meeting_link: string | null;
      school_name: string;
      offer_title: string;
      open: boolean;
    };
  }
}
