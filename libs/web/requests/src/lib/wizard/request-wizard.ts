import { ChangeDetectionStrategy, Component, computed, inject, OnDestroy, signal, viewChild } from '@angular/core';
import {
  AbstractControl,
  FormControl,
  FormGroup,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatStepper, MatStepperModule } from '@angular/material/stepper';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import type { FieldError, FundingOptionDto, Level, OfferDto, SchoolType } from '@halt/contracts';
import { addDays, LOCAL_TIME_PATTERN, needsSeries, perClass, todayInAmsterdam } from '@halt/domain';
import {
  apiError,
  AuthStore,
  I18n,
  levelKey,
  levelsForSchool,
  PortalApi,
  TranslatePipe,
  type TranslationKey,
} from '@halt/web/core';
import { LoadError } from '@halt/web/ui';
import { formatDate } from '../labels';
import { RequestsApi } from '../requests-api';
import { atLeastOne, WeekdayPicker } from './weekday-picker';
import { WindowCalendar } from './window-calendar';
import {
  controlPathOf,
  defaultWindow,
  firstStepWithError,
  sessionCountOf,
  toCreateRequest,
  WIZARD_STEPS,
  type WizardValue,
} from './wizard-model';

/** Form labels of the API's field names, for the list of refusals on the review step. */
const FIELD_LABELS: Record<string, string> = {
  offerId: 'wizard.offer',
  groups: 'wizard.step.groups',
  windows: 'wizard.windows',
  series: 'wizard.series',
  name: 'wizard.groupName',
  level: 'wizard.groupLevel',
  pupilCount: 'wizard.pupilCount',
  from: 'wizard.from',
  to: 'wizard.to',
  weekdays: 'wizard.weekdays',
  earliest: 'wizard.earliest',
  latest: 'wizard.latest',
  count: 'wizard.seriesCount',
  weekday: 'wizard.seriesWeekday',
  time: 'wizard.seriesTime',
  hearings: 'wizard.hearings',
  location: 'wizard.location',
  'contact.name': 'wizard.contactName',
  'contact.email': 'wizard.contactEmail',
  'contact.phone': 'wizard.contactPhone',
  'languageNeeds.interpreterLanguage': 'wizard.interpreterLanguage',
  'languageNeeds.onlineParentMeeting': 'wizard.onlineParentMeeting',
  parentMeeting: 'wizard.parentMeeting',
  funding: 'wizard.funding',
  notes: 'wizard.notes',
};

/** Window rules the browser can check at once; the API checks holidays, closed days and lead time. */
function windowRules(group: AbstractControl): ValidationErrors | null {
  const { from, to, earliest, latest } = group.value as { from: string; to: string; earliest: string; latest: string };
  const errors: ValidationErrors = {};
  if (from && to && to < from) errors['toBeforeFrom'] = true;
  if (earliest && latest && latest <= earliest) errors['latestBeforeEarliest'] = true;
  return Object.keys(errors).length ? errors : null;
}

type GroupForm = FormGroup<{
  name: FormControl<string>;
  level: FormControl<Level | ''>;
  pupilCount: FormControl<number | null>;
}>;
type WindowForm = FormGroup<{
  from: FormControl<string>;
  to: FormControl<string>;
  weekdays: FormControl<number[]>;
  earliest: FormControl<string>;
  latest: FormControl<string>;
}>;

/**
 * The request wizard (`/school/aanvragen/nieuw?aanbod=…`): offer → classes → dates (with the school's own
 * calendar, impossible days greyed out) → practical details → review. One Idempotency-Key per visit, so a
 * double click or a retry after a lost answer makes one request. A refusal sends the school back to the step
 * with the field, the API's Dutch reason beside it.
 */
