import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import {
  HOLIDAY_REGIONS,
  type HolidayRegion,
  type MunicipalityDto,
  type RegionWithMunicipalitiesDto,
} from '@halt/contracts';
import { apiError, I18n, load, TranslatePipe } from '@halt/web/core';
import { LoadError } from '@halt/web/ui';
import { AdminApi } from './admin-api';

/**
 * `/beheer/regios`: Halt's regions with their gemeenten. An admin moves a gemeente to another region, adds a
 * gemeente by its CBS code, and retires a merged gemeente into its successor (its schools move along).
 */
@Component({
  selector: 'halt-regions-page',
  imports: [FormsModule, MatButtonModule, TranslatePipe, LoadError],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'regions.heading' | t }}</h1>
    <p>{{ 'regions.intro' | t }}</p>
    <div aria-live="polite">
      @if (done(); as message) {
        <p class="notice" role="status">{{ message }}</p>
      }
      @if (error(); as message) {
        <p class="notice notice--error" role="alert">{{ message }}</p>
      }
    </div>
    @if (regions.failed()) {
      <halt-load-error
        [message]="'common.loadFailed' | t"
        [retryLabel]="'common.retry' | t"
        (retry)="regions.reload()"
      />
    } @else if (regions.value(); as list) {
      @for (region of list; track region.id) {
        <h2>{{ region.name }}</h2>
        <ul class="gemeenten">
          @for (m of region.municipalities; track m.id) {
            <li>
              <span class="name">{{ m.name }} ({{ m.cbsCode }})</span>
              <select
                [attr.aria-label]="'regions.moveLabel' | t: { name: m.name }"
                [ngModel]="m.regionId"
                (ngModelChange)="move(m, $event)"
              >
                @for (r of list; track r.id) {
                  <option [value]="r.id">{{ r.name }}</option>
                }
              </select>
              <label class="pmg">
                <span>{{ 'regions.pmgSince' | t }}</span>
                <input
                  type="number"
                  inputmode="numeric"
                  min="2000"
                  max="2100"
                  [attr.aria-label]="'regions.pmgSinceLabel' | t: { name: m.name }"
                  [value]="m.pmgSince ?? ''"
                  (change)="setPmg(m, $any($event.target).value)"
                />
              </label>
              @if (m.pmgSince) {
                <span class="badge">{{ 'regions.pmgBadge' | t }}</span>
              }
            </li>
          } @empty {
            <li>{{ 'regions.none' | t }}</li>
          }
        </ul>
      }

      <h2>{{ 'regions.addRegionHeading' | t }}</h2>
      <form class="form" (ngSubmit)="createRegion()">
        <div class="field">
          <label for="r-code">{{ 'regions.regionCode' | t }}</label>
          <input id="r-code" name="regionCode" [(ngModel)]="regionCode" required />
        </div>
        <div class="field">
          <label for="r-name">{{ 'regions.regionName' | t }}</label>
          <input id="r-name" name="regionName" [(ngModel)]="regionName" required />
        </div>
        <button mat-flat-button type="submit">{{ 'regions.addRegionButton' | t }}</button>
      </form>

      <h2>{{ 'regions.createHeading' | t }}</h2>
      <form class="form" (ngSubmit)="create()">
        <div class="field">
          <label for="m-cbsCode">{{ 'regions.cbsCode' | t }}</label>
          <input id="m-cbsCode" name="cbsCode" [(ngModel)]="cbsCode" required />
        </div>
        <div class="field">
          <label for="m-name">{{ 'regions.name' | t }}</label>
          <input id="m-name" name="name" [(ngModel)]="name" required />
        </div>
        <div class="field">
          <label for="m-regionId">{{ 'regions.region' | t }}</label>
          <select id="m-regionId" name="regionId" [(ngModel)]="regionId" required>
            @for (r of list; track r.id) {
              <option [value]="r.id">{{ r.name }}</option>
            }
          </select>
        </div>
        <div class="field">
          <label for="m-holidayRegion">{{ 'regions.holidayRegion' | t }}</label>
          <select id="m-holidayRegion" name="holidayRegion" [(ngModel)]="holidayRegion">
            @for (h of holidayRegions; track h) {
              <option [value]="h">{{ h }}</option>
            }
          </select>
        </div>
        <div class="field">
          <label for="m-latitude">{{ 'regions.latitude' | t }}</label>
          <input id="m-latitude" name="latitude" inputmode="decimal" [(ngModel)]="latitude" />
        </div>
        <div class="field">
          <label for="m-longitude">{{ 'regions.longitude' | t }}</label>
          <input id="m-longitude" name="longitude" inputmode="decimal" [(ngModel)]="longitude" />
        </div>
        <button mat-flat-button type="submit">{{ 'regions.createButton' | t }}</button>
      </form>

      <h2>{{ 'regions.overrideHeading' | t }}</h2>
      <p>{{ 'regions.overrideIntro' | t }}</p>
      <form class="form" (ngSubmit)="override()">
        <div class="field">
          <label for="o-brin">{{ 'regions.overrideBrin' | t }}</label>
          <input id="o-brin" name="overrideBrin" [(ngModel)]="overrideBrin" required autocomplete="off" />
        </div>
        <div class="field">
          <label for="o-region">{{ 'regions.overrideRegion' | t }}</label>
          <select id="o-region" name="overrideRegion" [(ngModel)]="overrideRegion">
            <option value="">{{ 'regions.followsGemeente' | t }}</option>
            @for (h of holidayRegions; track h) {
              <option [value]="h">{{ h }}</option>
            }
          </select>
        </div>
        <button mat-flat-button type="submit">{{ 'regions.overrideButton' | t }}</button>
      </form>

      <h2>{{ 'regions.retireHeading' | t }}</h2>
      <p>{{ 'regions.retireIntro' | t }}</p>
      <form class="form" (ngSubmit)="retire()">
        <div class="field">
          <label for="m-retireId">{{ 'regions.retired' | t }}</label>
          <select id="m-retireId" name="retireId" [(ngModel)]="retireId" required>
            @for (m of all(list); track m.id) {
              <option [value]="m.id">{{ m.name }} ({{ m.cbsCode }})</option>
            }
          </select>
        </div>
        <div class="field">
          <label for="m-successorId">{{ 'regions.successor' | t }}</label>
          <select id="m-successorId" name="successorId" [(ngModel)]="successorId" required>
            @for (m of all(list); track m.id) {
              <option [value]="m.id">{{ m.name }} ({{ m.cbsCode }})</option>
            }
          </select>
        </div>
        <button mat-flat-button type="submit">{{ 'regions.retireButton' | t }}</button>
      </form>
    } @else {
      <p role="status">{{ 'common.loading' | t }}</p>
    }
  `,
  styles: `
    .gemeenten {
      list-style: none;
      padding: 0;
    }
    .gemeenten li {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1rem;
      align-items: center;
      padding: 0.25rem 0;
    }
    .name {
      min-width: 12rem;
    }
    .form {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
      align-items: end;
    }
    .form .field {
      display: flex;
      flex-direction: column;
      max-width: 100%;
    }
    select,
    input {
      max-width: 100%;
      min-height: 2.25rem;
    }
    .pmg {
      display: inline-flex;
      gap: 0.25rem;
      align-items: center;
    }
    .pmg input {
      width: 6rem;
    }
    .badge {
      padding: 0.125rem 0.5rem;
      border-radius: 8px;
      border: 1px solid currentColor;
      font: var(--mat-sys-label-medium);
    }
  `,
})
export class RegionsPage {
  private readonly api = inject(AdminApi);
  private readonly i18n = inject(I18n);
  protected readonly regions = load(() => this.api.regionsWithMunicipalities());
  protected readonly done = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly holidayRegions = HOLIDAY_REGIONS;
  protected cbsCode = '';
  protected name = '';
  protected regionId = '';
  protected holidayRegion: HolidayRegion = 'midden';
  protected regionCode = '';
  protected regionName = '';
  /** The gemeente's centre (decimal degrees, a comma or a point), where imported schools are placed. */
  protected latitude = '';
  protected longitude = '';
  protected overrideBrin = '';
  protected overrideRegion: HolidayRegion | '' = '';
  protected retireId = '';
  protected successorId = '';

  protected all(list: RegionWithMunicipalitiesDto[]): MunicipalityDto[] {
    return list.flatMap((r) => r.municipalities).sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  }

  protected move(m: MunicipalityDto, regionId: string): Promise<void> {
    return this.run(async () => {
      await this.api.updateMunicipality(m.id, { regionId });
      return this.i18n.t('regions.moved', { name: m.name });
    });
  }

  /** Marks a gemeente as taking part in Preventie met Gezag since a year; an empty field: no longer. */
  protected setPmg(m: MunicipalityDto, value: string): Promise<void> {
    const pmgSince = value.trim() === '' ? null : Number(value);
    return this.run(async () => {
      await this.api.updateMunicipality(m.id, { pmgSince });
      return this.i18n.t(pmgSince === null ? 'regions.pmgCleared' : 'regions.pmgSet', {
        name: m.name,
        year: pmgSince ?? '',
      });
    });
  }

  protected create(): Promise<void> {
    return this.run(async () => {
      const made = await this.api.createMunicipality({
        cbsCode: this.cbsCode,
        name: this.name,
        regionId: this.regionId,
        holidayRegion: this.holidayRegion,
        ...this.centre(),
      });
      this.cbsCode = '';
      this.name = '';
      this.latitude = '';
      this.longitude = '';
      return this.i18n.t('regions.created', { name: made.name });
    });
  }

  protected createRegion(): Promise<void> {
    return this.run(async () => {
      const made = await this.api.createRegion({ code: this.regionCode, name: this.regionName });
      this.regionCode = '';
      this.regionName = '';
      if (!this.regionId) this.regionId = made.id;
      return this.i18n.t('regions.regionCreated', { name: made.name });
    });
  }

  /** The centre as numbers; an empty field is left out, anything else goes to the API to judge. */
  private centre(): { latitude?: number; longitude?: number } {
    const number = (text: string) => (text.trim() === '' ? undefined : Number(text.trim().replace(',', '.')));
    return { latitude: number(this.latitude), longitude: number(this.longitude) };
  }

  /** A school's own holiday region (or back to its gemeente's), found by its BRIN + vestiging. */
  protected override(): Promise<void> {
    return this.run(async () => {
      const brin = this.overrideBrin.trim().toUpperCase();
      const school = (await this.api.schoolsMatching(brin)).find((s) => s.brin === brin);
      if (!school) throw new Error(this.i18n.t('regions.overrideUnknown', { brin }));
      const saved = await this.api.setSchoolHolidayRegion(school.id, this.overrideRegion || null);
      return this.i18n.t(saved.holidayRegionOverride ? 'regions.overrideSet' : 'regions.overrideCleared', {
        name: saved.name,
        region: saved.holidayRegion,
      });
    });
  }

  protected retire(): Promise<void> {
    return this.run(async () => {
      const res = await this.api.retireMunicipality(this.retireId, { successorId: this.successorId });
      return this.i18n.t('regions.retiredDone', { count: res.schoolsMoved });
    });
  }

  private async run(work: () => Promise<string>): Promise<void> {
    this.done.set(null);
    this.error.set(null);
    try {
      this.done.set(await work());
    } catch (e) {
      const body = apiError(e);
      const field = body?.errors?.[0];
      const own = !body && e instanceof Error ? e.message : null;
      this.error.set(
        field ? `${field.field}: ${field.message}` : (body?.message ?? own ?? this.i18n.t('common.saveFailed')),
      );
    }
    this.regions.reload();
  }
}
