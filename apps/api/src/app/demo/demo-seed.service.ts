import { PortalClock } from '@halt/api/calendar';
import { MaatwerkDemo } from '@halt/api/maatwerk';
import { UnitOfWork } from '@halt/api/database';
import type { DemoLoginDto, DemoLoginsDto, Role } from '@halt/contracts';
import { PasswordService, User } from '@halt/api/identity';
import { Municipality, NeighbourhoodPartner, Region, School, SportsClub } from '@halt/api/organisation';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  DEMO_ADMIN,
  DEMO_MUNICIPALITIES,
  DEMO_PMG_SINCE,
  DEMO_PASSWORD,
  DEMO_PLANNER_NAMES,
  DEMO_REGIONS,
  DEMO_SCHOOLS,
  DEMO_BASE_SKILLS,
  DEMO_CLUB,
  DEMO_PARTNER,
  DEMO_STAFF,
} from './demo-data';

interface DemoUser {
  email: string;
  name: string;
  role: Role;
  organisation: string;
  schoolBrin?: string;
  municipalityCode?: string;
  clubKnvb?: string;
  partnerName?: string;
  regionCodes?: string[];
}

const slug = (name: string) =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z ]/g, '')
    .trim()
    .replace(/ +/g, '.');

/** The demo users, derived from the demo data (the same list the login page shows in development). */
export function demoUsers(): DemoUser[] {
  const regionName = new Map<string, string>(DEMO_REGIONS.map((r) => [r.code, r.name]));
  const users: DemoUser[] = [{ ...DEMO_ADMIN, role: 'admin', organisation: 'Halt' }];
  for (const r of DEMO_REGIONS) {
    users.push({
      email: `planner.${r.code}@halt.example`,
      name: DEMO_PLANNER_NAMES[r.code],
      role: 'planner',
      organisation: r.name,
      regionCodes: [r.code],
    });
  }
  for (const s of DEMO_STAFF) {
    users.push({
      email: `${slug(s.name).replace(/\.(de|van|el|oude)\./, '.$1')}@halt.example`,
      name: s.name,
      role: 'staff',
      organisation: s.regions.map((c) => regionName.get(c)).join(', '),
      regionCodes: [...s.regions],
    });
  }
  for (const m of DEMO_MUNICIPALITIES) {
    users.push({
      email: `beleid@${m.slug}.gemeente.example`,
      name: `Beleidsmedewerker ${m.name}`,
      role: 'gemeente',
      organisation: `Gemeente ${m.name}`,
      municipalityCode: m.cbsCode,
    });
  }
  for (const s of DEMO_SCHOOLS) {
    users.push({
      email: `contact@${s.slug}.school.example`,
      name: `Contactpersoon ${s.name}`,
      role: 'school',
      organisation: s.name,
      schoolBrin: s.brin,
    });
  }
  users.push({
    email: DEMO_CLUB.email,
    name: DEMO_CLUB.contactName,
    role: 'vereniging',
    organisation: DEMO_CLUB.name,
    clubKnvb: DEMO_CLUB.knvbNumber,
  });
  users.push({
    email: DEMO_PARTNER.email,
    name: DEMO_PARTNER.contactName,
    role: 'wijkpartner',
    organisation: DEMO_PARTNER.name,
    partnerName: DEMO_PARTNER.name,
  });
  return users;
}

