import { type AuthUser, CurrentUser, idPipe, Roles } from '@halt/api/security';
import type { PersonalDataExportDto, PersonErasureDto } from '@halt/contracts';
import { Controller, Get, Header, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { PersonalDataService } from './personal-data.service';
import { PersonErasureService } from './person-erasure.service';

@ApiTags('users')
@ApiBearerAuth()
@Controller('users')
export class PrivacyController {
  constructor(
    private readonly exports: PersonalDataService,
    private readonly erasure: PersonErasureService,
  ) {}

  @Get(':id/personal-data')
  @Header('Content-Disposition', 'attachment; filename="persoonsgegevens.json"')
  @ApiOperation({
    summary: 'A person’s data as JSON (AVG art. 15 and 20)',
    description:
      'The account, the requests that name the person as contact and the audit events they acted in or that are about their account. Admins for anyone; everyone else only for themself (another id is a 404). Every download is recorded in the audit trail.',
  })
  personalData(@CurrentUser() me: AuthUser, @Param('id', idPipe) id: string): Promise<PersonalDataExportDto> {
    return this.exports.export(me, id);
  }

  @Get(':id/personal-data.csv')
  @ApiProduces('text/csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="persoonsgegevens.csv"')
  @ApiOperation({
    summary: 'A person’s data as CSV',
    description:
      'The same data as GET /api/users/{id}/personal-data, one row per item (account, request, audit event). UTF-8 with BOM; formula-like cells are neutralised.',
  })
  personalDataCsv(@CurrentUser() me: AuthUser, @Param('id', idPipe) id: string): Promise<string> {
    return this.exports.exportCsv(me, id);
  }

  @Post(':id/erasure')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({
    summary: 'Erase a person on request (AVG art. 17): pseudonymise them everywhere',
    description:
      'Deactivates the account, ends its sessions and links, and replaces the name and e-mail address by a pseudonym in the account, in the contact details of their requests and in the audit trail (which keeps the account id, so it stays consistent). Recorded in the audit trail. Refused (409) for one’s own account, the last active admin, an account already erased, or while the person is the contact of a running request (the references are named).',
  })
  erase(@CurrentUser() me: AuthUser, @Param('id', idPipe) id: string): Promise<PersonErasureDto> {
    return this.erasure.erase(me, id);
  }
}
