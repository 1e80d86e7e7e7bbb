import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule, NgForm } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import {
  ACCOUNT_STATUSES,
  type AccountStatus,
  type InviteUserRequest,
  type MunicipalityDto,
  type RegionDto,
  type Role,
  ROLES,
  type SchoolDto,
  type UserDto,
} from '@halt/contracts';
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
import { FormMessages, LoadError, Pager, saveText } from '@halt/web/ui';
import { AccountApi } from '../account/account-api';
import { UsersApi } from './users-api';

const PAGE_SIZE = 25;

type Action = 'invitation' | 'deactivate' | 'reactivate';
const ACTION_TEXT = {
  invitation: 'users.resend',
  deactivate: 'users.deactivate',
  reactivate: 'users.reactivate',
} as const satisfies Record<Action, TranslationKey>;
const ACTION_DONE: Record<Action, TranslationKey> = {
  invitation: 'users.resent',
  deactivate: 'users.deactivated',
  reactivate: 'users.reactivated',
};

const moment = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/Amsterdam',
});

/** The roles bound to an organisation whose main contact invites its own colleagues. */
const ORGANISATION_ROLES: readonly Role[] = ['school', 'gemeente', 'vereniging', 'wijkpartner'];

interface InviteForm {
  email: string;
  name: string;
  role: Role;
  schoolId: string;
  municipalityId: string;
  clubId: string;
  partnerId: string;
  regionIds: string[];
  mainContact: boolean;
}

/**
 * "Gebruikers" (`/beheer/gebruikers`, and `/school/gebruikers` or `/gemeente/gebruikers` for a main contact): the
 * accounts with status and last sign-in, paged and filtered by the API; invite a person, send an invitation
 * again, deactivate or reactivate. An admin invites for any organisation and role, a main contact colleagues of
 * their own school or gemeente.
 */