@Component({
  selector: 'halt-request-wizard',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
    MatStepperModule,
    TranslatePipe,
    LoadError,
    WindowCalendar,
    WeekdayPicker,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './request-wizard.html',
  styleUrl: './request-wizard.scss',
})
export class RequestWizard implements OnDestroy {
  private readonly portal = inject(PortalApi);
  private readonly api = inject(RequestsApi);
  private readonly router = inject(Router);
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly i18n = inject(I18n);
  private readonly user = inject(AuthStore).user;
  private readonly stepper = viewChild(MatStepper);
  private readonly idempotencyKey = crypto.randomUUID();
  protected readonly today = todayInAmsterdam(new Date());

  protected readonly schoolId = computed(() => this.user()?.organisation.id ?? '');
  protected readonly offers = signal<OfferDto[] | null>(null);
  /** The school's type (PO, VO, …): a class can only have a level the school teaches. */
  private readonly schoolType = signal<SchoolType | null>(null);
  protected readonly offersFailed = signal(false);
  protected readonly offer = signal<OfferDto | null>(null);
  protected readonly busy = signal(false);
  protected readonly submitError = signal<string | null>(null);
  protected readonly serverErrors = signal<FieldError[]>([]);
  protected readonly narrow = signal(false);
  protected readonly weekdayOptions = [1, 2, 3, 4, 5];
  protected readonly levelKey = levelKey;
  protected readonly formatDate = formatDate;
  protected readonly needsSeries = needsSeries;
  protected readonly perClass = perClass;

  protected readonly offerId = this.fb.control('', Validators.required);
  protected readonly groups = this.fb.array<GroupForm>([]);
  protected readonly windows = this.fb.array<WindowForm>([]);
  protected readonly series = this.fb.group({
    frequency: this.fb.control<'weekly' | 'fortnightly'>('weekly'),
    count: this.fb.control<number | null>(6, [Validators.required, Validators.min(1), Validators.max(40)]),
    weekday: this.fb.control(2),
    time: this.fb.control('12:30', [Validators.required, Validators.pattern(LOCAL_TIME_PATTERN)]),
    hearings: this.fb.control(1, [Validators.required, Validators.min(1), Validators.max(5)]),
  });
  protected readonly practical = this.fb.group({
    location: ['', [Validators.required, Validators.minLength(2), Validators.maxLength(200)]],
    contactName: [this.user()?.name ?? '', [Validators.required, Validators.minLength(2), Validators.maxLength(120)]],
    contactEmail: [this.user()?.email ?? '', [Validators.required, Validators.email, Validators.maxLength(254)]],
    contactPhone: ['', Validators.pattern(/^\+?[0-9 ()-]{8,20}$/)],
    interpreter: [false],
    interpreterLanguage: ['', [Validators.minLength(2), Validators.maxLength(40)]],
    parentMeeting: [false],
    onlineParentMeeting: [false],
    notes: ['', Validators.maxLength(2000)],
    funding: ['school', Validators.required],
  });
  /** Gemeente packages the school may draw on for this offer, with what is left. */
  protected readonly fundingOptions = signal<FundingOptionDto[] | null>(null);
  protected readonly chosenPackage = computed(() => {
    this.fundingChoice();
    return this.fundingOptions()?.find((o) => o.orderId === this.practical.controls.funding.value) ?? null;
  });
  private readonly fundingChoice = signal(0);
  /** The dates step: windows, and the series for spreekuren. */
  protected readonly datesStep = new FormGroup({ windows: this.windows, series: this.series });
  /** Per step, the form that must be valid to go on. */
  protected readonly form = new FormGroup({
    offerId: this.offerId,
    groups: this.groups,
    windows: this.windows,
    series: this.series,
    practical: this.practical,
  });

  private readonly media = typeof matchMedia === 'function' ? matchMedia('(max-width: 720px)') : null;
  private readonly onMedia = (e: MediaQueryListEvent) => this.narrow.set(e.matches);

