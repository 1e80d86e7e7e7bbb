import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, OnInit, signal } from '@angular/core';
import {
  AbstractControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  type ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { apiError, AuthStore, HOME_BY_ROLE, I18n, TranslatePipe } from '@halt/web/core';
import { UsersApi } from './users/users-api';

/** The API's password rule: at least 12 characters, at most 256. */
export const PASSWORD_MIN_LENGTH = 12;

const sameAsPassword = (group: AbstractControl): ValidationErrors | null =>
  group.get('password')?.value === group.get('repeat')?.value ? null : { mismatch: true };

/**
 * `/wachtwoord-instellen?token=…` (public): the page of a one-time link (invitation, reset, first admin). The
 * person chooses a password; the portal then signs them in with it and opens their home page. A used or expired
 * link says so and points to "Wachtwoord vergeten?".
 */
@Component({
  selector: 'halt-set-password-page',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, MatButtonModule, RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './login-page.scss',
  template: `
    <section class="login" aria-labelledby="set-password-heading">
      <h1 id="set-password-heading">{{ 'password.set.heading' | t }}</h1>
      @if (!token) {
        <p class="notice notice--error" role="alert">{{ 'password.set.noToken' | t }}</p>
        <p>
          <a routerLink="/wachtwoord-vergeten">{{ 'password.forgot.link' | t }}</a>
        </p>
      } @else {
        <p>{{ 'password.set.intro' | t: { min: min } }}</p>
        @if (error(); as message) {
          <div class="notice notice--error" role="alert">
            <p>{{ message }}</p>
            @if (linkGone()) {
              <p>
                <a routerLink="/wachtwoord-vergeten">{{ 'password.forgot.link' | t }}</a>
              </p>
            }
          </div>
        }
        <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
          <mat-form-field appearance="outline">
            <mat-label>{{ 'password.set.password' | t }}</mat-label>
            <input
              matInput
              type="password"
              formControlName="password"
              autocomplete="new-password"
              required
              [attr.minlength]="min"
              maxlength="256"
            />
            <mat-hint>{{ 'password.set.hint' | t: { min: min } }}</mat-hint>
            @if (form.controls.password.hasError('required')) {
              <mat-error>{{ 'password.set.required' | t }}</mat-error>
            } @else if (form.controls.password.hasError('minlength')) {
              <mat-error>{{ 'password.set.tooShort' | t: { min: min } }}</mat-error>
            }
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>{{ 'password.set.repeat' | t }}</mat-label>
            <input matInput type="password" formControlName="repeat" autocomplete="new-password" required />
            @if (form.hasError('mismatch') && form.controls.repeat.touched) {
              <mat-hint class="field-error" role="alert">{{ 'password.set.mismatch' | t }}</mat-hint>
            }
          </mat-form-field>
          <button mat-flat-button type="submit" [disabled]="busy()">
            {{ (busy() ? 'password.set.busy' : 'password.set.submit') | t }}
          </button>
        </form>
      }
    </section>
  `,
})
export class SetPasswordPage {
  private readonly api = inject(UsersApi);
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);
  private readonly i18n = inject(I18n);
  protected readonly min = PASSWORD_MIN_LENGTH;
  protected readonly token = inject(ActivatedRoute).snapshot.queryParamMap.get('token');
  protected readonly form = inject(NonNullableFormBuilder).group(
    {
      password: ['', [Validators.required, Validators.minLength(PASSWORD_MIN_LENGTH), Validators.maxLength(256)]],
      repeat: ['', Validators.required],
    },
    { validators: sameAsPassword },
  );
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly linkGone = signal(false);

  protected async submit(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid || this.busy() || !this.token) return;
    this.busy.set(true);
    this.error.set(null);
    const { password } = this.form.getRawValue();
    try {
      const { email } = await this.api.setPassword(this.token, password);
      // Signed in with the new password, the person lands on their own home page.
      const user = await this.auth.login(email, password);
      await this.router.navigateByUrl(HOME_BY_ROLE[user.role]);
    } catch (e) {
      const status = e instanceof HttpErrorResponse ? e.status : 0;
      this.linkGone.set(status === 410 || status === 400);
      this.error.set(apiError(e)?.message ?? this.i18n.t('password.set.failed'));
    } finally {
      this.busy.set(false);
    }
  }
}

/**
 * `/wachtwoord-vergeten` (public): asks for the address and always answers the same, so the page does not tell
 * whether an address has an account.
 */
@Component({
  selector: 'halt-forgot-password-page',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, MatButtonModule, RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './login-page.scss',
  template: `
    <section class="login" aria-labelledby="forgot-heading">
      <h1 id="forgot-heading">{{ 'password.forgot.heading' | t }}</h1>
      <p>{{ 'password.forgot.intro' | t }}</p>
      <div aria-live="polite">
        @if (sent()) {
          <p class="notice" role="status">{{ 'password.forgot.sent' | t }}</p>
        }
      </div>
      @if (error(); as message) {
        <p class="notice notice--error" role="alert">{{ message }}</p>
      }
      <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'login.email' | t }}</mat-label>
          <input matInput type="email" formControlName="email" autocomplete="email" inputmode="email" required />
          @if (form.controls.email.hasError('required')) {
            <mat-error>{{ 'login.emailRequired' | t }}</mat-error>
          } @else if (form.controls.email.hasError('email')) {
            <mat-error>{{ 'login.emailInvalid' | t }}</mat-error>
          }
        </mat-form-field>
        <button mat-flat-button type="submit" [disabled]="busy()">
          {{ (busy() ? 'password.forgot.busy' : 'password.forgot.submit') | t }}
        </button>
      </form>
      <p>
        <a routerLink="/inloggen">{{ 'password.forgot.back' | t }}</a>
      </p>
    </section>
  `,
})
export class ForgotPasswordPage implements OnInit {
  private readonly api = inject(UsersApi);
  private readonly i18n = inject(I18n);
  private readonly route = inject(ActivatedRoute);
  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
  });
  protected readonly busy = signal(false);
  protected readonly sent = signal(false);
  protected readonly error = signal<string | null>(null);

  ngOnInit(): void {
    const email = this.route.snapshot.queryParamMap.get('email');
    if (email) this.form.setValue({ email });
  }

  protected async submit(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid || this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    this.sent.set(false);
    try {
      await this.api.requestReset(this.form.getRawValue().email);
      this.sent.set(true);
    } catch (e) {
      const status = e instanceof HttpErrorResponse ? e.status : 0;
      this.error.set(status === 429 ? this.i18n.t('login.tooMany') : this.i18n.t('password.forgot.failed'));
    } finally {
      this.busy.set(false);
    }
  }
}
