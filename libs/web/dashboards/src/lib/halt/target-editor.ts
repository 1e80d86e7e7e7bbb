import { ChangeDetectionStrategy, Component, effect, inject, input, output, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { AnnualTargetDto } from '@halt/contracts';
import { apiError, fieldErrors, I18n, TranslatePipe } from '@halt/web/core';
import { FormMessages } from '@halt/web/ui';
import { DashboardsApi } from '../dashboards-api';

/** Admins set the year's targets (pupils to reach, schools with the halt-jrb combination) on the dashboard. */
@Component({
  selector: 'halt-target-editor',
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, TranslatePipe, FormMessages],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <details>
      <summary>{{ 'dashboard.targets.edit' | t: { year: target().year } }}</summary>
      <form
        [formGroup]="form"
        (ngSubmit)="save()"
        [attr.aria-label]="'dashboard.targets.edit' | t: { year: target().year }"
      >
        <div class="row">
          <mat-form-field>
            <mat-label>{{ 'dashboard.targets.pupilsField' | t }}</mat-label>
            <input matInput type="number" min="0" step="1" formControlName="pupils" required />
            @if (problems()['pupils']; as p) {
              <mat-error>{{ p }}</mat-error>
            }
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'dashboard.targets.jrbField' | t }}</mat-label>
            <input matInput type="number" min="0" step="1" formControlName="haltJrbSchools" required />
            @if (problems()['haltJrbSchools']; as p) {
              <mat-error>{{ p }}</mat-error>
            }
          </mat-form-field>
        </div>
        <button mat-flat-button type="submit" [disabled]="busy()">{{ 'dashboard.targets.save' | t }}</button>
        <halt-form-messages [done]="done()" [error]="error()" />
      </form>
    </details>
  `,
  styles: `
    details {
      margin: 0.5rem 0 1rem;
    }
    summary {
      cursor: pointer;
      padding: 0.5rem 0;
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1rem;
    }
    mat-form-field {
      width: min(100%, 16rem);
    }
  `,
})
export class TargetEditor {
  readonly target = input.required<AnnualTargetDto>();
  readonly saved = output<AnnualTargetDto>();

  private readonly api = inject(DashboardsApi);
  private readonly i18n = inject(I18n);
  protected readonly form = inject(NonNullableFormBuilder).group({
    pupils: [0, [Validators.required, Validators.min(0)]],
    haltJrbSchools: [0, [Validators.required, Validators.min(0)]],
  });
  protected readonly busy = signal(false);
  protected readonly done = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly problems = signal<Record<string, string>>({});

  constructor() {
    effect(() => {
      const t = this.target();
      this.form.setValue({ pupils: t.pupils, haltJrbSchools: t.haltJrbSchools });
    });
  }

  protected async save(): Promise<void> {
    this.done.set(null);
    this.error.set(null);
    this.problems.set({});
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.error.set(this.i18n.t('dashboard.targets.invalid'));
      return;
    }
    const year = this.target().year;
    this.busy.set(true);
    try {
      const saved = await this.api.setTarget(year, this.form.getRawValue());
      this.done.set(this.i18n.t('dashboard.targets.saved', { year }));
      this.saved.emit(saved);
    } catch (e) {
      this.problems.set(fieldErrors(e));
      this.error.set(apiError(e)?.message ?? this.i18n.t('common.saveFailed'));
    } finally {
      this.busy.set(false);
    }
  }
}
