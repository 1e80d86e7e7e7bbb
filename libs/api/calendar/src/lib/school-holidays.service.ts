import { UnitOfWork } from '@halt/api/database';
import { HOLIDAY_REGIONS, type HolidayRegion, type SchoolHolidayDto } from '@halt/contracts';
import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { CreateSchoolHolidayDto, HolidayQueryDto, UpdateSchoolHolidayDto } from './calendar.dto';
import { SchoolHoliday } from './school-holiday.entity';

const toDto = (h: SchoolHoliday): SchoolHolidayDto => ({
  id: h.id,
  schoolYear: h.schoolYear,
  name: h.name,
  region: h.region,
  startDate: h.startDate,
  endDate: h.endDate,
});

/** Checks a period against its school year (1 August – 31 July, holidays may run on to the start of the next). */
function problems(
  h: Pick<SchoolHoliday, 'schoolYear' | 'startDate' | 'endDate'>,
): { field: string; message: string }[] {
  const [first, second] = h.schoolYear.split('-').map(Number);
  const errors: { field: string; message: string }[] = [];
  if (second !== first + 1)
    errors.push({ field: 'schoolYear', message: 'moet twee opeenvolgende jaren noemen, zoals 2027-2028' });
  if (h.startDate < `${first}-08-01` || h.startDate > `${second}-07-31`) {
    errors.push({
      field: 'startDate',
      message: `moet in het schooljaar ${h.schoolYear} liggen (1 augustus tot en met 31 juli)`,
    });
  }
  if (h.endDate < h.startDate) errors.push({ field: 'endDate', message: 'mag niet voor de eerste dag liggen' });
  return errors;
}

/** The advised school holidays per region; everyone reads them, admins maintain them. */
@Injectable()
export class SchoolHolidaysService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
  ) {}

  /**
   * Per school year asked for, the holiday regions that have no holiday period on record: a year Halt has not
   * entered yet, in which no school day can be told from a holiday.
   */
  async missingRegions(schoolYears: readonly string[]): Promise<{ schoolYear: string; regions: HolidayRegion[] }[]> {
    const rows: { school_year: string; region: HolidayRegion }[] = await this.dataSource.query(
      `SELECT DISTINCT school_year, region FROM school_holiday WHERE school_year = ANY($1::text[])`,
      [[...schoolYears]],
    );
    return schoolYears.map((schoolYear) => ({
      schoolYear,
      regions: HOLIDAY_REGIONS.filter((r) => !rows.some((x) => x.school_year === schoolYear && x.region === r)),
    }));
  }

  async list(query: HolidayQueryDto): Promise<SchoolHolidayDto[]> {
    const qb = this.dataSource.getRepository(SchoolHoliday).createQueryBuilder('h');
    if (query.schoolYear) qb.andWhere('h.school_year = :y', { y: query.schoolYear });
    if (query.region) qb.andWhere('h.region = :r', { r: query.region });
    return (await qb.orderBy('h.start_date').addOrderBy('h.region').getMany()).map(toDto);
  }

  /** All periods of one region that overlap [from, to]. */
  async forRegion(
    region: SchoolHoliday['region'],
    from: string,
    to: string,
    manager?: EntityManager,
  ): Promise<SchoolHoliday[]> {
    return (manager ?? this.dataSource.manager)
      .getRepository(SchoolHoliday)
      .createQueryBuilder('h')
      .where('h.region = :region AND h.start_date <= :to AND h.end_date >= :from', { region, from, to })
      .orderBy('h.start_date')
      .getMany();
  }

  async create(dto: CreateSchoolHolidayDto): Promise<SchoolHolidayDto> {
    this.check(dto);
    return toDto(await this.uow.run((m) => m.save(m.create(SchoolHoliday, dto))));
  }

  async update(id: string, dto: UpdateSchoolHolidayDto): Promise<SchoolHolidayDto> {
    return this.uow.run(async (m) => {
      const row = await m.getRepository(SchoolHoliday).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!row) throw new NotFoundException('Vakantieperiode niet gevonden');
      m.merge(SchoolHoliday, row, dto);
      this.check(row);
      return toDto(await m.save(SchoolHoliday, row));
    });
  }

  async remove(id: string): Promise<void> {
    const repo = this.dataSource.getRepository(SchoolHoliday);
    const row = await repo.findOneBy({ id });
    if (!row) throw new NotFoundException('Vakantieperiode niet gevonden');
    await this.uow.run((m) => m.remove(row));
  }

  private check(h: Pick<SchoolHoliday, 'schoolYear' | 'startDate' | 'endDate'>): void {
    const errors = problems(h);
    if (errors.length) throw new BadRequestException({ message: 'Controleer de invoer', errors });
  }
}