  constructor() {
    this.narrow.set(this.media?.matches ?? false);
    this.media?.addEventListener('change', this.onMedia);
    this.windows.push(this.windowForm());
    this.practical.controls.interpreter.valueChanges.subscribe((on) => {
      const c = this.practical.controls.interpreterLanguage;
      c.setValidators(
        on ? [Validators.required, Validators.minLength(2), Validators.maxLength(40)] : [Validators.maxLength(40)],
      );
      c.updateValueAndValidity();
    });
    this.practical.controls.funding.valueChanges.subscribe(() => this.fundingChoice.update((n) => n + 1));
    const wanted = inject(ActivatedRoute).snapshot.queryParamMap.get('aanbod');
    void this.loadOffers(wanted);
  }

  ngOnDestroy(): void {
    this.media?.removeEventListener('change', this.onMedia);
  }

  protected async loadOffers(wanted: string | null = this.offerId.value || null): Promise<void> {
    this.offersFailed.set(false);
    try {
      const schoolId = this.user()?.organisation.id;
      const [list, school] = await Promise.all([
        this.portal.offers({}),
        schoolId ? this.portal.school(schoolId).catch(() => null) : Promise.resolve(null),
      ]);
      this.schoolType.set(school?.type ?? null);
      this.offers.set(list);
      const chosen = list.find((o) => o.id === wanted);
      if (chosen) this.choose(chosen.id);
    } catch {
      this.offersFailed.set(true);
    }
  }

  /** Picks the offer and shapes the classes step to it (levels, maximum pupils, whether classes are needed). */
  protected choose(id: string): void {
    const offer = this.offers()?.find((o) => o.id === id) ?? null;
    this.offerId.setValue(id);
    this.offer.set(offer);
    if (!offer) return;
    const kept = this.groups.getRawValue();
    this.groups.clear();
    const wanted = perClass(offer.type) ? Math.max(kept.length, 1) : kept.length;
    for (let i = 0; i < wanted; i++) this.groups.push(this.groupForm(offer, kept[i]));
    if (!offer.parentMeetingPossible) this.practical.patchValue({ parentMeeting: false, onlineParentMeeting: false });
    for (const c of Object.values(this.series.controls)) c.updateValueAndValidity();
    if (needsSeries(offer.type)) this.series.enable();
    else this.series.disable();
  }

  /** Entering the practical step: which packages can pay, for the number of sessions the request now has. */
  protected async onStep(index: number): Promise<void> {
    const offer = this.offer();
    if (WIZARD_STEPS[index] !== 'practical' || !offer || !this.schoolId()) return;
    try {
      const options = await this.api.fundingOptions(this.schoolId(), offer.id, sessionCountOf(offer, this.value()));
      this.fundingOptions.set(options);
      const current = this.practical.controls.funding.value;
      if (current !== 'school' && !options.some((o) => o.orderId === current && o.covers)) {
        this.practical.controls.funding.setValue('school');
      }
    } catch {
      this.fundingOptions.set([]);
    }
  }

  protected addGroup(): void {
    const offer = this.offer();
    if (offer) this.groups.push(this.groupForm(offer));
  }

  protected removeGroup(i: number): void {
    this.groups.removeAt(i);
  }

  protected addWindow(): void {
    // A new window starts a week after the last one, with the same days and hours.
    const last = this.windows.at(this.windows.length - 1)?.getRawValue();
    const from = last ? addDays(last.to, 7) : defaultWindow(this.today).from;
    this.windows.push(this.windowForm(last ? { ...last, from, to: addDays(from, 27) } : undefined));
  }

  protected removeWindow(i: number): void {
    this.windows.removeAt(i);
  }

  protected weekdayName(day: number): string {
    return this.i18n.t(`weekday.${day}` as TranslationKey);
  }

  /** The error text beside a field: the API's reason when it refused it, else the browser's own check. */
  protected message(
    control: AbstractControl | null,
    key: TranslationKey,
    params?: Record<string, string | number>,
  ): string {
    const server = control?.errors?.['server'];
    return typeof server === 'string' ? server : this.i18n.t(key, params);
  }

