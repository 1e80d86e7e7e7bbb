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
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { BookingRequestSummaryDto } from '@halt/contracts';
import { apiError, I18n, load, TranslatePipe } from '@halt/web/core';
import { LoadError, Pager, pagesOf } from '@halt/web/ui';
import { formatDate } from './labels';
import { PackagesApi } from './packages-api';

/**
 * "Goedkeuren": requests of the gemeente's schools on a package that needs its approval. Approving reserves the
 * credits; rejecting needs a reason. A decided request leaves the list and a message says what happened.
 */
@Component({
  selector: 'halt-approval-inbox',
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, TranslatePipe, LoadError, Pager],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'approvals.heading' | t }}</h1>
    <p>{{ 'approvals.intro' | t }}</p>

    <div #messages class="messages" tabindex="-1">
      <div role="status">
        @if (done(); as message) {
          <p class="notice">{{ message }}</p>
        }
      </div>
      <div role="alert">
        @if (error(); as message) {
          <p class="notice notice--error">{{ message }}</p>
        }
      </div>
    </div>

    @if (requests.failed()) {
      <halt-load-error
        [message]="'common.loadFailed' | t"
        [retryLabel]="'common.retry' | t"
        (retry)="requests.reload()"
      />
    } @else if (requests.value(); as result) {
      @let list = open();
      @let caption = 'approvals.caption' | t: { count: result.total - decided().size };
      <div class="table-scroll" tabindex="0" role="region" [attr.aria-label]="caption">
        <table>
          <caption>
            {{
              caption
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">{{ 'approvals.reference' | t }}</th>
              <th scope="col">{{ 'approvals.school' | t }}</th>
              <th scope="col">{{ 'approvals.offer' | t }}</th>
              <th scope="col" class="number">{{ 'approvals.pupils' | t }}</th>
              <th scope="col">{{ 'approvals.firstWindow' | t }}</th>
              <th scope="col">{{ 'approvals.decision' | t }}</th>
            </tr>
          </thead>
          <tbody>
            @for (r of list; track r.id) {
              <tr>
                <th scope="row">{{ r.reference }}</th>
                <td>{{ r.schoolName }}</td>
                <td>{{ r.offerTitle }}</td>
                <td class="number">{{ r.pupils }}</td>
                <td>{{ formatDate(r.firstWindowFrom, i18n.locale()) }}</td>
                <td class="decision">
                  @if (rejecting() === r.id) {
                    <form class="reject-form" [formGroup]="rejectForm" (ngSubmit)="reject(r)" novalidate>
                      <mat-form-field appearance="outline">
                        <mat-label>{{ 'approvals.rejectReason' | t }}</mat-label>
                        <input #reasonInput matInput formControlName="reason" maxlength="500" required />
                        @if (reason.invalid) {
                          <mat-error>{{ 'approvals.reasonRequired' | t }}</mat-error>
                        }
                      </mat-form-field>
                      <div class="buttons">
                        <button
                          mat-flat-button
                          type="submit"
                          [disabled]="busy()"
                          [attr.aria-label]="'approvals.confirmRejectLabel' | t: { reference: r.reference }"
                        >
                          {{ 'approvals.confirmReject' | t }}
                        </button>
                        <button mat-button type="button" (click)="stopRejecting()">
                          {{ 'approvals.back' | t }}
                        </button>
                      </div>
                    </form>
                  } @else {
                    <div class="buttons">
                      <button
                        mat-flat-button
                        type="button"
                        [disabled]="busy()"
                        (click)="approve(r)"
                        [attr.aria-label]="'approvals.approveLabel' | t: { reference: r.reference }"
                      >
                        {{ 'approvals.approve' | t }}
                      </button>
                      <button
                        mat-stroked-button
                        type="button"
                        [disabled]="busy()"
                        (click)="startRejecting(r)"
                        [attr.aria-label]="'approvals.rejectLabel' | t: { reference: r.reference }"
                      >
                        {{ 'approvals.reject' | t }}
                      </button>
                    </div>
                  }
                </td>
              </tr>
            } @empty {
              <tr>
                <td colspan="6">{{ 'approvals.none' | t }}</td>
              </tr>
            }
          </tbody>
        </table>
      </div>
      @if (pagesOf(result) > 1) {
        <halt-pager
          [page]="result.page"
          [pages]="pagesOf(result)"
          [busy]="requests.loading()"
          [label]="'planning.pagerLabel' | t"
          [status]="'common.pageOf' | t: { page: result.page, pages: pagesOf(result) }"
          [previousLabel]="'common.previous' | t"
          [nextLabel]="'common.next' | t"
          (pageChange)="goTo($event)"
        />
      }
    } @else {
      <p role="status">{{ 'common.loading' | t }}</p>
    }
  `,
  styles: `
    .number {
      text-align: right;
    }
    .decision {
      min-width: 14rem;
    }
    .buttons {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
    .reject-form mat-form-field {
      width: 100%;
    }
    .messages:focus {
      outline: none;
    }
  `,
})
export class ApprovalInbox {
  private readonly api = inject(PackagesApi);
  private readonly injector = inject(Injector);
  protected readonly i18n = inject(I18n);
  private readonly messages = viewChild<ElementRef<HTMLElement>>('messages');
  private readonly reasonInput = viewChild<ElementRef<HTMLInputElement>>('reasonInput');

  private readonly page = signal(1);
  protected readonly requests = load(() => this.api.awaitingApproval(this.page()));
  protected readonly pagesOf = pagesOf;
  /** Requests decided here since the page was loaded. */
  protected readonly decided = signal<ReadonlySet<string>>(new Set());
  protected readonly open = computed(() =>
    (this.requests.value()?.items ?? []).filter((r) => r.status === 'awaiting_approval' && !this.decided().has(r.id)),
  );
  protected readonly rejecting = signal<string | null>(null);
  protected readonly reason = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.minLength(3), Validators.maxLength(500)],
  });
  protected readonly rejectForm = new FormGroup({ reason: this.reason });
  protected readonly busy = signal(false);
  protected readonly done = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly formatDate = formatDate;

  /** Another page; what was decided here has left the list, so the pages are counted afresh. */
  protected goTo(page: number): void {
    this.page.set(page);
    this.decided.set(new Set());
    this.requests.reload();
  }

  protected startRejecting(r: BookingRequestSummaryDto): void {
    this.reason.reset('');
    this.rejecting.set(r.id);
    afterNextRender(() => this.reasonInput()?.nativeElement.focus(), { injector: this.injector });
  }

  protected stopRejecting(): void {
    this.rejecting.set(null);
  }

  protected approve(r: BookingRequestSummaryDto): Promise<void> {
    return this.decide(r, () => this.api.approve(r.id), 'approvals.approved');
  }

  protected reject(r: BookingRequestSummaryDto): Promise<void> {
    this.reason.markAsTouched();
    if (this.reason.invalid) return Promise.resolve();
    const reason = this.reason.value.trim();
    return this.decide(r, () => this.api.reject(r.id, reason), 'approvals.rejected');
  }

  private async decide(
    r: BookingRequestSummaryDto,
    work: () => Promise<unknown>,
    doneKey: 'approvals.approved' | 'approvals.rejected',
  ): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.done.set(null);
    this.error.set(null);
    try {
      await work();
      this.decided.update((ids) => new Set([...ids, r.id]));
      this.rejecting.set(null);
      this.done.set(this.i18n.t(doneKey, { reference: r.reference, school: r.schoolName }));
    } catch (e) {
      this.error.set(
        this.i18n.t('approvals.failed', {
          reference: r.reference,
          reason: apiError(e)?.message ?? this.i18n.t('common.saveFailed'),
        }),
      );
    } finally {
      this.busy.set(false);
      // The row (and the button pressed) may be gone: focus moves to the message.
      afterNextRender(() => this.messages()?.nativeElement.focus(), { injector: this.injector });
    }
  }
}
