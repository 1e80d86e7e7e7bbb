import { UnitOfWork } from '@halt/api/database';
import type { FieldError, PackageTemplateDto as PackageTemplateView } from '@halt/contracts';
import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { offerPrices } from './offer-prices';
import { invalidInput, PackageTemplateDto } from './packages.dto';

/** The package templates a gemeente orders from: read by gemeenten, maintained by Halt; the only writer of them. */
@Injectable()
export class PackageTemplatesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
  ) {}

  async templates(): Promise<PackageTemplateView[]> {
    const rows: {
      id: string;
      code: string;
      name: string;
      description: string;
      default_credits: number;
      active: boolean;
      programme: PackageTemplateView['programme'];
      offers: PackageTemplateView['offers'] | null;
    }[] = await this.dataSource.query(`
      SELECT t.id, t.code, t.name, t.description, t.default_credits, t.active, t.programme,
             (SELECT json_agg(json_build_object('offerId', o.id, 'title', o.title, 'type', o.type, 'credits', pto.credits)
                              ORDER BY o.type, o.title)
                FROM package_template_offer pto JOIN offer o ON o.id = pto.offer_id
               WHERE pto.template_id = t.id) AS offers
        FROM package_template t ORDER BY t.name`);
    return rows.map((r) => ({
      id: r.id,
      code: r.code,
      name: r.name,
      description: r.description,
      defaultCredits: r.default_credits,
      active: r.active,
      programme: r.programme,
      offers: r.offers ?? [],
    }));
  }

  async saveTemplate(dto: PackageTemplateDto, id?: string): Promise<PackageTemplateView> {
    const errors: FieldError[] = [];
    const offers = await offerPrices(this.dataSource.manager, dto.offers, 'offers', errors);
    if (errors.length) throw invalidInput(errors);
    const saved = await this.uow.run(async (m) => {
      let templateId = id;
      if (templateId) {
        const done = await m.query(
          `UPDATE package_template SET code = $2, name = $3, description = $4, default_credits = $5,
                  active = coalesce($6, active),
                  programme = CASE WHEN $7::boolean THEN $8::text ELSE programme END,
                  updated_at = now() WHERE id = $1 RETURNING id`,
          [
            templateId,
            dto.code,
            dto.name,
            dto.description,
            dto.defaultCredits,
            dto.active ?? null,
            dto.programme !== undefined,
            dto.programme ?? null,
          ],
        );
        if (!done[0]?.length && !done[1]) throw new NotFoundException('Pakket niet gevonden');
        await m.query(`DELETE FROM package_template_offer WHERE template_id = $1`, [templateId]);
      } else {
        const [row] = await m.query(
          `INSERT INTO package_template (code, name, description, default_credits, active, programme)
           VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
          [dto.code, dto.name, dto.description, dto.defaultCredits, dto.active ?? true, dto.programme ?? null],
        );
        templateId = row.id as string;
      }
      for (const o of offers) {
        await m.query(`INSERT INTO package_template_offer (template_id, offer_id, credits) VALUES ($1, $2, $3)`, [
          templateId,
          o.offerId,
          o.credits,
        ]);
      }
      return templateId;
    });
    const all = await this.templates();
    return all.find((t) => t.id === saved) as PackageTemplateView;
  }
}
