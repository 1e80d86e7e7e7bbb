import { DOCUMENT } from '@angular/common';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  Injector,
  signal,
  viewChild,
} from '@angular/core';
import { AbstractControl, FormArray, FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { ActivatedRoute, RouterLink } from '@angular/router';
import type { StaffMemberDto, StaffSkillDto } from '@halt/contracts';
import { todayInAmsterdam } from '@halt/domain';
import { apiError, AuthStore, I18n, load, PortalApi, TranslatePipe, type TranslationKey } from '@halt/web/core';
import { AbsenceEditor, type AbsenceActions } from '@halt/web/staff';
import { LoadError, FormMessages } from '@halt/web/ui';
import { formatShortDate } from './labels';
import { PlanningApi } from './planning-api';
import { foreignRegions, skillStatus, toUpdateStaffRequest } from './staff-model';
import { StaffPatternSummary } from './staff-pattern-summary';
import { StaffWorkload } from './calendar/staff-workload';

const SKILL = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const LANGUAGES = /^\s*[a-z]{2}(\s*,\s*[a-z]{2})*\s*$/;

type SkillForm = FormGroup<{ skill: FormControl<string>; validUntil: FormControl<string> }>;

function skillForm(s?: StaffSkillDto): SkillForm {
  return new FormGroup({
    skill: new FormControl(s?.skill ?? '', {
      nonNullable: true,
      validators: [Validators.required, Validators.minLength(2), Validators.maxLength(60), Validators.pattern(SKILL)],
    }),
    validUntil: new FormControl(s?.validUntil ?? '', { nonNullable: true, validators: Validators.required }),
  });
}

const count = (min: number, max: number) => [
  Validators.required,
  Validators.min(min),
  Validators.max(max),
  Validators.pattern(/^\d+$/),
];

/**
 * `/planner/medewerkers/:id`: one specialist for the planner — contract hours, sessions per day, regions, skills
 * with their validity, languages and whether they can be planned; their working hours (kept by themselves) and
 * their absences, which the planner can add and remove too (e.g. when someone calls in sick).
 */
@Component({
  selector: 'halt-staff-member-page',
  imports: [
    FormMessages,
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
    LoadError,
    AbsenceEditor,
    StaffPatternSummary,
    StaffWorkload,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p>
      <a routerLink="..">{{ 'staff.back' | t }}</a>
    </p>
    @if (loaded.failed()) {
      <halt-load-error
        [message]="'common.loadFailed' | t"
        [retryLabel]="'common.retry' | t"
        (retry)="loaded.reload()"
      />
    } @else if (member(); as m) {
      <h1>{{ m.name }}</h1>
      <dl class="details">
        <dt>{{ 'staff.email' | t }}</dt>
        <dd>{{ m.email ?? '—' }}</dd>
        <dt>{{ 'staff.regions' | t }}</dt>
        <dd>{{ regionNames(m) }}</dd>
        <dt>{{ 'staff.active' | t }}</dt>
        <dd>{{ (m.active ? 'staff.isActive' : 'staff.isInactive') | t }}</dd>
      </dl>

      <halt-staff-workload [staffId]="m.id" />

      <form [formGroup]="form" (ngSubmit)="save(m)" novalidate aria-labelledby="profile-heading">
        <h2 id="profile-heading">{{ 'staff.profileHeading' | t }}</h2>
        <div class="fields">
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>{{ 'staff.contractHours' | t }}</mat-label>
            <input
              matInput
              type="number"
              inputmode="numeric"
              min="1"
              max="40"
              formControlName="contractHoursPerWeek"
              required
            />
            @if (form.controls.contractHoursPerWeek.invalid) {
              <mat-error>{{ message(form.controls.contractHoursPerWeek, 'staff.contractHoursRange') }}</mat-error>
            }
          </mat-form-field>
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>{{ 'staff.maxSessions' | t }}</mat-label>
            <input
              matInput
              type="number"
              inputmode="numeric"
              min="1"
              max="8"
              formControlName="maxSessionsPerDay"
              required
            />
            @if (form.controls.maxSessionsPerDay.invalid) {
              <mat-error>{{ message(form.controls.maxSessionsPerDay, 'staff.maxSessionsRange') }}</mat-error>
            }
          </mat-form-field>
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>{{ 'staff.languages' | t }}</mat-label>
            <input matInput formControlName="languages" autocomplete="off" required />
            <mat-hint>{{ 'staff.languagesHint' | t }}</mat-hint>
            @if (form.controls.languages.invalid) {
              <mat-error>{{ message(form.controls.languages, 'staff.languagesInvalid') }}</mat-error>
            }
          </mat-form-field>
        </div>

        <fieldset class="group">
          <legend>{{ 'staff.regions' | t }}</legend>
          @for (region of myRegions(); track region.id) {
            <mat-checkbox
              [checked]="form.controls.regionIds.value.includes(region.id)"
              (change)="toggleRegion(region.id, $event.checked)"
              >{{ region.name }}</mat-checkbox
            >
          }
          @if (foreignRegions(m).length) {
            <p class="full hint">{{ 'staff.foreignRegions' | t: { regions: foreignRegions(m).join(', ') } }}</p>
          }
          @if (form.controls.regionIds.invalid && (form.controls.regionIds.touched || submitted())) {
            <p class="full field-error">{{ message(form.controls.regionIds, 'staff.regionsRequired') }}</p>
          }
        </fieldset>

        <fieldset class="group">
          <legend>{{ 'staff.skills' | t }}</legend>
          <p class="full hint">{{ 'staff.skillsIntro' | t }}</p>
          @for (g of form.controls.skills.controls; track g; let i = $index) {
            <fieldset class="row" [formGroup]="g">
              <legend>{{ 'staff.skillLegend' | t: { n: i + 1 } }}</legend>
              <mat-form-field appearance="outline" subscriptSizing="dynamic">
                <mat-label>{{ 'staff.skillName' | t }}</mat-label>
                <input matInput formControlName="skill" list="skill-options" autocomplete="off" required />
                @if (g.controls.skill.invalid) {
                  <mat-error>{{ message(g.controls.skill, 'staff.skillInvalid') }}</mat-error>
                }
              </mat-form-field>
              <mat-form-field appearance="outline" subscriptSizing="dynamic">
                <mat-label>{{ 'staff.validUntil' | t }}</mat-label>
                <input matInput type="date" formControlName="validUntil" required />
                @if (skillHint(g); as hint) {
                  <mat-hint>{{ hint }}</mat-hint>
                }
                @if (g.controls.validUntil.invalid) {
                  <mat-error>{{ message(g.controls.validUntil, 'staff.validUntilRequired') }}</mat-error>
                }
              </mat-form-field>
              <button
                mat-button
                type="button"
                (click)="removeSkill(i)"
                [attr.aria-label]="'staff.removeSkillLabel' | t: { n: i + 1, skill: g.controls.skill.value }"
              >
                {{ 'staff.remove' | t }}
              </button>
            </fieldset>
          } @empty {
            <p class="full">{{ 'staff.noSkills' | t }}</p>
          }
          <datalist id="skill-options">
            @for (s of skillOptions(); track s) {
              <option [value]="s"></option>
            }
          </datalist>
          @if (form.controls.skills.length < 40) {
            <button mat-stroked-button type="button" (click)="addSkill()">{{ 'staff.addSkill' | t }}</button>
          }
        </fieldset>

        <mat-checkbox formControlName="active">{{ 'staff.activeLabel' | t }}</mat-checkbox>

        <halt-form-messages id="staff-messages" [done]="done()" [error]="error()" [details]="errorDetails()" />
        <div class="buttons">
          <button mat-flat-button type="submit" [disabled]="busy()">{{ 'staff.save' | t }}</button>
        </div>
      </form>

      <halt-staff-pattern-summary [member]="m" />

      <halt-absence-editor [absences]="m.absences" [actions]="actions" (changed)="absenceChanged($event)" />
    } @else {
      <p role="status">{{ 'common.loading' | t }}</p>
    }
  `,
  styles: `
    .fields,
    .group,
    .row {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      gap: 0.75rem 1rem;
    }
    .group {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      padding: 0.5rem 1rem 1rem;
      margin: 0 0 1rem;
      min-width: 0;
    }
    .group > legend {
      font: var(--mat-sys-title-small);
      padding: 0 0.25rem;
    }
    .row {
      flex: 1 1 100%;
      border: 0;
      border-top: 1px solid var(--mat-sys-outline-variant);
      padding: 0.5rem 0 0;
      margin: 0;
      min-width: 0;
    }
    .row > legend {
      font: var(--mat-sys-label-large);
      padding: 0;
      float: left;
      width: 100%;
      margin-bottom: 0.25rem;
    }
    mat-form-field {
      flex: 1 1 11rem;
      max-width: 20rem;
    }
    .row button {
      margin-top: 0.5rem;
    }
    .full {
      flex: 1 1 100%;
    }
    .hint {
      color: var(--mat-sys-on-surface-variant);
    }
    .field-error {
      color: var(--mat-sys-error);
      margin: 0.25rem 0;
    }
    .buttons {
      margin: 0.5rem 0 1rem;
    }
  `,
})
export class StaffMemberPage {
  private readonly api = inject(PlanningApi);
  private readonly portal = inject(PortalApi);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);
  private readonly user = inject(AuthStore).user;
  private readonly i18n = inject(I18n);
  private readonly id = inject(ActivatedRoute).snapshot.paramMap.get('id') ?? '';
  private readonly today = todayInAmsterdam(new Date());

  protected readonly form = new FormGroup({
    contractHoursPerWeek: new FormControl<number | null>(null, count(1, 40)),
    maxSessionsPerDay: new FormControl<number | null>(null, count(1, 8)),
    /** All the specialist's regions; only the planner's own ones can be ticked on or off. */
    regionIds: new FormControl<string[]>([], {
      nonNullable: true,
      validators: (c: AbstractControl) => ((c.value as string[]).length > 0 ? null : { required: true }),
    }),
    languages: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.pattern(LANGUAGES)],
    }),
    skills: new FormArray<SkillForm>([]),
    active: new FormControl(true, { nonNullable: true }),
  });

  protected readonly loaded = load(() =>
    this.api.staffMember(this.id).then((m) => {
      this.fill(m);
      return m;
    }),
  );
  /** The specialist as the last change returned them; newer than the loaded one. */
  protected readonly updated = signal<StaffMemberDto | null>(null);
  protected readonly member = computed(() => this.updated() ?? this.loaded.value());
  private readonly regions = load(() => this.portal.regions());
  /** Skills known in the planner's regions, offered while typing. */
  private readonly colleagues = load(() => this.api.allStaff());
  protected readonly skillOptions = computed(() => {
    const all = [...(this.colleagues.value() ?? []), ...(this.member() ? [this.member() as StaffMemberDto] : [])];
    return [...new Set(all.flatMap((m) => m.skills.map((s) => s.skill)))].sort();
  });
  /** The regions this planner may give. */
  protected readonly myRegions = computed(() => {
    const all = this.regions.value() ?? [];
    const user = this.user();
    if (user?.role !== 'planner') return all;
    const ids = user.organisation.ids ?? [];
    return all.filter((r) => ids.includes(r.id));
  });

  protected readonly busy = signal(false);
  protected readonly submitted = signal(false);
  protected readonly done = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly errorDetails = signal<string[]>([]);
  private readonly absenceEditor = viewChild(AbsenceEditor);

  protected readonly actions: AbsenceActions = {
    add: (body) => this.api.addAbsence(this.id, body),
    remove: (absenceId) => this.api.removeAbsence(this.id, absenceId),
  };

  /** An absence was added or removed: show the new list; the profile's old message no longer applies. */
  protected absenceChanged(m: StaffMemberDto): void {
    this.updated.set(m);
    this.done.set(null);
    this.error.set(null);
    this.errorDetails.set([]);
  }

  protected regionNames(m: StaffMemberDto): string {
    return m.regions.map((r) => r.name).join(', ') || '—';
  }

  /** Regions of the specialist that this planner does not plan: shown, not editable. */
  protected foreignRegions(m: StaffMemberDto): string[] {
    if (!this.regions.value() || this.user()?.role !== 'planner') return [];
    return foreignRegions(m, this.mine());
  }

  protected skillHint(g: SkillForm): string | null {
    const validUntil = g.controls.validUntil.value;
    if (!validUntil) return null;
    const status = skillStatus({ skill: '', validUntil }, this.today);
    if (status === 'valid') return null;
    return this.i18n.t(status === 'expired' ? 'staff.expiredHint' : 'staff.expiringHint', {
      until: formatShortDate(validUntil, this.i18n.locale()),
    });
  }

  protected message(control: AbstractControl, key: TranslationKey): string {
    const server = control.errors?.['server'];
    return typeof server === 'string' ? server : this.i18n.t(key);
  }

  protected toggleRegion(id: string, on: boolean): void {
    const c = this.form.controls.regionIds;
    const ids = new Set(c.value);
    if (on) ids.add(id);
    else ids.delete(id);
    c.setValue([...ids]);
    c.markAsTouched();
    c.markAsDirty();
  }

  protected addSkill(): void {
    this.form.controls.skills.push(skillForm());
  }

  protected removeSkill(index: number): void {
    this.form.controls.skills.removeAt(index);
    this.form.controls.skills.markAsDirty();
  }

  protected async save(m: StaffMemberDto): Promise<void> {
    if (this.busy()) return;
    this.submitted.set(true);
    this.form.markAllAsTouched();
    this.absenceEditor()?.clearMessages();
    this.done.set(null);
    this.errorDetails.set([]);
    if (this.form.invalid) {
      this.error.set(this.i18n.t('common.checkFields'));
      this.focus('staff-messages');
      return;
    }
    this.error.set(null);
    this.busy.set(true);
    try {
      const saved = await this.api.updateStaff(m.id, toUpdateStaffRequest(this.form.getRawValue(), m, this.mine()));
      this.updated.set(saved);
      this.fill(saved);
      this.submitted.set(false);
      this.done.set(this.i18n.t('staff.saved', { name: saved.name }));
    } catch (e) {
      const body = apiError(e);
      const unplaced: string[] = [];
      for (const f of body?.errors ?? []) {
        const control = this.form.get(f.field);
        if (control) {
          control.setErrors({ server: f.message });
          control.markAsTouched();
        } else unplaced.push(`${f.field}: ${f.message}`);
      }
      this.error.set(body?.message ?? this.i18n.t('common.saveFailed'));
      this.errorDetails.set(unplaced);
    } finally {
      this.busy.set(false);
      this.focus('staff-messages');
    }
  }

  /** The ids of the regions this planner may give. */
  private mine(): Set<string> {
    return new Set(this.myRegions().map((r) => r.id));
  }

  private fill(m: StaffMemberDto): void {
    this.form.controls.contractHoursPerWeek.setValue(m.contractHoursPerWeek);
    this.form.controls.maxSessionsPerDay.setValue(m.maxSessionsPerDay);
    this.form.controls.regionIds.setValue(m.regions.map((r) => r.id));
    this.form.controls.languages.setValue(m.languages.join(', '));
    this.form.controls.skills.clear();
    for (const s of m.skills) this.form.controls.skills.push(skillForm(s));
    this.form.controls.active.setValue(m.active);
    this.form.markAsPristine();
    this.form.markAsUntouched();
  }

  private focus(id: string): void {
    afterNextRender(() => this.document.getElementById(id)?.focus(), { injector: this.injector });
  }
}
