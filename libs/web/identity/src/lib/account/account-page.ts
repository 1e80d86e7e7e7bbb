import { ChangeDetectionStrategy, Component, effect, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatRadioModule } from '@angular/material/radio';
import type { Language, Role } from '@halt/contracts';
import { AuthStore, I18n, TranslatePipe, type TranslationKey } from '@halt/web/core';
import { AccountSessions } from './account-sessions';
import { PersonalDataDownload } from './personal-data-download';

/**
 * `/account` ("Mijn account"), for every signed-in role: who the user is, the language of the portal, and where
 * they are signed in (with the way to end those sessions).
 */
@Component({
  selector: 'halt-account-page',
  imports: [ReactiveFormsModule, MatButtonModule, MatRadioModule, TranslatePipe, AccountSessions, PersonalDataDownload],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'account.heading' | t }}</h1>
    @if (user(); as u) {
      <section aria-labelledby="details-heading">
        <h2 id="details-heading">{{ 'account.details.heading' | t }}</h2>
        <dl class="details">
          <dt>{{ 'account.details.name' | t }}</dt>
          <dd>{{ u.name }}</dd>
          <dt>{{ 'account.details.email' | t }}</dt>
          <dd>{{ u.email }}</dd>
          <dt>{{ 'account.details.role' | t }}</dt>
          <dd>{{ roleKey(u.role) | t }}</dd>
          <dt>{{ 'account.details.organisation' | t }}</dt>
          <dd>{{ u.organisation.name }}</dd>
        </dl>
        <p class="hint">{{ 'account.details.hint' | t }}</p>
      </section>

      <section aria-labelledby="language-heading">
        <h2 id="language-heading">{{ 'account.language.heading' | t }}</h2>
        <form class="language" [formGroup]="form" (ngSubmit)="saveLanguage()">
          <p id="language-label">{{ 'account.language.intro' | t }}</p>
          <mat-radio-group formControlName="language" aria-labelledby="language-label" class="choices">
            <mat-radio-button value="nl" lang="nl">Nederlands</mat-radio-button>
            <mat-radio-button value="en" lang="en">English</mat-radio-button>
          </mat-radio-group>
          <button mat-flat-button type="submit" [disabled]="savingLanguage()">
            {{ 'account.language.save' | t }}
          </button>
        </form>
        <div aria-live="polite">
          @if (languageSaved(); as message) {
            <p class="notice" role="status">{{ message }}</p>
          }
        </div>
      </section>

      <halt-account-sessions />

      <halt-personal-data-download [userId]="u.id" />
    }
  `,
  styles: `
    .hint {
      color: var(--mat-sys-on-surface-variant);
    }
    .language p {
      margin: 0 0 0.25rem;
    }
    .choices {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1rem;
      margin-bottom: 0.5rem;
    }
  `,
})
export class AccountPage {
  private readonly auth = inject(AuthStore);
  private readonly i18n = inject(I18n);
  protected readonly user = this.auth.user;
  protected readonly form = new FormGroup({
    language: new FormControl<Language>(this.i18n.language(), { nonNullable: true }),
  });
  protected readonly savingLanguage = signal(false);
  protected readonly languageSaved = signal<string | null>(null);

  constructor() {
    // The choice follows a switch made elsewhere (the toolbar's language button).
    effect(() => this.form.controls.language.setValue(this.i18n.language()));
  }

  protected roleKey(role: Role): TranslationKey {
    return `role.${role}`;
  }

  /** Switches the portal to the chosen language and remembers it on the account. */
  protected async saveLanguage(): Promise<void> {
    if (this.savingLanguage()) return;
    this.savingLanguage.set(true);
    this.languageSaved.set(null);
    try {
      await this.auth.setLanguage(this.form.controls.language.value);
      this.languageSaved.set(this.i18n.t('account.language.saved'));
    } finally {
      this.savingLanguage.set(false);
    }
  }
}
