import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { HolidayRegion, SchoolDto } from '@halt/contracts';
import {
  apiError,
  AuthStore,
  fieldErrors,
  I18n,
  load,
  PortalApi,
  TranslatePipe,
  type TranslationKey,
} from '@halt/web/core';
import { LoadError } from '@halt/web/ui';
import { ClosedDays } from './closed-days';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Home of a school contact: their school's details and the hours of its school day. */
@Component({
  selector: 'halt-school-home',
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    MatButtonModule,
    TranslatePipe,
    LoadError,
    ClosedDays,
  ],
  templateUrl: './school-home.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SchoolHome {
  private readonly api = inject(PortalApi);
  private readonly i18n = inject(I18n);
  protected readonly user = inject(AuthStore).user;
  private readonly schoolId = computed(() => this.user()?.organisation.id ?? '');
  protected readonly school = load(() => this.api.school(this.schoolId()).then((s) => this.show(s)));

  protected readonly form = inject(NonNullableFormBuilder).group({
    dayStart: ['', [Validators.required, Validators.pattern(TIME)]],
    dayEnd: ['', [Validators.required, Validators.pattern(TIME)]],
  });
  protected readonly saving = signal(false);
  protected readonly saved = signal(false);
  protected readonly serverErrors = signal<Record<string, string>>({});
  protected readonly saveError = signal<string | null>(null);

  protected regionKey(region: HolidayRegion): TranslationKey {
    return `holidayRegion.${region}`;
  }

  protected async save(): Promise<void> {
    this.form.markAllAsTouched();
    this.saved.set(false);
    this.saveError.set(null);
    this.serverErrors.set({});
    const { dayStart, dayEnd } = this.form.getRawValue();
    if (this.form.valid && dayStart >= dayEnd) {
      this.showFieldErrors({ dayEnd: this.i18n.t('school.endBeforeStart') });
      return;
    }
    if (this.form.invalid) return;
    this.saving.set(true);
    try {
      this.show(await this.api.updateSchool(this.schoolId(), { dayStart, dayEnd }));
      this.school.reload();
      this.saved.set(true);
    } catch (e) {
      const errors = fieldErrors(e);
      this.showFieldErrors(errors);
      if (Object.keys(errors).length === 0)
        this.saveError.set(apiError(e)?.message ?? this.i18n.t('common.saveFailed'));
    } finally {
      this.saving.set(false);
    }
  }

  /** Shows messages (from the API's 400 or the cross-field check) at their fields and in the summary above them. */
  private showFieldErrors(errors: Record<string, string>): void {
    this.serverErrors.set(errors);
    for (const field of ['dayStart', 'dayEnd'] as const) {
      const message = errors[field];
      if (message) this.form.controls[field].setErrors({ ...this.form.controls[field].errors, server: message });
    }
  }

  private show(school: SchoolDto): SchoolDto {
    this.form.setValue({ dayStart: school.dayStart, dayEnd: school.dayEnd });
    return school;
  }
}
