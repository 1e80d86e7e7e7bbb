import { UnitOfWork } from '@halt/api/database';
import type { ReminderRuleDto } from '@halt/contracts';
import { DEFAULT_REMINDER_RULES, type ReminderRule } from '@halt/domain';
import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

interface RuleRow {
  kind: string;
  audience: ReminderRuleDto['audience'];
  offset_amount: number;
  offset_unit: ReminderRuleDto['offsetUnit'];
  direction: ReminderRuleDto['direction'];
  send_time: string;
  enabled: boolean;
  updated_at: Date;
}

/** The admin-editable reminder rules, merged onto the domain's defaults (which say what each kind is for). */
@Injectable()
export class ReminderRulesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
  ) {}

  async list(): Promise<ReminderRuleDto[]> {
    const rows: RuleRow[] = await this.dataSource.query(`SELECT * FROM reminder_rule ORDER BY kind`);
    return rows.map(toDto);
  }

  async update(
    kind: string,
    change: { offsetAmount: number; sendTime: string; enabled: boolean },
    userId: string,
  ): Promise<ReminderRuleDto> {
    const [row]: RuleRow[] = await this.uow.run((m) =>
      m.query(
        `WITH changed AS (
         UPDATE reminder_rule SET offset_amount = $2, send_time = $3, enabled = $4, updated_at = now(), updated_by = $5
          WHERE kind = $1 RETURNING *)
       SELECT * FROM changed`,
        [kind, change.offsetAmount, change.sendTime, change.enabled, userId],
      ),
    );
    if (!row) throw new NotFoundException('Onbekende herinnering');
    return toDto(row);
  }

  /** The rules as the domain's scheduler takes them. */
  async domainRules(m: EntityManager = this.dataSource.manager): Promise<ReminderRule[]> {
    const rows: RuleRow[] = await m.query(`SELECT * FROM reminder_rule`);
    return DEFAULT_REMINDER_RULES.map((d) => {
      const r = rows.find((x) => x.kind === d.kind);
      if (!r) return { ...d };
      return {
        ...d,
        offset: { amount: r.offset_amount, unit: r.offset_unit, direction: r.direction },
        sendTime: r.send_time.slice(0, 5),
        enabled: r.enabled,
      };
    });
  }
}

function toDto(r: RuleRow): ReminderRuleDto {
  return {
    kind: r.kind,
    audience: r.audience,
    offsetAmount: r.offset_amount,
    offsetUnit: r.offset_unit,
    direction: r.direction,
    sendTime: r.send_time.slice(0, 5),
    enabled: r.enabled,
    updatedAt: new Date(r.updated_at).toISOString(),
  };
}
