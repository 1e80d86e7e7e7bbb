import type { Page, UserDto } from '@halt/contracts';
import { type AuthUser, CurrentUser, idPipe, PageQueryDto, Roles } from '@halt/api/security';
import { Controller, Get, NotFoundException, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { organisationOf } from './auth-user.loader';
import { User } from './user.entity';

function toUserDto(u: User): UserDto {
  return { id: u.id, email: u.email, name: u.name, role: u.role, organisation: organisationOf(u), active: u.active };
}

@ApiTags('users')
@ApiBearerAuth()
@Controller('users')
export class UsersController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private query() {
    return this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .leftJoinAndSelect('u.school', 's')
      .leftJoinAndSelect('u.municipality', 'm')
      .leftJoinAndSelect('u.regions', 'r');
  }

  @Get()
  @Roles('admin')
  @ApiOperation({
    summary: 'All user accounts (admins)',
    description: 'Pages through the user accounts of every organisation, with role and organisation. Admins only.',
  })
  async list(@Query() q: PageQueryDto): Promise<Page<UserDto>> {
    const [rows, total] = await this.query()
      .orderBy('u.role')
      .addOrderBy('u.name')
      .skip((q.page - 1) * q.pageSize)
      .take(q.pageSize)
      .getManyAndCount();
    return { items: rows.map(toUserDto), total, page: q.page, pageSize: q.pageSize };
  }

  /** Admins see anyone; everyone else only themselves (others are "not found"). */
  @Get(':id')
  @ApiOperation({
    summary: 'One user account',
    description:
      'One user account by id, with role and organisation. Admins see anyone; everyone else only themselves (others are a 404).',
  })
  async get(@CurrentUser() me: AuthUser, @Param('id', idPipe) id: string): Promise<UserDto> {
    if (me.role !== 'admin' && me.id !== id) throw new NotFoundException('Gebruiker niet gevonden');
    const user = await this.query().where('u.id = :id', { id }).getOne();
    if (!user) throw new NotFoundException('Gebruiker niet gevonden');
    return toUserDto(user);
  }
}
