import { DOCUMENT } from '@angular/common';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  Injector,
  signal,
  viewChild,
} from '@angular/core';
import { FormGroupDirective, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import type { FundedRequestDto, PackageOrderDto } from '@halt/contracts';
import {
  apiError,
  AuthStore,
  I18n,
  load,
  offerTypeKey,
  packageOrderStateKey,
  TranslatePipe,
  type TranslationKey,
} from '@halt/web/core';
import { LoadError, saveText } from '@halt/web/ui';
import { BudgetBar } from './budget-bar';
import { formatDate, formatMoment, knownRequestStateKey, ledgerKindKey, signed } from './labels';
import { OrderStatus } from './order-status';
import { PackagesApi, type PlainOrderAction, type ReasonOrderAction } from './packages-api';

const REASON = [Validators.required, Validators.minLength(3), Validators.maxLength(500)];

/** The requests an order funded, grouped per school. */
interface SchoolGroup {
  id: string;
  name: string;
  requests: FundedRequestDto[];
  reserved: number;
  consumed: number;
}

/**
 * One package order (`/gemeente/pakketten/:id`, `/beheer/pakketten/:id`): its details and credits, the actions the
 * signed-in user may take now (from `allowedActions`), the ledger, the funded requests per school and the history.
 */
@Component({
  selector: 'halt-package-order-detail',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
    LoadError,
    BudgetBar,
    OrderStatus,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './package-order-detail.html',
  styles: `
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1rem;
      align-items: center;
      margin: 0.5rem 0 1rem;
    }
    .number {
      text-align: right;
      white-space: nowrap;
    }
    .school-row th {
      background: var(--mat-sys-surface-container);
    }
    .hint {
      color: var(--mat-sys-on-surface-variant);
    }
    .messages:focus {
      outline: none;
    }
  `,
})
export class PackageOrderDetail {
  private readonly api = inject(PackagesApi);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly i18n = inject(I18n);
  private readonly user = inject(AuthStore).user;
  private readonly id = inject(ActivatedRoute).snapshot.paramMap.get('id') ?? '';
  private readonly messages = viewChild<ElementRef<HTMLElement>>('messages');

  /** Shown once, right after the wizard saved this draft. */
  protected readonly justSaved = !!inject(Router).currentNavigation()?.extras.state?.['saved'];
  protected readonly isGemeente = computed(() => this.user()?.role === 'gemeente');
  protected readonly listLink = computed(() => (this.isGemeente() ? '/gemeente/pakketten' : '/beheer/pakketten'));

  private readonly loaded = load(() => this.api.get(this.id));
  /** The order as the last action returned it; newer than the loaded one. */
  private readonly updated = signal<PackageOrderDto | null>(null);
  protected readonly order = computed(() => this.updated() ?? this.loaded.value());
  protected readonly failed = this.loaded.failed;
  /** Back to the list at the order's year. */
  protected readonly backQuery = computed(() => {
    const o = this.order();
    return o ? { jaar: o.subsidyYear } : null;
  });
  protected readonly schoolGroups = computed(() => groupBySchool(this.order()?.requests ?? []));

  protected readonly busy = signal(false);
  protected readonly done = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);

  protected readonly returnForm = this.fb.group({ reason: ['', REASON] });
  protected readonly cancelForm = this.fb.group({ reason: ['', REASON] });
  protected readonly amendForm = this.fb.group({
    delta: this.fb.control<number | null>(null, [
      Validators.required,
      Validators.pattern(/^-?\d+$/),
      (c) => (Number(c.value) === 0 && c.value !== null && `${c.value}` !== '' ? { zero: true } : null),
    ]),
    reason: ['', REASON],
  });

  protected readonly formatDate = formatDate;
  protected readonly formatMoment = formatMoment;
  protected readonly ledgerKindKey = ledgerKindKey;
  protected readonly offerTypeKey = offerTypeKey;
  protected readonly packageOrderStateKey = packageOrderStateKey;
  protected readonly knownRequestStateKey = knownRequestStateKey;
  protected readonly signed = signed;

  protected reload(): void {
    this.updated.set(null);
    this.loaded.reload();
  }

  protected can(o: PackageOrderDto, action: string): boolean {
    return o.allowedActions.includes(action);
  }

  protected act(o: PackageOrderDto, action: PlainOrderAction): Promise<void> {
    const done: Record<PlainOrderAction, TranslationKey> = {
      order: 'packages.ordered',
      accept: 'packages.accepted',
      close: 'packages.closed',
    };
    return this.run(() => this.api.act(o.id, action), done[action]);
  }

  protected withReason(o: PackageOrderDto, action: ReasonOrderAction, dir?: FormGroupDirective): Promise<void> {
    const form = action === 'return' ? this.returnForm : this.cancelForm;
    form.markAllAsTouched();
    if (form.invalid) return Promise.resolve();
    return this.run(
      () => this.api.actWithReason(o.id, action, form.getRawValue().reason.trim()),
      action === 'return' ? 'packages.returned' : 'packages.cancelled',
      // resetForm also clears the 'submitted' state, so the emptied field does not show an error.
      () => (dir ? dir.resetForm() : form.reset()),
    );
  }

  protected amend(o: PackageOrderDto, dir?: FormGroupDirective): Promise<void> {
    this.amendForm.markAllAsTouched();
    if (this.amendForm.invalid) return Promise.resolve();
    const v = this.amendForm.getRawValue();
    const delta = Number(v.delta);
    return this.run(
      () => this.api.amend(o.id, { delta, reason: v.reason.trim() }),
      delta > 0 ? 'packages.amendedUp' : 'packages.amendedDown',
      () => (dir ? dir.resetForm() : this.amendForm.reset()),
      { delta: Math.abs(delta) },
    );
  }

  protected async downloadLedger(o: PackageOrderDto): Promise<void> {
    this.error.set(null);
    try {
      saveText(this.document, await this.api.ledgerCsv(o.id), `halt-pakket-${o.reference}-mutaties.csv`);
    } catch (e) {
      this.error.set(apiError(e)?.message ?? this.i18n.t('packages.downloadFailed'));
      this.focusMessages();
    }
  }

  /** Runs an action, shows the order it returns and says what happened, or the API's reason (e.g. a 409). */
  private async run(
    work: () => Promise<PackageOrderDto>,
    doneKey: TranslationKey,
    after?: () => void,
    params?: Record<string, string | number>,
  ): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.done.set(null);
    this.error.set(null);
    try {
      const order = await work();
      this.updated.set(order);
      after?.();
      this.done.set(this.i18n.t(doneKey, { ...params, reference: order.reference }));
    } catch (e) {
      const body = apiError(e);
      const detail = (body?.errors ?? []).map((f) => f.message).join('; ');
      this.error.set(
        detail ? `${body?.message ?? ''} ${detail}`.trim() : (body?.message ?? this.i18n.t('common.saveFailed')),
      );
    } finally {
      this.busy.set(false);
      this.focusMessages();
    }
  }

  /** The button pressed may be gone (e.g. "Bestellen" once ordered): focus moves to what happened. */
  private focusMessages(): void {
    afterNextRender(() => this.messages()?.nativeElement.focus(), { injector: this.injector });
  }
}

function groupBySchool(requests: FundedRequestDto[]): SchoolGroup[] {
  const groups = new Map<string, SchoolGroup>();
  for (const r of requests) {
    let g = groups.get(r.school.id);
    if (!g) {
      g = { id: r.school.id, name: r.school.name, requests: [], reserved: 0, consumed: 0 };
      groups.set(r.school.id, g);
    }
    g.requests.push(r);
    g.reserved += r.credits.reserved;
    g.consumed += r.credits.consumed;
  }
  return [...groups.values()].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}
