import { ChangeDetectionStrategy, Component, ElementRef, inject, signal, viewChild } from '@angular/core';
import { FormControl, FormGroup, FormsModule, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { ActivatedRoute, Router } from '@angular/router';
import {
  HOLIDAY_REGIONS,
  type HolidayRegion,
  SCHOOL_HOLIDAY_NAMES,
  type SchoolHolidayDto,
  type SchoolHolidayName,
} from '@halt/contracts';
import { schoolYearOf } from '@halt/domain';
import { apiError, fieldErrors, I18n, load, TranslatePipe, type TranslationKey } from '@halt/web/core';
import { FormMessages, LoadError } from '@halt/web/ui';
import { AdminApi } from './admin-api';
import { askedSchoolYear, schoolYearsAround } from './catalogue-labels';

const FIELDS = ['name', 'startDate', 'endDate'] as const;

/**
 * `/beheer/schoolvakanties?jaar=2028-2029&regio=midden`: the school-holiday periods of one school year and
 * region; add a period, change its dates or remove it. Schools can only ask for dates in a year with holidays.
 */
@Component({
  selector: 'halt-school-holidays-page',
  imports: [
    FormsModule,
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
    LoadError,
    FormMessages,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'holidays.heading' | t }}</h1>
    <p>{{ 'holidays.intro' | t }}</p>

    <form class="inline-form" role="search" [attr.aria-label]="'holidays.choose' | t" (ngSubmit)="choose()">
      <mat-form-field appearance="outline">
        <mat-label>{{ 'holidays.schoolYear' | t }}</mat-label>
        <select matNativeControl name="year" [(ngModel)]="yearChoice">
          @for (y of years; track y) {
            <option [value]="y">{{ y }}</option>
          }
        </select>
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ 'holidays.region' | t }}</mat-label>
        <select matNativeControl name="region" [(ngModel)]="regionChoice">
          @for (r of regions; track r) {
            <option [value]="r">{{ regionKey(r) | t }}</option>
          }
        </select>
      </mat-form-field>
      <button mat-flat-button type="submit">{{ 'holidays.show' | t }}</button>
    </form>

    @if (periods.failed()) {
      <halt-load-error
        [message]="'common.loadFailed' | t"
        [retryLabel]="'common.retry' | t"
        (retry)="periods.reload()"
      />
    } @else if (periods.value(); as list) {
      @let caption = 'holidays.caption' | t: { year: year(), region: regionKey(region()) | t, count: list.length };
      <div class="table-scroll" tabindex="0" role="region" [attr.aria-label]="caption">
        <table>
          <caption>
            {{
              caption
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">{{ 'holidays.name' | t }}</th>
              <th scope="col">{{ 'holidays.startDate' | t }}</th>
              <th scope="col">{{ 'holidays.endDate' | t }}</th>
              <th scope="col">{{ 'holidays.actions' | t }}</th>
            </tr>
          </thead>
          <tbody>
            @for (h of list; track h.id) {
              @let name = nameKey(h.name) | t;
              <tr>
                <th scope="row">{{ name }}</th>
                <td>
                  <time [attr.datetime]="h.startDate">{{ h.startDate }}</time>
                </td>
                <td>
                  <time [attr.datetime]="h.endDate">{{ h.endDate }}</time>
                </td>
                <td class="actions">
                  <button
                    mat-button
                    type="button"
                    [attr.aria-label]="'holidays.editLabel' | t: { name }"
                    (click)="edit(h)"
                  >
                    {{ 'holidays.edit' | t }}
                  </button>
                  <button
                    mat-button
                    type="button"
                    [attr.aria-label]="'holidays.removeLabel' | t: { name }"
                    (click)="remove(h)"
                  >
                    {{ 'holidays.remove' | t }}
                  </button>
                </td>
              </tr>
            } @empty {
              <tr>
                <td colspan="4">{{ 'holidays.none' | t }}</td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    } @else {
      <p role="status">{{ 'common.loading' | t }}</p>
    }

    <section aria-labelledby="holiday-form-heading">
      <h2 id="holiday-form-heading">
        {{
          (editing() ? 'holidays.editHeading' : 'holidays.addHeading')
            | t: { year: year(), region: regionKey(region()) | t }
        }}
      </h2>
      <form class="stack-form" [formGroup]="form" (ngSubmit)="save()" #formEl>
        @let name = form.controls.name;
        @let start = form.controls.startDate;
        @let end = form.controls.endDate;
        <mat-form-field appearance="outline">
          <mat-label>{{ 'holidays.name' | t }}</mat-label>
          <select matNativeControl formControlName="name" required>
            @for (n of names; track n) {
              <option [value]="n">{{ nameKey(n) | t }}</option>
            }
          </select>
          @if (name.getError('server'); as message) {
            <mat-error>{{ message }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'holidays.startDate' | t }}</mat-label>
          <input matInput type="date" formControlName="startDate" required />
          @if (start.getError('server'); as message) {
            <mat-error>{{ message }}</mat-error>
          } @else if (start.invalid) {
            <mat-error>{{ 'holidays.dateRequired' | t }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'holidays.endDate' | t }}</mat-label>
          <input matInput type="date" formControlName="endDate" required />
          @if (end.getError('server'); as message) {
            <mat-error>{{ message }}</mat-error>
          } @else if (end.invalid) {
            <mat-error>{{ 'holidays.dateRequired' | t }}</mat-error>
          }
        </mat-form-field>
        <div class="buttons">
          <button mat-flat-button type="submit" [disabled]="busy()">
            {{ (editing() ? 'common.save' : 'holidays.add') | t }}
          </button>
          @if (editing()) {
            <button mat-button type="button" (click)="cancelEdit()">{{ 'holidays.cancel' | t }}</button>
          }
        </div>
      </form>
    </section>
    <halt-form-messages #messages [done]="done()" [error]="error()" />
  `,
  styles: `
    .actions {
      white-space: nowrap;
    }
    .stack-form {
      display: flex;
      flex-direction: column;
      max-width: 24rem;
    }
    .buttons {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
  `,
})
export class SchoolHolidaysPage {
  private readonly api = inject(AdminApi);
  private readonly i18n = inject(I18n);
  private readonly router = inject(Router);
  private readonly formEl = viewChild<ElementRef<HTMLFormElement>>('formEl');
  private readonly messages = viewChild('messages', { read: ElementRef });
  protected readonly regions = HOLIDAY_REGIONS;
  protected readonly names = SCHOOL_HOLIDAY_NAMES;
  private readonly query = inject(ActivatedRoute).snapshot.queryParamMap;
  private readonly around = schoolYearsAround(schoolYearOf(new Date().toISOString().slice(0, 10)));
  private readonly asked = askedSchoolYear(this.query.get('jaar'));
  /** The years to choose from: the one before this one up to two after it, and the one the link asked for. */
  protected readonly years = [...new Set([...this.around, ...(this.asked ? [this.asked] : [])])].sort();

  protected readonly year = signal(this.asked ?? this.around[1]);
  protected readonly region = signal<HolidayRegion>(
    HOLIDAY_REGIONS.find((r) => r === this.query.get('regio')) ?? 'noord',
  );
  protected yearChoice = this.year();
  protected regionChoice: HolidayRegion = this.region();

  protected readonly periods = load(() => this.api.holidays(this.year(), this.region()));
  protected readonly editing = signal<SchoolHolidayDto | null>(null);
  protected readonly busy = signal(false);
  protected readonly done = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);

  protected readonly form = new FormGroup({
    name: new FormControl<SchoolHolidayName>('herfstvakantie', { nonNullable: true }),
    startDate: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    endDate: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
  });

  protected regionKey(r: HolidayRegion): TranslationKey {
    return `holidayRegion.${r}`;
  }

  protected nameKey(n: SchoolHolidayName): TranslationKey {
    return `holidays.name.${n}`;
  }

  protected choose(): void {
    this.year.set(this.yearChoice);
    this.region.set(this.regionChoice);
    this.cancelEdit();
    void this.router.navigate([], { queryParams: { jaar: this.year(), regio: this.region() }, replaceUrl: true });
    this.periods.reload();
  }

  protected edit(h: SchoolHolidayDto): void {
    this.editing.set(h);
    this.done.set(null);
    this.error.set(null);
    this.form.reset({ name: h.name, startDate: h.startDate, endDate: h.endDate });
    this.formEl()?.nativeElement.querySelector<HTMLElement>('select, input')?.focus();
  }

  protected cancelEdit(): void {
    this.editing.set(null);
    this.form.reset({ name: 'herfstvakantie', startDate: '', endDate: '' });
  }

  protected async save(): Promise<void> {
    if (this.busy()) return;
    this.done.set(null);
    this.error.set(null);
    this.form.markAllAsTouched();
    if (this.form.invalid) {
      this.error.set(this.i18n.t('common.checkFields'));
      this.focusFirstInvalid();
      return;
    }
    const value = this.form.getRawValue();
    const name = this.i18n.t(this.nameKey(value.name));
    this.busy.set(true);
    try {
      const editing = this.editing();
      if (editing) await this.api.updateHoliday(editing.id, value);
      else await this.api.addHoliday({ ...value, schoolYear: this.year(), region: this.region() });
      this.done.set(this.i18n.t(editing ? 'holidays.saved' : 'holidays.added', { name }));
      this.cancelEdit();
      this.periods.reload();
    } catch (e) {
      const fields = fieldErrors(e);
      const shown = FIELDS.filter((f) => fields[f]);
      for (const f of shown) {
        const control = this.form.controls[f];
        control.setErrors({ ...control.errors, server: fields[f] });
        control.markAsTouched();
      }
      const other = Object.entries(fields)
        .filter(([f]) => !(FIELDS as readonly string[]).includes(f))
        .map(([, m]) => m);
      if (shown.length && !other.length) {
        this.error.set(this.i18n.t('common.checkFields'));
        this.focusFirstInvalid();
      } else {
        this.error.set(other[0] ?? apiError(e)?.message ?? this.i18n.t('common.saveFailed'));
        this.messages()?.nativeElement.focus();
      }
    } finally {
      this.busy.set(false);
    }
  }

  protected async remove(h: SchoolHolidayDto): Promise<void> {
    const name = this.i18n.t(this.nameKey(h.name));
    this.done.set(null);
    this.error.set(null);
    try {
      await this.api.removeHoliday(h.id);
      if (this.editing()?.id === h.id) this.cancelEdit();
      this.done.set(this.i18n.t('holidays.removed', { name }));
      this.periods.reload();
    } catch (e) {
      this.error.set(apiError(e)?.message ?? this.i18n.t('common.saveFailed'));
    }
    this.messages()?.nativeElement.focus();
  }

  private focusFirstInvalid(): void {
    setTimeout(() => this.formEl()?.nativeElement.querySelector<HTMLElement>('.ng-invalid[formControlName]')?.focus());
  }
}