@Component({
  selector: 'halt-users-page',
  imports: [
    FormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
    FormMessages,
    LoadError,
    Pager,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'users.heading' | t }}</h1>
    <p>{{ (isAdmin() ? 'users.introAdmin' : 'users.introContact') | t: { organisation: organisation() } }}</p>

    <section aria-labelledby="invite-heading" class="invite">
      <h2 id="invite-heading">{{ 'users.invite.heading' | t }}</h2>
      <p>{{ 'users.invite.intro' | t }}</p>
      <form #inviteForm="ngForm" (ngSubmit)="invite(inviteForm)" novalidate>
        <div class="inline-form">
          <mat-form-field appearance="outline">
            <mat-label>{{ 'users.email' | t }}</mat-label>
            <input
              matInput
              type="email"
              name="email"
              required
              email
              maxlength="254"
              autocomplete="off"
              [(ngModel)]="form.email"
            />
            @if (inviteErrors()['email']; as message) {
              <mat-hint class="field-error">{{ message }}</mat-hint>
            }
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>{{ 'users.name' | t }}</mat-label>
            <input
              matInput
              name="name"
              required
              minlength="2"
              maxlength="120"
              autocomplete="off"
              [(ngModel)]="form.name"
            />
            @if (inviteErrors()['name']; as message) {
              <mat-hint class="field-error">{{ message }}</mat-hint>
            }
          </mat-form-field>
          @if (isAdmin()) {
            <mat-form-field appearance="outline">
              <mat-label>{{ 'users.role' | t }}</mat-label>
              <select matNativeControl name="role" required [(ngModel)]="form.role" (ngModelChange)="roleChosen()">
                @for (r of roles; track r) {
                  <option [value]="r">{{ roleKey(r) | t }}</option>
                }
              </select>
            </mat-form-field>
            @if (form.role === 'school') {
              <mat-form-field appearance="outline">
                <mat-label>{{ 'users.school' | t }}</mat-label>
                <select matNativeControl name="schoolId" required [(ngModel)]="form.schoolId">
                  <option value="">{{ 'users.choose' | t }}</option>
                  @for (s of schools.value() ?? []; track s.id) {
                    <option [value]="s.id">{{ s.name }}</option>
                  }
                </select>
                @if (inviteErrors()['schoolId']; as message) {
                  <mat-hint class="field-error">{{ message }}</mat-hint>
                }
              </mat-form-field>
            }
            @if (form.role === 'gemeente') {
              <mat-form-field appearance="outline">
                <mat-label>{{ 'users.municipality' | t }}</mat-label>
                <select matNativeControl name="municipalityId" required [(ngModel)]="form.municipalityId">
                  <option value="">{{ 'users.choose' | t }}</option>
                  @for (m of municipalities.value() ?? []; track m.id) {
                    <option [value]="m.id">{{ m.name }}</option>
                  }
                </select>
                @if (inviteErrors()['municipalityId']; as message) {
                  <mat-hint class="field-error">{{ message }}</mat-hint>
                }
              </mat-form-field>
            }
            @if (form.role === 'vereniging' || form.role === 'wijkpartner') {
              <mat-form-field appearance="outline">
                <mat-label>{{ roleKey(form.role) | t }}</mat-label>
                <select
                  matNativeControl
                  name="requesterOrganisation"
                  required
                  [(ngModel)]="form[form.role === 'vereniging' ? 'clubId' : 'partnerId']"
                >
                  <option value="">{{ 'users.choose' | t }}</option>
                  @for (o of (form.role === 'vereniging' ? clubs : partners).value() ?? []; track o.id) {
                    <option [value]="o.id">{{ o.name }}</option>
                  }
                </select>
                @if (inviteErrors()[form.role === 'vereniging' ? 'clubId' : 'partnerId']; as message) {
                  <mat-hint class="field-error">{{ message }}</mat-hint>
                }
              </mat-form-field>
            }
          }
        </div>
        @if (isAdmin() && (form.role === 'planner' || form.role === 'staff')) {
          <fieldset class="regions">
            <legend>{{ 'users.regions' | t }}</legend>
            @for (r of regions.value() ?? []; track r.id) {
              <mat-checkbox [checked]="form.regionIds.includes(r.id)" (change)="toggleRegion(r.id, $event.checked)">{{
                r.name
              }}</mat-checkbox>
            }
            @if (inviteErrors()['regionIds']; as message) {
              <p class="field-error">{{ message }}</p>
            }
          </fieldset>
        }
        @if (ORGANISATION_ROLES.includes(form.role)) {
          <mat-checkbox name="mainContact" [(ngModel)]="form.mainContact">{{ 'users.mainContact' | t }}</mat-checkbox>
        }
        <div class="buttons">
          <button mat-flat-button type="submit" [disabled]="inviting()">
            {{ (inviting() ? 'users.invite.busy' : 'users.invite.submit') | t }}
          </button>
        </div>
      </form>
      <halt-form-messages [done]="inviteDone()" [error]="inviteError()" />
    </section>

    <section aria-labelledby="list-heading">
      <h2 id="list-heading">{{ 'users.list.heading' | t }}</h2>
      <form class="inline-form" role="search" [attr.aria-label]="'users.filters' | t" (ngSubmit)="filter()">
        <mat-form-field appearance="outline">
          <mat-label>{{ 'users.status' | t }}</mat-label>
          <select matNativeControl name="status" [(ngModel)]="status">
            <option value="">{{ 'common.all' | t }}</option>
            @for (s of statuses; track s) {
              <option [value]="s">{{ statusKey(s) | t }}</option>
            }
          </select>
        </mat-form-field>
        @if (isAdmin()) {
          <mat-form-field appearance="outline">
            <mat-label>{{ 'users.role' | t }}</mat-label>
            <select matNativeControl name="roleFilter" [(ngModel)]="roleFilter">
              <option value="">{{ 'common.all' | t }}</option>
              @for (r of roles; track r) {
                <option [value]="r">{{ roleKey(r) | t }}</option>
              }
            </select>
          </mat-form-field>
        }
        <mat-form-field appearance="outline">
          <mat-label>{{ 'users.search' | t }}</mat-label>
          <input matInput type="search" name="q" maxlength="100" autocomplete="off" [(ngModel)]="q" />
        </mat-form-field>
        <button mat-flat-button type="submit">{{ 'common.filter' | t }}</button>
      </form>

      <div aria-live="polite">
        @if (actionDone(); as message) {
          <p class="notice" role="status">{{ message }}</p>
        }
      </div>
      @if (actionError(); as message) {
        <p class="notice notice--error" role="alert">{{ message }}</p>
      }

      @if (users.failed()) {
        <halt-load-error
          [message]="'common.loadFailed' | t"
          [retryLabel]="'common.retry' | t"
          (retry)="users.reload()"
        />
      } @else if (users.value(); as page) {
        @let caption = 'users.caption' | t: { count: page.total };
        <div class="table-scroll" tabindex="0" role="region" [attr.aria-label]="caption">
          <table>
            <caption>
              {{
                caption
              }}
            </caption>
            <thead>
              <tr>
                <th scope="col">{{ 'users.name' | t }}</th>
                <th scope="col">{{ 'users.email' | t }}</th>
                <th scope="col">{{ 'users.role' | t }}</th>
                <th scope="col">{{ 'users.organisation' | t }}</th>
                <th scope="col">{{ 'users.status' | t }}</th>
                <th scope="col">{{ 'users.lastSignIn' | t }}</th>
                <th scope="col">{{ 'users.actions' | t }}</th>
              </tr>
            </thead>
            <tbody>
              @for (u of page.items; track u.id) {
                <tr>
                  <th scope="row">
                    {{ u.name }}
                    @if (u.mainContact) {
                      <span class="badge">{{ 'users.mainContactBadge' | t }}</span>
                    }
                  </th>
                  <td class="email">{{ u.email }}</td>
                  <td>{{ roleKey(u.role) | t }}</td>
                  <td>{{ u.organisation.name }}</td>
                  <td>
                    <span [class]="'chip chip--' + u.status">{{ statusKey(u.status) | t }}</span>
                  </td>
                  <td class="nowrap">
                    @if (u.lastSignInAt) {
                      <time [attr.datetime]="u.lastSignInAt">{{ at(u.lastSignInAt) }}</time>
                    } @else {
                      {{ 'users.never' | t }}
                    }
                  </td>
                  <td class="actions">
                    @for (a of actionsFor(u); track a) {
                      <button
                        mat-stroked-button
                        type="button"
                        [disabled]="busy() === u.id"
                        [attr.aria-label]="actionLabel(a) | t: { name: u.name }"
                        (click)="act(u, a)"
                      >
                        {{ actionText(a) | t }}
                      </button>
                    }
                    @if (isAdmin() && haltRoles.includes(u.role) && u.id !== me()?.id) {
                      <form class="role-form" (ngSubmit)="changeRole(u, roleSelect.value)">
                        <select
                          #roleSelect
                          class="role-select"
                          [attr.aria-label]="'users.roleOf' | t: { name: u.name }"
                        >
                          @for (r of haltRoles; track r) {
                            <option [value]="r" [selected]="r === u.role">{{ roleKey(r) | t }}</option>
                          }
                        </select>
                        <button
                          mat-stroked-button
                          type="submit"
                          [disabled]="busy() === u.id"
                          [attr.aria-label]="'users.changeRoleLabel' | t: { name: u.name }"
                        >
                          {{ 'users.changeRole' | t }}
                        </button>
                      </form>
                    }
                    @if (ORGANISATION_ROLES.includes(u.role) && u.status !== 'deactivated' && u.id !== me()?.id) {
                      <button
                        mat-stroked-button
                        type="button"
                        [disabled]="busy() === u.id"
                        [attr.aria-label]="
                          (u.mainContact ? 'users.unsetMainContactLabel' : 'users.setMainContactLabel')
                            | t: { name: u.name }
                        "
                        (click)="toggleMainContact(u)"
                      >
                        {{ (u.mainContact ? 'users.unsetMainContact' : 'users.setMainContact') | t }}
                      </button>
                    }
                    @if (isAdmin()) {
                      <button
                        mat-stroked-button
                        type="button"
                        [disabled]="busy() === u.id"
                        [attr.aria-label]="'users.exportLabel' | t: { name: u.name }"
                        (click)="exportData(u)"
                      >
                        {{ 'users.export' | t }}
                      </button>
                      @if (u.id !== me()?.id && !u.email.endsWith('@pseudoniem.invalid')) {
                        @if (confirmErase() === u.id) {
                          <span
                            class="confirm"
                            role="group"
                            [attr.aria-label]="'users.eraseConfirmLabel' | t: { name: u.name }"
                          >
                            <span>{{ 'users.eraseConfirm' | t: { name: u.name } }}</span>
                            <button mat-flat-button type="button" [disabled]="busy() === u.id" (click)="erase(u)">
                              {{ 'users.eraseYes' | t }}
                            </button>
                            <button mat-button type="button" (click)="confirmErase.set(null)">
                              {{ 'users.eraseNo' | t }}
                            </button>
                          </span>
                        } @else {
                          <button
                            mat-stroked-button
                            type="button"
                            [disabled]="busy() === u.id"
                            [attr.aria-label]="'users.eraseLabel' | t: { name: u.name }"
                            (click)="confirmErase.set(u.id)"
                          >
                            {{ 'users.erase' | t }}
                          </button>
                        }
                      }
                    }
                  </td>
                </tr>
              } @empty {
                <tr>
                  <td colspan="7">{{ 'users.none' | t }}</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
        @let pages = pageCount(page.total);
        @if (pages > 1) {
          <halt-pager
            [page]="pageNumber()"
            [pages]="pages"
            [busy]="users.loading()"
            [label]="'users.pages' | t"
            [status]="'common.pageOf' | t: { page: pageNumber(), pages: pages }"
            [previousLabel]="'common.previous' | t"
            [nextLabel]="'common.next' | t"
            (pageChange)="goTo($event)"
          />
        }
      } @else {
        <p role="status">{{ 'common.loading' | t }}</p>
      }
    </section>
  `,
  styles: `
    .confirm {
      display: inline-flex;
      flex-wrap: wrap;
      gap: 0.25rem 0.5rem;
      align-items: center;
    }
    :host {
      display: block;
    }
    .invite {
      margin-bottom: 2rem;
    }
    .regions {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 4px;
      margin: 0 0 0.75rem;
      display: flex;
      flex-wrap: wrap;
      gap: 0 1rem;
    }
    .buttons {
      margin: 0.5rem 0;
    }
    .field-error {
      color: var(--mat-sys-error);
    }
    .email {
      overflow-wrap: anywhere;
    }
    .nowrap {
      white-space: nowrap;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
    .role-form {
      display: flex;
      gap: 0.5rem;
      align-items: center;
    }
    .role-select {
      min-height: 2.5rem;
      padding: 0 0.5rem;
      font: inherit;
    }
    .badge {
      display: inline-block;
      margin-left: 0.25rem;
      padding: 0 0.5rem;
      border-radius: 1rem;
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
      font: var(--mat-sys-label-medium);
    }
    .chip {
      display: inline-block;
      padding: 0.125rem 0.625rem;
      border-radius: 1rem;
      border: 1px solid var(--mat-sys-outline);
      font: var(--mat-sys-label-large);
      white-space: nowrap;
    }
    .chip--active {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    .chip--invited {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    .chip--deactivated {
      background: var(--mat-sys-surface-container-highest);
      color: var(--mat-sys-on-surface);
    }
  `,
})
export class UsersPage {
  private readonly api = inject(UsersApi);
  private readonly account = inject(AccountApi);
  private readonly document = inject(DOCUMENT);
  private readonly portal = inject(PortalApi);
  private readonly i18n = inject(I18n);
  protected readonly me = inject(AuthStore).user;
  protected readonly isAdmin = computed(() => this.me()?.role === 'admin');
  protected readonly organisation = computed(() => this.me()?.organisation.name ?? '');
  protected readonly roles = ROLES;
  /** The roles an admin can switch between: Halt's own (a school or gemeente account is invited anew). */
  protected readonly haltRoles: Role[] = ['planner', 'staff', 'admin'];
  protected readonly statuses = ACCOUNT_STATUSES;

  protected form: InviteForm = this.emptyForm();
  protected readonly inviting = signal(false);
  protected readonly inviteDone = signal<string | null>(null);
  protected readonly inviteError = signal<string | null>(null);
  protected readonly inviteErrors = signal<Record<string, string>>({});

  /** The filter form's values; they apply on "Filteren". */
  protected status: AccountStatus | '' = '';
  protected roleFilter: Role | '' = '';
  protected q = '';
  private applied = { status: '' as AccountStatus | '', role: '' as Role | '', q: '' };
  protected readonly pageNumber = signal(1);
  protected readonly busy = signal<string | null>(null);
  protected readonly actionDone = signal<string | null>(null);
  protected readonly actionError = signal<string | null>(null);

  protected readonly users = load(() =>
    this.api.list({
      page: this.pageNumber(),
      pageSize: PAGE_SIZE,
      status: this.applied.status || undefined,
      role: this.applied.role || undefined,
      q: this.applied.q.trim() || undefined,
    }),
  );
  // Only an admin picks an organisation; the lists load once, when the page opens.
  protected readonly schools = load<SchoolDto[]>(() =>
    this.isAdmin() ? this.portal.allSchools() : Promise.resolve([]),
  );
  protected readonly municipalities = load<MunicipalityDto[]>(() =>
    this.isAdmin() ? this.portal.allMunicipalities() : Promise.resolve([]),
  );
  protected readonly clubs = load(() =>
    this.isAdmin() ? this.api.requesterOrganisations('sports-clubs') : Promise.resolve([]),
  );
  protected readonly partners = load(() =>
    this.isAdmin() ? this.api.requesterOrganisations('neighbourhood-partners') : Promise.resolve([]),
  );
  protected readonly ORGANISATION_ROLES = ORGANISATION_ROLES;
  protected readonly regions = load<RegionDto[]>(() => (this.isAdmin() ? this.portal.regions() : Promise.resolve([])));

  protected roleKey(role: Role): TranslationKey {
    return `role.${role}`;
  }

  protected statusKey(status: AccountStatus): TranslationKey {
    return `users.status.${status}`;
  }

  protected at(iso: string): string {
    return moment.format(new Date(iso));
  }

  protected pageCount(total: number): number {
    return Math.max(1, Math.ceil(total / PAGE_SIZE));
  }

  protected goTo(page: number): void {
    this.pageNumber.set(page);
    this.users.reload();
  }

  protected filter(): void {
    this.applied = { status: this.status, role: this.roleFilter, q: this.q };
    this.goTo(1);
  }

  protected roleChosen(): void {
    this.form = {
      ...this.form,
      schoolId: '',
      municipalityId: '',
      clubId: '',
      partnerId: '',
      regionIds: [],
      mainContact: false,
    };
  }

  protected toggleRegion(id: string, on: boolean): void {
    const rest = this.form.regionIds.filter((r) => r !== id);
    this.form = { ...this.form, regionIds: on ? [...rest, id] : rest };
  }

  protected async invite(ngForm: NgForm): Promise<void> {
    this.inviteDone.set(null);
    this.inviteErrors.set({});
    if (ngForm.invalid) {
      ngForm.control.markAllAsTouched();
      this.inviteError.set(this.i18n.t('common.checkFields'));
      return;
    }
    this.inviting.set(true);
    this.inviteError.set(null);
    try {
      const invited = await this.api.invite(this.request());
      this.inviteDone.set(this.i18n.t('users.invite.done', { name: invited.name, email: invited.email }));
      this.form = this.emptyForm();
      ngForm.resetForm(this.form);
      this.users.reload();
    } catch (e) {
      this.inviteErrors.set(fieldErrors(e));
      this.inviteError.set(apiError(e)?.message ?? this.i18n.t('users.invite.failed'));
    } finally {
      this.inviting.set(false);
    }
  }

  /** What can be done with an account: send an invited one its link again; (re)activate or deactivate — not oneself. */
  protected actionsFor(user: UserDto): Action[] {
    const actions: Action[] = user.status === 'invited' ? ['invitation'] : [];
    if (user.status === 'deactivated') actions.push('reactivate');
    else if (user.id !== this.me()?.id) actions.push('deactivate');
    return actions;
  }

  protected actionText(action: Action): TranslationKey {
    return ACTION_TEXT[action];
  }

  protected actionLabel(action: Action): TranslationKey {
    return `${ACTION_TEXT[action]}Label` as TranslationKey;
  }

  protected act(user: UserDto, action: Action): Promise<void> {
    return this.change(user, () => this.api.act(user.id, action), ACTION_DONE[action]);
  }

  /** A main contact invites and manages the colleagues of their organisation; the mark goes on or off. */
  protected toggleMainContact(user: UserDto): Promise<void> {
    return this.change(
      user,
      () => this.api.update(user.id, { mainContact: !user.mainContact }),
      user.mainContact ? 'users.mainContactUnset' : 'users.mainContactSet',
    );
  }

  /** Planner, staff or admin: the account signs in again with its new role. */
  protected changeRole(user: UserDto, role: string): Promise<void> {
    if (role === user.role) return Promise.resolve();
    return this.change(user, () => this.api.update(user.id, { role: role as Role }), 'users.roleChanged');
  }

  /** The row whose erasure waits for a second, confirming click. */
  protected readonly confirmErase = signal<string | null>(null);

  /** Erasure on request (AVG art. 17): the person is pseudonymised everywhere; a 409 says what blocks it. */
  protected async erase(user: UserDto): Promise<void> {
    this.busy.set(user.id);
    this.actionDone.set(null);
    this.actionError.set(null);
    try {
      const done = await this.account.erase(user.id);
      this.actionDone.set(this.i18n.t('users.erased', { name: user.name, pseudonym: done.pseudonym }));
      this.confirmErase.set(null);
      this.users.reload();
    } catch (e) {
      this.actionError.set(apiError(e)?.message ?? this.i18n.t('users.actionFailed'));
    } finally {
      this.busy.set(null);
    }
  }

  /** Saves the person's data (account, their requests, their audit trail) as JSON; admins only. */
  protected async exportData(user: UserDto): Promise<void> {
    this.busy.set(user.id);
    this.actionError.set(null);
    try {
      saveText(
        this.document,
        await this.account.personalData(user.id, 'json'),
        'persoonsgegevens.json',
        'application/json',
      );
    } catch (e) {
      this.actionError.set(apiError(e)?.message ?? this.i18n.t('users.actionFailed'));
    } finally {
      this.busy.set(null);
    }
  }

  private async change(user: UserDto, call: () => Promise<UserDto>, done: TranslationKey): Promise<void> {
    this.busy.set(user.id);
    this.actionDone.set(null);
    this.actionError.set(null);
    try {
      await call();
      this.actionDone.set(this.i18n.t(done, { name: user.name }));
      this.users.reload();
    } catch (e) {
      this.actionError.set(apiError(e)?.message ?? this.i18n.t('users.actionFailed'));
    } finally {
      this.busy.set(null);
    }
  }

  /** The invitation as the API takes it: a main contact's goes to their own organisation (the API fills it in). */
  private request(): InviteUserRequest {
    const f = this.form;
    const own = this.me();
    const role = this.isAdmin() ? f.role : (own?.role ?? 'school');
    return {
      email: f.email.trim(),
      name: f.name.trim(),
      role,
      ...(this.isAdmin() && role === 'school' && f.schoolId ? { schoolId: f.schoolId } : {}),
      ...(this.isAdmin() && role === 'gemeente' && f.municipalityId ? { municipalityId: f.municipalityId } : {}),
      ...(this.isAdmin() && role === 'vereniging' && f.clubId ? { clubId: f.clubId } : {}),
      ...(this.isAdmin() && role === 'wijkpartner' && f.partnerId ? { partnerId: f.partnerId } : {}),
      ...(this.isAdmin() && (role === 'planner' || role === 'staff') ? { regionIds: f.regionIds } : {}),
      ...(ORGANISATION_ROLES.includes(role) ? { mainContact: f.mainContact } : {}),
    };
  }

  private emptyForm(): InviteForm {
    const role = this.me()?.role;
    return {
      email: '',
      name: '',
      role: role && ORGANISATION_ROLES.includes(role) ? role : 'school',
      schoolId: '',
      municipalityId: '',
      clubId: '',
      partnerId: '',
      regionIds: [],
      mainContact: false,
    };
  }
}