  protected value(): WizardValue {
    return {
      groups: this.groups.getRawValue(),
      windows: this.windows.getRawValue(),
      series: { ...this.series.getRawValue(), frequency: this.series.controls.frequency.value },
      practical: this.practical.getRawValue(),
    };
  }

  /** A refused field as the school knows it, e.g. `Klassen – Klas 2, aantal leerlingen`. */
  protected fieldLabel(field: string): string {
    const t = (key: string, params?: Record<string, string | number>) => this.i18n.t(key as TranslationKey, params);
    const step = t(`wizard.step.${firstStepWithError([{ field, message: '' }])}`);
    const parts = field.split('.');
    const label = (name: string) => (FIELD_LABELS[name] ? t(FIELD_LABELS[name]) : name);
    let what: string;
    if ((parts[0] === 'groups' || parts[0] === 'windows') && parts.length === 3) {
      const legend = parts[0] === 'groups' ? 'wizard.groupLegend' : 'wizard.windowLegend';
      what = `${t(legend, { n: Number(parts[1]) + 1 })}, ${label(parts[2]).toLowerCase()}`;
    } else if (parts[0] === 'series' && parts.length === 2) {
      what = `${t('wizard.series')}, ${label(parts[1]).toLowerCase()}`;
    } else {
      what = label(field);
    }
    return `${step} – ${what}`;
  }

  protected async submit(): Promise<void> {
    const offer = this.offer();
    if (!offer || this.busy()) return;
    this.busy.set(true);
    this.submitError.set(null);
    this.serverErrors.set([]);
    try {
      const created = await this.api.create(toCreateRequest(offer, this.value()), this.idempotencyKey);
      await this.router.navigate(['/school/aanvragen', created.id], { state: { submitted: true } });
    } catch (e) {
      const body = apiError(e);
      const errors = body?.errors ?? [];
      this.serverErrors.set(errors);
      this.submitError.set(body?.message ?? this.i18n.t('wizard.submitFailed'));
      for (const err of errors) {
        const path = controlPathOf(err.field);
        const control = path ? this.form.get(path) : null;
        if (control) {
          control.setErrors({ server: err.message });
          control.markAsTouched();
        }
      }
      if (errors.length) {
        const stepper = this.stepper();
        if (stepper) stepper.selectedIndex = WIZARD_STEPS.indexOf(firstStepWithError(errors));
      }
    } finally {
      this.busy.set(false);
    }
  }

  /** The offer's levels that this school teaches (all of them until the school's type is known). */
  protected levelsFor(offer: OfferDto): Level[] {
    return levelsForSchool(offer.levels, this.schoolType());
  }

  private groupForm(offer: OfferDto, from?: { name: string; level: Level | ''; pupilCount: number | null }): GroupForm {
    const levels = this.levelsFor(offer);
    const level = from?.level && levels.includes(from.level) ? from.level : levels.length === 1 ? levels[0] : '';
    return this.fb.group({
      name: this.fb.control(from?.name ?? '', [Validators.required, Validators.maxLength(20)]),
      level: this.fb.control<Level | ''>(level, Validators.required),
      pupilCount: this.fb.control<number | null>(from?.pupilCount ?? null, [
        Validators.required,
        Validators.min(1),
        Validators.max(offer.maxPupilsPerGroup),
      ]),
    });
  }

  private windowForm(initial = defaultWindow(this.today)): WindowForm {
    return this.fb.group(
      {
        from: this.fb.control(initial.from, Validators.required),
        to: this.fb.control(initial.to, Validators.required),
        weekdays: this.fb.control<number[]>(initial.weekdays, atLeastOne),
        earliest: this.fb.control(initial.earliest, [Validators.required, Validators.pattern(LOCAL_TIME_PATTERN)]),
        latest: this.fb.control(initial.latest, [Validators.required, Validators.pattern(LOCAL_TIME_PATTERN)]),
      },
      { validators: windowRules },
    );
  }
}
