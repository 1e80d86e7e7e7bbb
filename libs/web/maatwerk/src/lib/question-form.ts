import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute, Router } from '@angular/router';
import { LEVELS, MAATWERK_URGENCIES, type Level, type MaatwerkUrgency } from '@halt/contracts';
import { apiError, AuthStore, I18n, levelKey, TranslatePipe } from '@halt/web/core';
import { urgencyKey } from './labels';
import { MaatwerkApi } from './maatwerk-api';

/** "Maatwerkvraag stellen": the requester describes its question without choosing an offer. Counts only, no names. */
@Component({
  selector: 'halt-maatwerk-question-form',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, MatSelectModule, MatButtonModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'maatwerk.newHeading' | t }}</h1>
    <p>{{ 'maatwerk.newIntro' | t }}</p>
    @if (error(); as e) {
      <div class="notice notice--error" role="alert">
        <p>{{ e.message }}</p>
        @if (e.fields.length) {
          <ul>
            @for (f of e.fields; track f) {
              <li>{{ f }}</li>
            }
          </ul>
        }
      </div>
    }
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate class="stack">
      <mat-form-field appearance="outline">
        <mat-label>{{ 'maatwerk.title' | t }}</mat-label>
        <input matInput formControlName="title" required maxlength="120" />
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ 'maatwerk.situation' | t }}</mat-label>
        <textarea matInput formControlName="situation" required rows="5" maxlength="4000"></textarea>
        <mat-hint>{{ 'maatwerk.situationHint' | t }}</mat-hint>
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ 'maatwerk.levels' | t }}</mat-label>
        <mat-select formControlName="levels" multiple>
          @for (l of levels; track l) {
            <mat-option [value]="l">{{ levelKey(l) | t }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ 'maatwerk.ages' | t }}</mat-label>
        <input matInput formControlName="ages" maxlength="60" />
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ 'maatwerk.groupCount' | t }}</mat-label>
        <input matInput type="number" formControlName="groupCount" required min="1" max="100" />
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ 'maatwerk.participantCount' | t }}</mat-label>
        <input matInput type="number" formControlName="participantCount" required min="1" max="5000" />
        <mat-hint>{{ 'maatwerk.countsOnly' | t }}</mat-hint>
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ 'maatwerk.urgencyLabel' | t }}</mat-label>
        <mat-select formControlName="urgency">
          @for (u of urgencies; track u) {
            <mat-option [value]="u">{{ urgencyKey(u) | t }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ 'maatwerk.preferredFrom' | t }}</mat-label>
        <input matInput type="date" formControlName="preferredFrom" required />
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ 'maatwerk.preferredTo' | t }}</mat-label>
        <input matInput type="date" formControlName="preferredTo" required />
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ 'maatwerk.contactName' | t }}</mat-label>
        <input matInput formControlName="contactName" required autocomplete="name" />
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ 'maatwerk.contactEmail' | t }}</mat-label>
        <input matInput type="email" formControlName="contactEmail" required autocomplete="email" />
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ 'maatwerk.contactPhone' | t }}</mat-label>
        <input matInput type="tel" formControlName="contactPhone" autocomplete="tel" />
      </mat-form-field>
      <p>
        <button mat-flat-button type="submit" [disabled]="busy()">{{ 'maatwerk.submit' | t }}</button>
      </p>
    </form>
  `,
})
export class QuestionForm {
  private readonly api = inject(MaatwerkApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly i18n = inject(I18n);
  private readonly me = inject(AuthStore).user();
  protected readonly levels = LEVELS;
  protected readonly urgencies = MAATWERK_URGENCIES;
  protected readonly levelKey = levelKey;
  protected readonly urgencyKey = urgencyKey;
  protected readonly busy = signal(false);
  protected readonly error = signal<{ message: string; fields: string[] } | null>(null);
  protected readonly form = inject(NonNullableFormBuilder).group({
    title: ['', Validators.required],
    situation: ['', Validators.required],
    levels: [[] as Level[]],
    ages: [''],
    groupCount: [1, Validators.required],
    participantCount: [25, Validators.required],
    urgency: ['normal' as MaatwerkUrgency],
    preferredFrom: ['', Validators.required],
    preferredTo: ['', Validators.required],
    contactName: [this.me?.name ?? '', Validators.required],
    contactEmail: [this.me?.email ?? '', [Validators.required, Validators.email]],
    contactPhone: [''],
  });

  protected async submit(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid) {
      this.error.set({ message: this.i18n.t('maatwerk.fillRequired'), fields: [] });
      return;
    }
    const v = this.form.getRawValue();
    this.busy.set(true);
    this.error.set(null);
    try {
      const q = await this.api.create({
        title: v.title,
        situation: v.situation,
        levels: v.levels,
        ...(v.ages ? { ages: v.ages } : {}),
        groupCount: Number(v.groupCount),
        participantCount: Number(v.participantCount),
        urgency: v.urgency,
        preferredFrom: v.preferredFrom,
        preferredTo: v.preferredTo,
        contact: { name: v.contactName, email: v.contactEmail, ...(v.contactPhone ? { phone: v.contactPhone } : {}) },
      });
      await this.router.navigate(['..', q.id], { relativeTo: this.route });
    } catch (e) {
      const body = apiError(e);
      this.error.set({
        message: body?.message ?? this.i18n.t('maatwerk.failed'),
        fields: (body?.errors ?? []).map((f) => `${f.field}: ${f.message}`),
      });
    } finally {
      this.busy.set(false);
    }
  }
}
