import { UnitOfWork } from '@halt/api/database';
import type {
  SchoolImportCountsDto,
  SchoolImportPreviewDto,
  SchoolImportResultDto,
  SchoolImportRowDto,
  SchoolType,
} from '@halt/contracts';
import { BadRequestException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import {
  DuoFileError,
  type DuoLine,
  normaliseGemeente,
  normalisePostcode,
  readDuoFile,
  schoolKey,
  schoolTypeOf,
} from './duo-csv';
import { Municipality } from './municipality.entity';
import { School } from './school.entity';

/** What one line would write, next to what the admin sees. */
interface PlannedRow {
  row: SchoolImportRowDto;
  fields?: Pick<School, 'brin' | 'name' | 'type' | 'street' | 'postcode' | 'city' | 'municipalityId'>;
  existing?: School;
  municipality?: Municipality;
}

const COMPARED = ['name', 'type', 'street', 'postcode', 'city', 'municipalityId'] as const;
const FIELD_LABEL: Record<(typeof COMPARED)[number], string> = {
  name: 'name',
  type: 'type',
  street: 'street',
  postcode: 'postcode',
  city: 'city',
  municipalityId: 'municipality',
};

/**
 * Imports school locations from DUO's open-data CSV (see `duo-csv.ts` for the columns read). A preview says per
 * line what would happen; the commit works the same plan out again inside one unit of work and writes it. Both
 * key on BRIN + vestigingsnummer (`school.brin`, unique in the database), so importing the same file twice
 * changes nothing the second time. New schools are placed at their gemeente's centre (`location_precision =
 * 'municipality'`): DUO's address files carry no coordinates and the portal has no geocoder; existing schools
 * keep their coordinates.
 */
@Injectable()
export class SchoolImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
  ) {}

  async preview(csv: string): Promise<SchoolImportPreviewDto> {
    const plan = await this.plan(this.dataSource.manager, this.read(csv));
    return { counts: countsOf(plan), rows: plan.map((p) => p.row) };
  }

  async commit(csv: string): Promise<SchoolImportResultDto> {
    const lines = this.read(csv);
    return this.uow.run(async (manager) => {
      // One import at a time: two admins committing the same file at once must not both insert.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('school-import'))`);
      const plan = await this.plan(manager, lines);
      const created = plan
        .filter((p) => p.row.outcome === 'new' && p.fields && p.municipality)
        .map((p) =>
          manager.create(School, {
            ...p.fields,
            latitude: p.municipality?.latitude as number,
            longitude: p.municipality?.longitude as number,
            locationPrecision: 'municipality',
            dayStart: '08:30',
            dayEnd: '15:00',
          }),
        );
      if (created.length > 0) await manager.save(School, created, { chunk: 200 });
      for (const p of plan) {
        if (p.row.outcome !== 'changed' || !p.existing || !p.fields) continue;
        await manager.update(School, { id: p.existing.id }, p.fields);
      }
      return { counts: countsOf(plan) };
    });
  }

  private read(csv: string): DuoLine[] {
    try {
      return readDuoFile(csv);
    } catch (e) {
      if (e instanceof DuoFileError) {
        throw new BadRequestException({
          message: 'Het bestand kan niet worden gelezen',
          errors: [{ field: 'csv', message: e.message }],
        });
      }
      throw e;
    }
  }

  private async plan(manager: EntityManager, lines: DuoLine[]): Promise<PlannedRow[]> {
    const codes = [...new Set(lines.map((l) => normaliseGemeente(l.values.municipality)).filter(isString))];
    const municipalities = codes.length ? await manager.find(Municipality, { where: { cbsCode: In(codes) } }) : [];
    const byCode = new Map(municipalities.map((m) => [m.cbsCode, m]));
    const successorIds = municipalities.map((m) => m.successorId).filter(isString);
    const successors = successorIds.length ? await manager.find(Municipality, { where: { id: In(successorIds) } }) : [];
    const successorName = new Map(successors.map((m) => [m.id, `${m.name} (${m.cbsCode})`]));

    const keys = lines.map((l) => schoolKey(l.values.brin, l.values.vestiging));
    const validKeys = keys.flatMap((k) => ('key' in k ? [k.key] : []));
    const existing = validKeys.length ? await manager.find(School, { where: { brin: In(validKeys) } }) : [];
    const byBrin = new Map(existing.map((s) => [s.brin, s]));
    const seen = new Map<string, number>();

    return lines.map((l, i): PlannedRow => {
      const v = l.values;
      const key = keys[i];
      const row: SchoolImportRowDto = {
        line: l.line,
        brin: 'key' in key ? key.key : v.brin.toUpperCase(),
        name: v.name,
        outcome: 'refused',
        changedFields: [],
        reason: null,
      };
      const refuse = (reason: string): PlannedRow => ({ row: { ...row, reason } });
      if ('reason' in key) return refuse(key.reason);
      const earlier = seen.get(key.key);
      if (earlier !== undefined) return refuse(`dubbele regel: ${key.key} staat ook op regel ${earlier}`);
      seen.set(key.key, l.line);
      if (v.name.length < 2 || v.name.length > 120) return refuse('naam ontbreekt of is langer dan 120 tekens');
      const street = [v.street, v.houseNumber].filter((p) => p !== '').join(' ');
      if (street.length < 2 || street.length > 120) return refuse('straat en huisnummer ontbreken');
      const postcode = normalisePostcode(v.postcode);
      if (!postcode) return refuse(`postcode "${v.postcode}" is geen Nederlandse postcode (zoals 1012 AB)`);
      if (v.city.length < 2 || v.city.length > 80) return refuse('plaatsnaam ontbreekt');
      const type: SchoolType | undefined = schoolTypeOf(v.type);
      if (!type) return refuse(`onbekend soort onderwijs "${v.type}" (verwacht PO, SO, VSO, VO of MBO)`);
      const code = normaliseGemeente(v.municipality);
      if (!code) return refuse(`gemeentecode "${v.municipality}" is geen CBS-code`);
      const municipality = byCode.get(code);
      if (!municipality) return refuse(`onbekende gemeentecode ${code}`);
      if (municipality.successorId) {
        return refuse(
          `gemeente ${municipality.name} (${code}) is opgeheven; opgegaan in ${successorName.get(municipality.successorId) ?? 'een andere gemeente'}`,
        );
      }
      const fields = {
        brin: key.key,
        name: v.name,
        type,
        street,
        postcode,
        city: v.city,
        municipalityId: municipality.id,
      };
      const current = byBrin.get(key.key);
      if (!current) {
        if (municipality.latitude === null || municipality.longitude === null) {
          return refuse(`gemeente ${municipality.name} heeft geen middelpunt om de school te plaatsen`);
        }
        return { row: { ...row, outcome: 'new' }, fields, municipality };
      }
      const changed = COMPARED.filter((f) => current[f] !== fields[f]).map((f) => FIELD_LABEL[f]);
      return changed.length === 0
        ? { row: { ...row, outcome: 'unchanged' } }
        : { row: { ...row, outcome: 'changed', changedFields: changed }, fields, existing: current, municipality };
    });
  }
}

function countsOf(plan: PlannedRow[]): SchoolImportCountsDto {
  const counts: SchoolImportCountsDto = { new: 0, changed: 0, unchanged: 0, refused: 0 };
  for (const p of plan) counts[p.row.outcome]++;
  return counts;
}

const isString = (v: string | null | undefined): v is string => typeof v === 'string';
