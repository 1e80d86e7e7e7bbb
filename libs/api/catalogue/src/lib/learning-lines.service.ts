import { PortalClock } from '@halt/api/calendar';
import type { AuthUser } from '@halt/api/security';
import {
  type LearningCoverageDto,
  type LearningLineDto,
  type LearningLineStepDto,
  type Level,
  LEVELS_OF_SCHOOL_TYPE,
  type SchoolLearningProgressDto,
  type SchoolType,
} from '@halt/contracts';
import { isSchoolYear, lineProgress, schoolYearBounds, schoolYearOf, type SchoolYear } from '@halt/domain';
import { BadRequestException, ForbiddenException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

interface StepRow {
  line_code: string;
  line_name: string;
  line_description: string;
  position: number;
  level: Level;
  offer_id: string;
  offer_code: string;
  offer_title: string;
}

/**
 * Learning lines (doorlopende leerlijnen): the lines themselves, a school's progress on them and a gemeente's
 * coverage. Sessions count for the step of their offer at their group's level; `given` is a delivered session,
 * `planned` one that is open, planned or confirmed (cancelled sessions and no-shows do not count).
 */
@Injectable()
export class LearningLinesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: PortalClock,
  ) {}

  async lines(): Promise<LearningLineDto[]> {
    return group(await this.steps(), (line, steps) => ({ ...line, steps }));
  }

  /** The school year asked for (`2026-2027`), or the current one; a 400 naming the field otherwise. */
  schoolYear(value: string | undefined): SchoolYear {
    if (value === undefined) return schoolYearOf(this.clock.today());
    if (!isSchoolYear(value))
      throw new BadRequestException({
        message: 'Controleer de invoer',
        errors: [{ field: 'schoolYear', message: 'moet een schooljaar zijn als 2026-2027' }],
      });
    return value;
  }

  async progress(user: AuthUser, schoolYear: SchoolYear): Promise<SchoolLearningProgressDto> {
    if (user.role !== 'school' || !user.schoolId)
      throw new ForbiddenException('Alleen een school ziet haar leerlijnen');
    const [steps, [school], facts] = await Promise.all([
      this.steps(),
      this.dataSource.query(`SELECT type FROM school WHERE id = $1`, [user.schoolId]) as Promise<
        { type: SchoolType }[]
      >,
      this.dataSource.query(
        `SELECT r.offer_id, g.level, se.status = 'delivered' AS given,
                coalesce(se.delivered_on, (se.planned_start AT TIME ZONE 'Europe/Amsterdam')::date, se.window_from)::text AS day
           FROM session se JOIN booking_request r ON r.id = se.request_id JOIN booking_group g ON g.id = se.group_id
          WHERE r.school_id = $1 AND se.status IN ('open', 'planned', 'confirmed', 'delivered')
            AND r.offer_id IN (SELECT offer_id FROM learning_line_step)`,
        [user.schoolId],
      ) as Promise<{ offer_id: string; level: Level; given: boolean; day: string }[]>,
    ]);
    const taught = school ? LEVELS_OF_SCHOOL_TYPE[school.type] : [];
    const stepFacts = facts.map((f) => ({
      offerId: f.offer_id,
      level: f.level,
      given: f.given,
      schoolYear: schoolYearOf(f.day),
    }));
    const { start, end } = schoolYearBounds(schoolYear);
    return {
      schoolYear,
      from: start,
      to: end,
      lines: group(steps, (line, lineSteps) => {
        const p = lineProgress(lineSteps, stepFacts, schoolYear, taught);
        const view = (s: (typeof p.steps)[number]) => ({
          ...s.step,
          taught: s.taught,
          state: s.state,
          lastGivenSchoolYear: s.lastGivenSchoolYear,
        });
        return { ...line, steps: p.steps.map(view), next: p.next ? view(p.next) : null };
      }),
    };
  }

  async coverage(user: AuthUser, schoolYear: SchoolYear): Promise<LearningCoverageDto> {
    if (user.role !== 'gemeente' || !user.municipalityId)
      throw new ForbiddenException('Alleen een gemeente ziet hoe haar scholen de leerlijnen volgen');
    const { start, end } = schoolYearBounds(schoolYear);
    const [steps, [municipality], counts] = await Promise.all([
      this.steps(),
      this.dataSource.query(`SELECT name FROM municipality WHERE id = $1`, [user.municipalityId]) as Promise<
        { name: string }[]
      >,
      // Per step: the gemeente's schools that teach its level, and how many had it given or planned in the year.
      this.dataSource.query(
        `WITH taught AS (
           SELECT sc.id, lv.level
             FROM school sc
             CROSS JOIN LATERAL unnest(CASE sc.type
               WHEN 'PO' THEN ARRAY['po-7-8'] WHEN 'VO' THEN ARRAY['vo-1-2', 'vo-3-4'] WHEN 'MBO' THEN ARRAY['mbo']
               WHEN 'SO' THEN ARRAY['po-7-8', 'so-vso'] ELSE ARRAY['vo-1-2', 'vo-3-4', 'so-vso'] END) AS lv(level)
            WHERE sc.municipality_id = $1),
         done AS (
           SELECT r.school_id, r.offer_id, g.level, bool_or(se.status = 'delivered') AS given
             FROM session se JOIN booking_request r ON r.id = se.request_id JOIN booking_group g ON g.id = se.group_id
             JOIN school sc ON sc.id = r.school_id
            WHERE sc.municipality_id = $1 AND se.status IN ('open', 'planned', 'confirmed', 'delivered')
              AND coalesce(se.delivered_on, (se.planned_start AT TIME ZONE 'Europe/Amsterdam')::date, se.window_from)
                  BETWEEN $2::date AND $3::date
            GROUP BY 1, 2, 3)
         SELECT st.id, count(t.id)::int AS schools,
                count(d.school_id) FILTER (WHERE d.given)::int AS given,
                count(d.school_id) FILTER (WHERE NOT d.given)::int AS planned
           FROM learning_line_step st
           LEFT JOIN taught t ON t.level = st.level
           LEFT JOIN done d ON d.school_id = t.id AND d.offer_id = st.offer_id AND d.level = st.level
          GROUP BY st.id`,
        [user.municipalityId, start, end],
      ) as Promise<{ id: string; schools: number; given: number; planned: number }[]>,
    ]);
    const byStep = new Map(counts.map((c) => [c.id, c]));
    return {
      municipality: municipality?.name ?? '',
      schoolYear,
      lines: group(steps, (line, lineSteps) => ({
        ...line,
        steps: lineSteps.map((s) => ({
          ...s,
          schools: byStep.get(s.id)?.schools ?? 0,
          given: byStep.get(s.id)?.given ?? 0,
          planned: byStep.get(s.id)?.planned ?? 0,
        })),
      })),
    };
  }

  private async steps(): Promise<(StepRow & { id: string })[]> {
    return (await this.dataSource.query(
      `SELECT st.id, l.code AS line_code, l.name AS line_name, l.description AS line_description, st.position,
              st.level, o.id AS offer_id, o.code AS offer_code, o.title AS offer_title
         FROM learning_line l JOIN learning_line_step st ON st.line_id = l.id JOIN offer o ON o.id = st.offer_id
        WHERE o.active
        ORDER BY l.position, st.position`,
    )) as (StepRow & { id: string })[];
  }
}

/** Rows of steps (ordered by line, then position) grouped per line. */
function group<T>(
  rows: readonly (StepRow & { id: string })[],
  make: (line: { code: string; name: string; description: string }, steps: LearningLineStepDto[]) => T,
): T[] {
  const lines = new Map<
    string,
    { line: { code: string; name: string; description: string }; steps: LearningLineStepDto[] }
  >();
  for (const r of rows) {
    let entry = lines.get(r.line_code);
    if (!entry) {
      entry = { line: { code: r.line_code, name: r.line_name, description: r.line_description }, steps: [] };
      lines.set(r.line_code, entry);
    }
    entry.steps.push({
      id: r.id,
      position: r.position,
      level: r.level,
      offerId: r.offer_id,
      offerCode: r.offer_code,
      offerTitle: r.offer_title,
    });
  }
  return [...lines.values()].map((e) => make(e.line, e.steps));
}
