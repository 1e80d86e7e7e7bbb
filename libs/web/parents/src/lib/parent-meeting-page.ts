import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { apiError, fieldErrors, I18n, load, TranslatePipe } from '@halt/web/core';
import { AmsterdamTimePipe, LoadError } from '@halt/web/ui';
import { firstValueFrom } from 'rxjs';

interface ParentMeeting {
  schoolName: string;
  title: string;
  start: string | null;
  location: string;
  meetingLink: string | null;
  open: boolean;
}

/**
 * A parent meeting's public page: what, where and when, and a form where a parent leaves only an e-mail
 * address — with consent — to get a reminder. No sign-in; the address of the page is the key.
 */
@Component({
  selector: 'halt-parent-meeting-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
    LoadError,
    AmsterdamTimePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (meeting.failed()) {
      <h1>{{ 'parents.notFoundHeading' | t }}</h1>
      <halt-load-error
        [message]="'parents.notFound' | t"
        [retryLabel]="'common.retry' | t"
        (retry)="meeting.reload()"
      />
    } @else if (meeting.value(); as m) {
      <h1>{{ 'parents.heading' | t: { school: m.schoolName } }}</h1>
      <dl class="details">
        <dt>{{ 'parents.what' | t }}</dt>
        <dd>{{ m.title }}</dd>
        <dt>{{ 'parents.when' | t }}</dt>
        <dd>{{ m.start ? (m.start | amsterdamTime: i18n.locale()) : ('parents.notPlanned' | t) }}</dd>
        <dt>{{ 'parents.where' | t }}</dt>
        <dd>{{ m.location }}</dd>
        @if (m.meetingLink) {
          <dt>{{ 'parents.online' | t }}</dt>
          <dd>
            <a [href]="m.meetingLink" rel="noopener noreferrer" target="_blank"
              >{{ m.meetingLink }}<span class="visually-hidden"> {{ 'parents.opensNewTab' | t }}</span></a
            >
          </dd>
        }
      </dl>
      @if (done()) {
        <p class="notice" role="status">{{ 'parents.registered' | t }}</p>
      } @else if (m.open) {
        <h2>{{ 'parents.formHeading' | t }}</h2>
        <p>{{ 'parents.intro' | t }}</p>
        <form [formGroup]="form" (ngSubmit)="register()" novalidate class="parent-form">
          <mat-form-field appearance="outline">
            <mat-label>{{ 'parents.email' | t }}</mat-label>
            <input matInput type="email" formControlName="email" autocomplete="email" required />
            @if (form.controls.email.invalid) {
              <mat-error>{{ errors()['email'] ?? ('parents.emailInvalid' | t) }}</mat-error>
            }
          </mat-form-field>
          <mat-checkbox formControlName="consent">{{ 'parents.consent' | t }}</mat-checkbox>
          @if (form.controls.consent.invalid && form.controls.consent.touched) {
            <p class="field-error" role="alert">{{ errors()['consent'] ?? ('parents.consentRequired' | t) }}</p>
          }
          <p>
            <a routerLink="/privacy">{{ 'parents.privacyLink' | t }}</a>
          </p>
          <p>
            <button mat-flat-button type="submit" [disabled]="busy()">{{ 'parents.submit' | t }}</button>
          </p>
        </form>
        <div aria-live="assertive">
          @if (error(); as message) {
            <p class="notice notice--error" role="alert">{{ message }}</p>
          }
        </div>
      } @else {
        <p class="notice">{{ 'parents.closed' | t }}</p>
      }
    } @else {
      <p role="status">{{ 'common.loading' | t }}</p>
    }
  `,
  styles: `
    .parent-form mat-form-field {
      display: block;
      max-width: 28rem;
    }
    .field-error {
      color: var(--mat-sys-error);
    }
  `,
})
export class ParentMeetingPage {
  private readonly http = inject(HttpClient);
  protected readonly i18n = inject(I18n);
  private readonly token = inject(ActivatedRoute).snapshot.paramMap.get('token') ?? '';
  protected readonly meeting = load(() =>
    firstValueFrom(this.http.get<ParentMeeting>(`/api/public/parent-meetings/${encodeURIComponent(this.token)}`)),
  );
  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email, Validators.maxLength(254)]],
    consent: [false, Validators.requiredTrue],
  });
  protected readonly busy = signal(false);
  protected readonly done = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly errors = signal<Partial<Record<string, string>>>({});

  protected async register(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    this.busy.set(true);
    this.error.set(null);
    try {
      await firstValueFrom(
        this.http.post(
          `/api/public/parent-meetings/${encodeURIComponent(this.token)}/registrations`,
          this.form.getRawValue(),
        ),
      );
      this.done.set(true);
    } catch (e) {
      this.errors.set(fieldErrors(e));
      this.error.set(apiError(e)?.message ?? this.i18n.t('common.saveFailed'));
    } finally {
      this.busy.set(false);
    }
  }
}
