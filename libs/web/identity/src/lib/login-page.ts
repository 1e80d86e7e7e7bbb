import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, OnInit, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import type { DemoLoginsDto, Role } from '@halt/contracts';
import {
  ACCOUNT_PATH,
  apiError,
  AuthStore,
  HOME_BY_ROLE,
  I18n,
  PortalApi,
  TranslatePipe,
  type TranslationKey,
} from '@halt/web/core';

@Component({
  selector: 'halt-login-page',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, MatButtonModule, RouterLink, TranslatePipe],
  templateUrl: './login-page.html',
  styleUrl: './login-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LoginPage implements OnInit {
  private readonly auth = inject(AuthStore);
  private readonly api = inject(PortalApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly i18n = inject(I18n);

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
    password: ['', Validators.required],
  });
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly expired = signal(false);
  protected readonly demo = signal<DemoLoginsDto | null>(null);

  ngOnInit(): void {
    this.expired.set(this.route.snapshot.queryParamMap.has('verlopen'));
    // Only answered in development with the demo seed; anywhere else there is simply no demo section.
    this.api.demoLogins().then(
      (d) => this.demo.set(d),
      () => this.demo.set(null),
    );
  }

  protected async submit(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid || this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    try {
      const { email, password } = this.form.getRawValue();
      const user = await this.auth.login(email, password);
      const back = this.route.snapshot.queryParamMap.get('terug');
      // Back to where the user was, when that is in their own area or the account page.
      const target =
        back && (back.startsWith(HOME_BY_ROLE[user.role]) || back === ACCOUNT_PATH) ? back : HOME_BY_ROLE[user.role];
      await this.router.navigateByUrl(target);
    } catch (e) {
      this.error.set(this.messageFor(e));
    } finally {
      this.busy.set(false);
    }
  }

  /** Wrong credentials and rate limiting in the user's language; other refusals as the API words them. */
  private messageFor(error: unknown): string {
    const status = error instanceof HttpErrorResponse ? error.status : 0;
    if (status === 401) return this.i18n.t('login.wrongCredentials');
    if (status === 429) return this.i18n.t('login.tooMany');
    return apiError(error)?.message ?? this.i18n.t('login.failed');
  }

  protected roleKey(role: Role): TranslationKey {
    return `role.${role}`;
  }

  protected useDemo(email: string): void {
    const password = this.demo()?.password ?? '';
    this.form.setValue({ email, password });
  }
}