/** Seeds the demo organisations and users; adds only what is missing, so running it again changes nothing. */
@Injectable()
export class DemoSeedService {
  private readonly log = new Logger('DemoSeed');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly passwords: PasswordService,
    private readonly maatwerk: MaatwerkDemo,
    private readonly clock: PortalClock,
  ) {}

  logins(): DemoLoginsDto {
    const logins: DemoLoginDto[] = demoUsers().map((u) => ({
      role: u.role,
      email: u.email,
      name: u.name,
      organisation: u.organisation,
    }));
    return { password: DEMO_PASSWORD, logins };
  }

  private seedStaffProfiles(m: EntityManager, regions: Map<string, Region>): Promise<number> {
    return seedStaffProfilesFor(m, regions);
  }

  /** Returns the number of rows created. */
  async seed(): Promise<number> {
    const hash = await this.passwords.hash(DEMO_PASSWORD);
    const created = await this.uow.run(
      async (m) => {
        let n = 0;
        const regions = new Map<string, Region>();
        for (const r of DEMO_REGIONS) {
          const [row, isNew] = await findOrCreate(m, Region, { code: r.code }, { ...r });
          regions.set(r.code, row);
          n += isNew;
        }
        const municipalities = new Map<string, Municipality>();
        for (const mu of DEMO_MUNICIPALITIES) {
          const [row, isNew] = await findOrCreate(
            m,
            Municipality,
            { cbsCode: mu.cbsCode },
            {
              cbsCode: mu.cbsCode,
              name: mu.name,
              regionId: must(regions, mu.region).id,
              ...municipalityDefaults(mu.cbsCode),
              pmgSince: DEMO_PMG_SINCE[mu.cbsCode] ?? null,
            },
          );
          municipalities.set(mu.cbsCode, row);
          n += isNew;
        }
        const schools = new Map<string, School>();
        for (const s of DEMO_SCHOOLS) {
          const { municipality, slug: _slug, ...fields } = s;
          const [row, isNew] = await findOrCreate(
            m,
            School,
            { brin: s.brin },
            {
              ...fields,
              municipalityId: must(municipalities, municipality).id,
              dayStart: '08:30',
              dayEnd: '16:00',
            },
          );
          schools.set(s.brin, row);
          n += isNew;
        }
        const { email: _ce, contactName: _cn, municipality: clubGemeente, ...club } = DEMO_CLUB;
        const [clubRow, clubNew] = await findOrCreate(
          m,
          SportsClub,
          { knvbNumber: club.knvbNumber },
          { ...club, municipalityId: must(municipalities, clubGemeente).id },
        );
        const { email: _pe, contactName: _pn, municipality: partnerGemeente, ...partner } = DEMO_PARTNER;
        const [partnerRow, partnerNew] = await findOrCreate(
          m,
          NeighbourhoodPartner,
          { name: partner.name },
          { ...partner, municipalityId: must(municipalities, partnerGemeente).id },
        );
        n += clubNew + partnerNew;
        for (const u of demoUsers()) {
          const existing = await m
            .getRepository(User)
            .createQueryBuilder('u')
            .where('lower(u.email) = lower(:e)', { e: u.email })
            .getOne();
          if (existing) continue;
          await m.save(
            m.create(User, {
              email: u.email,
              name: u.name,
              role: u.role,
              passwordHash: hash,
              // Every demo school, gemeente, club and wijkpartner account is its organisation's main contact.
              isMainContact: ['school', 'gemeente', 'vereniging', 'wijkpartner'].includes(u.role),
              schoolId: u.schoolBrin ? must(schools, u.schoolBrin).id : null,
              municipalityId: u.municipalityCode ? must(municipalities, u.municipalityCode).id : null,
              clubId: u.clubKnvb ? clubRow.id : null,
              partnerId: u.partnerName ? partnerRow.id : null,
              regions: (u.regionCodes ?? []).map((c) => must(regions, c)),
            }),
          );
          n++;
        }
        n += await this.seedStaffProfiles(m, regions);
        n += await this.maatwerk.seed(m, this.clock.today());
        return n;
      },
      { actor: { kind: 'seed', name: 'demo-seed' } },
    );
    if (created > 0) this.log.log(`demo data: ${created} rows created`);
    return created;
  }
}

/** The demo specialists' profiles (skills valid until the end of next school year), linked to their users. */
async function seedStaffProfilesFor(m: EntityManager, regions: Map<string, Region>): Promise<number> {
  let n = 0;
  const users = demoUsers().filter((u) => u.role === 'staff');
  for (const s of DEMO_STAFF) {
    const email = users.find((u) => u.name === s.name)?.email;
    const [user] = await m.query(`SELECT id FROM app_user WHERE lower(email) = lower($1)`, [email]);
    if (!user) continue;
    const [existing] = await m.query(`SELECT id FROM staff_member WHERE user_id = $1`, [user.id]);
    if (existing) continue;
    const pattern = Object.fromEntries(s.days.map((d) => [d, [{ start: '08:00', end: '17:00' }]]));
    const [row] = await m.query(
      `INSERT INTO staff_member (user_id, name, home_latitude, home_longitude, contract_hours_per_week, working_pattern)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [user.id, s.name, s.home[0], s.home[1], s.hours, JSON.stringify(pattern)],
    );
    for (const code of s.regions) {
      await m.query(`INSERT INTO staff_region (staff_id, region_id) VALUES ($1, $2)`, [row.id, must(regions, code).id]);
    }
    for (const skill of [...DEMO_BASE_SKILLS, ...s.extra]) {
      await m.query(`INSERT INTO staff_skill (staff_id, skill, valid_until) VALUES ($1, $2, '2028-07-31')`, [
        row.id,
        skill,
      ]);
    }
    n++;
  }
  return n;
}

async function findOrCreate<T extends object>(
  m: EntityManager,
  entity: new () => T,
  where: Partial<T>,
  values: Partial<T>,
): Promise<[T, 0 | 1]> {
  const found = await m.findOneBy(entity, where as never);
  if (found) return [found, 0];
  return [await m.save(m.create(entity, values as never) as T), 1];
}

function must<T>(map: Map<string, T>, key: string): T {
  const value = map.get(key);
  if (value === undefined) throw new Error(`demo data refers to unknown ${key}`);
  return value;
}

/** A demo gemeente's holiday region and centre, from its demo schools (the average of their coordinates). */
function municipalityDefaults(cbsCode: string): Pick<Municipality, 'holidayRegion' | 'latitude' | 'longitude'> {
  const schools = DEMO_SCHOOLS.filter((s) => s.municipality === cbsCode);
  if (schools.length === 0) return { holidayRegion: 'midden', latitude: null, longitude: null };
  const avg = (xs: number[]) => Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 10000) / 10000;
  return {
    holidayRegion: schools[0].holidayRegion,
    latitude: avg(schools.map((s) => s.latitude)),
    longitude: avg(schools.map((s) => s.longitude)),
  };
}
