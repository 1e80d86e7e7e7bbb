import { BreakpointObserver } from '@angular/cdk/layout';
import { CdkDrag, CdkDragDrop, CdkDropList, CdkDropListGroup } from '@angular/cdk/drag-drop';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { MatCheckboxModule } from '@angular/material/checkbox';
import type { CalendarBlockDto, UnplannedSessionDto } from '@halt/contracts';
import { todayInAmsterdam } from '@halt/domain';
import { apiError, I18n, load, TranslatePipe } from '@halt/web/core';
import { LoadError, Pager, pagesOf } from '@halt/web/ui';
import { map } from 'rxjs';
import { PlanningApi } from '../planning-api';
import { blockPosition, blocksByDate, rangeOf, SLOT_TIMES, step, verdictFor } from './calendar-model';

type View = 'week' | 'month';

/**
 * `/planner/agenda`: the planning calendar. A week (a day column per school day, 08:00–17:00) or a month of the
 * planned sessions of the planner's regions, of one specialist or one school; the sessions still waiting for a date
 * in a side list. A planner drags a waiting session onto a slot — or, by keyboard, chooses "Inplannen" and then a
 * slot button or the date and time fields. The hard rules are checked first (the candidates of that slot); a refusal
 * says why and writes nothing. Narrow screens get a list of the days instead of the grid.
 */
@Component({
  selector: 'halt-planning-calendar-page',
  imports: [
    RouterLink,
    CdkDropListGroup,
    CdkDropList,
    CdkDrag,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatCheckboxModule,
    TranslatePipe,
    LoadError,
    Pager,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'calendar.heading' | t }}</h1>
    <p>{{ 'calendar.intro' | t }}</p>

    <div class="toolbar">
      <div class="views" role="group" [attr.aria-label]="'calendar.view' | t">
        <button mat-stroked-button type="button" [attr.aria-pressed]="view() === 'week'" (click)="setView('week')">
          {{ 'calendar.week' | t }}
        </button>
        <button mat-stroked-button type="button" [attr.aria-pressed]="view() === 'month'" (click)="setView('month')">
          {{ 'calendar.month' | t }}
        </button>
      </div>
      <div class="periods">
        <button mat-button type="button" (click)="move(-1)">{{ 'calendar.previous' | t }}</button>
        <span class="period" aria-live="polite">{{ periodLabel() }}</span>
        <button mat-button type="button" (click)="move(1)">{{ 'calendar.next' | t }}</button>
        <button mat-button type="button" (click)="toToday()">{{ 'calendar.today' | t }}</button>
      </div>
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'calendar.goTo' | t }}</mat-label>
        <input matInput type="date" [value]="anchor()" (change)="goTo($any($event.target).value)" />
      </mat-form-field>
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'calendar.specialist' | t }}</mat-label>
        <mat-select [value]="staffId()" (valueChange)="staffId.set($event); blocks.reload()">
          <mat-option [value]="''">{{ 'calendar.everyone' | t }}</mat-option>
          @for (s of staff.value() ?? []; track s.id) {
            <mat-option [value]="s.id">{{ s.name }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'calendar.school' | t }}</mat-label>
        <mat-select [value]="schoolId()" (valueChange)="schoolId.set($event); blocks.reload(); unplanned.reload()">
          <mat-option [value]="''">{{ 'calendar.allSchools' | t }}</mat-option>
          @for (s of schools(); track s.id) {
            <mat-option [value]="s.id">{{ s.name }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-checkbox [checked]="onlyUnstaffed()" (change)="onlyUnstaffed.set($event.checked)">
        {{ 'calendar.onlyUnstaffed' | t }}
      </mat-checkbox>
    </div>

    <p class="message" role="status">{{ done() }}</p>
    @if (refusal(); as r) {
      <div class="refusal" role="alert">
        <p>{{ r.title }}</p>
        <ul>
          @for (reason of r.reasons; track reason) {
            <li>{{ reason }}</li>
          }
        </ul>
      </div>
    }

    <div class="layout" cdkDropListGroup>
      <section class="waiting" aria-labelledby="waiting-heading">
        <h2 id="waiting-heading">
          {{ 'calendar.waiting' | t: { count: unplanned.value()?.total ?? 0 } }}
        </h2>
        @if (unplanned.failed()) {
          <halt-load-error
            [message]="'common.loadFailed' | t"
            [retryLabel]="'common.retry' | t"
            (retry)="unplanned.reload()"
          />
        } @else if (unplanned.value(); as page) {
          <ul
            class="waiting-list"
            cdkDropList
            [cdkDropListSortingDisabled]="true"
            [cdkDropListData]="'waiting'"
            [cdkDropListEnterPredicate]="never"
          >
            @for (u of page.items; track u.sessionId) {
              <li class="waiting-item" cdkDrag [cdkDragData]="u" [class.picked]="picked()?.sessionId === u.sessionId">
                <span class="what">{{ u.offerTitle }}</span>
                <span>{{ u.schoolName }}</span>
                <span class="detail">{{
                  'calendar.waitingDetail'
                    | t
                      : {
                          minutes: u.durationMinutes,
                          from: dayLabel(u.windowFrom),
                          to: dayLabel(u.windowTo),
                        }
                }}</span>
                <button
                  mat-stroked-button
                  type="button"
                  [attr.aria-pressed]="picked()?.sessionId === u.sessionId"
                  (click)="pick(u)"
                >
                  {{ 'calendar.pick' | t }}<span class="visually-hidden">: {{ u.offerTitle }}, {{ u.schoolName }}</span>
                </button>
              </li>
            } @empty {
              <li>{{ 'calendar.nothingWaiting' | t }}</li>
            }
          </ul>
          @if (pagesOf(page) > 1) {
            <halt-pager
              [page]="page.page"
              [pages]="pagesOf(page)"
              [busy]="unplanned.loading()"
              [label]="'calendar.waitingPager' | t"
              [status]="'common.pageOf' | t: { page: page.page, pages: pagesOf(page) }"
              [previousLabel]="'common.previous' | t"
              [nextLabel]="'common.next' | t"
              (pageChange)="waitingPage.set($event); unplanned.reload()"
            />
          }
        } @else {
          <p role="status">{{ 'common.loading' | t }}</p>
        }

        @if (picked(); as p) {
          <form class="plan-form" (submit)="$event.preventDefault(); planPicked()">
            <h3>{{ 'calendar.planHeading' | t: { what: p.offerTitle, school: p.schoolName } }}</h3>
            <p>{{ 'calendar.planHint' | t }}</p>
            <mat-form-field appearance="outline" subscriptSizing="dynamic">
              <mat-label>{{ 'calendar.date' | t }}</mat-label>
              <input
                matInput
                type="date"
                [min]="p.windowFrom"
                [max]="p.windowTo"
                [value]="formDate()"
                (input)="formDate.set($any($event.target).value)"
                required
              />
            </mat-form-field>
            <mat-form-field appearance="outline" subscriptSizing="dynamic">
              <mat-label>{{ 'calendar.time' | t }}</mat-label>
              <input
                matInput
                type="time"
                step="900"
                [value]="formTime()"
                (input)="formTime.set($any($event.target).value)"
                required
              />
            </mat-form-field>
            <div class="form-actions">
              <button mat-flat-button type="submit" [disabled]="busy()">{{ 'calendar.planIt' | t }}</button>
              <button mat-button type="button" (click)="picked.set(null)">{{ 'calendar.cancel' | t }}</button>
            </div>
          </form>
        }
      </section>

      <section class="grid-area" [attr.aria-label]="periodLabel()">
        @if (blocks.failed()) {
          <halt-load-error
            [message]="'common.loadFailed' | t"
            [retryLabel]="'common.retry' | t"
            (retry)="blocks.reload()"
          />
        } @else if (narrow() || view() === 'month') {
          @for (week of range().weeks; track week[0]) {
            <div class="month-week" [class.list]="narrow()">
              @for (date of week; track date) {
                <section class="month-day" [attr.aria-labelledby]="'day-' + date">
                  <h3 [id]="'day-' + date">{{ dayLabel(date) }}</h3>
                  <ul class="day-list">
                    @for (b of byDate().get(date) ?? []; track b.sessionId) {
                      <li class="chip" [class.unstaffed]="b.staff.length < b.staffNeeded">
                        <a [routerLink]="['/planner/aanvragen', b.requestId]">
                          {{ b.start }}–{{ b.end }} {{ b.schoolName }}
                        </a>
                        <span>{{ b.offerTitle }}</span>
                        <span>{{ staffText(b) }}</span>
                        @for (flag of flags(b); track flag) {
                          <span class="flag">{{ flag }}</span>
                        }
                      </li>
                    } @empty {
                      @if (narrow()) {
                        <li class="empty">{{ 'calendar.noSessions' | t }}</li>
                      }
                    }
                  </ul>
                </section>
              }
            </div>
          }
        } @else {
          <div class="week">
            <div class="hours" aria-hidden="true">
              @for (t of slotTimes; track t) {
                <span>{{ t.endsWith(':00') ? t : '' }}</span>
              }
            </div>
            @for (date of range().weeks[0]; track date) {
              <section class="day" [attr.aria-labelledby]="'day-' + date">
                <h3 [id]="'day-' + date">{{ dayLabel(date) }}</h3>
                <div class="timeline">
                  @for (t of slotTimes; track t) {
                    <div
                      class="slot"
                      cdkDropList
                      [cdkDropListData]="{ date, time: t }"
                      (cdkDropListDropped)="dropped($event)"
                    >
                      @if (picked()) {
                        <button type="button" class="slot-button" (click)="planAt(date, t)">
                          <span class="visually-hidden">{{
                            'calendar.planHere' | t: { day: dayLabel(date), time: t }
                          }}</span>
                        </button>
                      }
                    </div>
                  }
                  <ul class="blocks">
                    @for (b of byDate().get(date) ?? []; track b.sessionId) {
                      <li
                        class="block"
                        [class.unstaffed]="b.staff.length < b.staffNeeded"
                        [style.top.%]="position(b).top"
                        [style.height.%]="position(b).height"
                      >
                        <a [routerLink]="['/planner/aanvragen', b.requestId]">{{ b.start }}–{{ b.end }}</a>
                        <span class="what">{{ b.schoolName }}</span>
                        <span>{{ b.offerTitle }}</span>
                        <span>{{ staffText(b) }}</span>
                        @for (flag of flags(b); track flag) {
                          <span class="flag">{{ flag }}</span>
                        }
                      </li>
                    }
                  </ul>
                </div>
              </section>
            }
          </div>
        }
      </section>
    </div>
  `,
  styles: `
    .toolbar {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem 1rem;
      align-items: center;
      margin-bottom: 1rem;
    }
    .views,
    .periods {
      display: flex;
      gap: 0.25rem;
      align-items: center;
      flex-wrap: wrap;
    }
    .views button[aria-pressed='true'] {
      background: var(--mat-sys-secondary-container);
    }
    .period {
      font-weight: 600;
      min-width: 12ch;
      text-align: center;
    }
    .refusal {
      border-left: 4px solid var(--mat-sys-error);
      padding: 0.25rem 1rem;
      margin-bottom: 1rem;
    }
    .layout {
      display: grid;
      grid-template-columns: minmax(14rem, 18rem) 1fr;
      gap: 1rem;
      align-items: start;
    }
    .waiting-list,
    .day-list,
    .blocks {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .waiting-item {
      display: flex;
      flex-direction: column;
      gap: 0.15rem;
      padding: 0.5rem;
      margin-bottom: 0.5rem;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
      background: var(--mat-sys-surface);
      cursor: grab;
    }
    .waiting-item.picked {
      outline: 3px solid var(--mat-sys-primary);
    }
    .what {
      font-weight: 600;
    }
    .detail {
      font-size: 0.875rem;
    }
    .plan-form {
      display: flex;
      flex-direction: column;
      gap: 0.5rem;
      margin-top: 1rem;
    }
    .form-actions {
      display: flex;
      gap: 0.5rem;
    }
    .week {
      display: grid;
      grid-template-columns: 3.5rem repeat(5, minmax(7rem, 1fr));
      overflow-x: auto;
    }
    .hours {
      display: grid;
      grid-template-rows: repeat(18, 2.5rem);
      margin-top: 2.75rem;
      font-size: 0.8rem;
    }
    .day h3,
    .month-day h3 {
      font-size: 1rem;
      margin: 0 0 0.5rem;
      height: 2.25rem;
    }
    .timeline {
      position: relative;
      display: grid;
      grid-template-rows: repeat(18, 2.5rem);
      border-left: 1px solid var(--mat-sys-outline-variant);
    }
    .slot {
      border-top: 1px solid var(--mat-sys-outline-variant);
      position: relative;
    }
    .slot.cdk-drop-list-dragging,
    .slot:hover {
      background: var(--mat-sys-surface-container-high);
    }
    .slot-button {
      position: absolute;
      inset: 0;
      width: 100%;
      background: transparent;
      border: 1px dashed var(--mat-sys-primary);
      cursor: pointer;
      z-index: 2;
    }
    .slot-button:focus-visible {
      outline: 3px solid var(--mat-sys-primary);
      background: var(--mat-sys-primary-container);
    }
    .blocks {
      position: absolute;
      inset: 0;
      pointer-events: none;
    }
    .block {
      position: absolute;
      left: 2px;
      right: 2px;
      overflow: hidden;
      display: flex;
      flex-direction: column;
      font-size: 0.8rem;
      line-height: 1.2;
      padding: 0.2rem 0.3rem;
      border-radius: 6px;
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
      pointer-events: auto;
    }
    .block a,
    .chip a {
      color: inherit;
      font-weight: 600;
    }
    .unstaffed {
      border: 2px dashed var(--mat-sys-error);
    }
    .flag {
      font-weight: 600;
    }
    .month-week {
      display: grid;
      grid-template-columns: repeat(5, minmax(0, 1fr));
      gap: 0.5rem;
      margin-bottom: 0.5rem;
    }
    .month-week.list {
      grid-template-columns: 1fr;
    }
    .month-day {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
      padding: 0.4rem;
      min-height: 5rem;
    }
    .chip {
      display: flex;
      flex-direction: column;
      font-size: 0.85rem;
      margin-bottom: 0.35rem;
      padding: 0.2rem 0.3rem;
      border-radius: 6px;
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    .empty {
      font-style: italic;
    }
    @media (max-width: 700px) {
      .layout {
        grid-template-columns: 1fr;
      }
    }
  `,
})
export class PlanningCalendarPage {
  private readonly api = inject(PlanningApi);
  private readonly i18n = inject(I18n);
  protected readonly slotTimes = SLOT_TIMES;
  protected readonly pagesOf = pagesOf;
  protected readonly never = () => false;

  private readonly query = inject(ActivatedRoute).snapshot.queryParamMap;
  protected readonly view = signal<View>('week');
  /** `?datum=YYYY-MM-DD` opens that week (the planner's home links the first session without a specialist). */
  protected readonly anchor = signal(
    /^\d{4}-\d{2}-\d{2}$/.test(this.query.get('datum') ?? '')
      ? (this.query.get('datum') as string)
      : todayInAmsterdam(new Date()),
  );
  /** `?zonder-medewerker=ja`: only the sessions that still lack a specialist. */
  protected readonly onlyUnstaffed = signal(this.query.get('zonder-medewerker') === 'ja');
  protected readonly staffId = signal('');
  protected readonly schoolId = signal('');
  protected readonly waitingPage = signal(1);
  protected readonly picked = signal<UnplannedSessionDto | null>(null);
  protected readonly formDate = signal('');
  protected readonly formTime = signal('09:00');
  protected readonly busy = signal(false);
  protected readonly done = signal('');
  protected readonly refusal = signal<{ title: string; reasons: string[] } | null>(null);
  protected readonly narrow = toSignal(
    inject(BreakpointObserver)
      .observe('(max-width: 700px)')
      .pipe(map((s) => s.matches)),
    { initialValue: false },
  );

  protected readonly range = computed(() => rangeOf(this.view(), this.anchor()));
  protected readonly blocks = load(() =>
    this.api.calendar({
      from: this.range().from,
      to: this.range().to,
      staffId: this.staffId() || undefined,
      schoolId: this.schoolId() || undefined,
    }),
  );
  protected readonly unplanned = load(() =>
    this.api.unplanned({ page: this.waitingPage(), schoolId: this.schoolId() || undefined }),
  );
  protected readonly staff = load(() => this.api.allStaff());
  protected readonly byDate = computed(() =>
    blocksByDate(
      (this.blocks.value()?.blocks ?? []).filter(
        (b) => !this.onlyUnstaffed() || b.staff.length < b.staffNeeded || b.needsReplacement,
      ),
    ),
  );
  /** The schools of what is on screen and what is waiting, for the school filter. */
  protected readonly schools = computed(() => {
    const all = new Map<string, string>();
    for (const b of this.blocks.value()?.blocks ?? []) all.set(b.schoolId, b.schoolName);
    for (const u of this.unplanned.value()?.items ?? []) all.set(u.schoolId, u.schoolName);
    if (this.schoolId() && !all.has(this.schoolId())) all.set(this.schoolId(), this.i18n.t('calendar.chosenSchool'));
    return [...all].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
  });
  protected readonly periodLabel = computed(() => {
    const { from, to } = this.range();
    return this.view() === 'week'
      ? this.i18n.t('calendar.weekOf', { from: this.dayLabel(from), to: this.dayLabel(to) })
      : new Intl.DateTimeFormat(this.i18n.locale(), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
          new Date(`${this.anchor().slice(0, 7)}-01T00:00:00Z`),
        );
  });

  protected dayLabel(date: string): string {
    return new Intl.DateTimeFormat(this.i18n.locale(), {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      timeZone: 'UTC',
    }).format(new Date(`${date}T00:00:00Z`));
  }

  protected position(b: CalendarBlockDto): { top: number; height: number } {
    return blockPosition(b);
  }

  protected staffText(b: CalendarBlockDto): string {
    if (b.staff.length === 0) return this.i18n.t('calendar.noSpecialist');
    return b.staff
      .map((s) => this.i18n.t('calendar.staffWithTravel', { name: s.name, minutes: s.travelMinutes }))
      .join(', ');
  }

  /** What a block also needs to say: a replacement is needed, an interpreter is asked for or arranged. */
  protected flags(b: CalendarBlockDto): string[] {
    const out: string[] = [];
    if (b.needsReplacement) out.push(this.i18n.t('calendar.needsReplacement'));
    if (b.interpreterLanguage) {
      out.push(
        this.i18n.t(b.interpreterArranged ? 'calendar.interpreterArranged' : 'calendar.interpreter', {
          language: b.interpreterLanguage,
        }),
      );
    }
    return out;
  }

  protected setView(view: View): void {
    this.view.set(view);
    this.blocks.reload();
  }

  protected move(direction: -1 | 1): void {
    this.anchor.set(step(this.view(), this.anchor(), direction));
    this.blocks.reload();
  }

  protected toToday(): void {
    this.anchor.set(todayInAmsterdam(new Date()));
    this.blocks.reload();
  }

  protected goTo(date: string): void {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return;
    this.anchor.set(date);
    this.blocks.reload();
  }

  protected pick(u: UnplannedSessionDto): void {
    if (this.picked()?.sessionId === u.sessionId) {
      this.picked.set(null);
      return;
    }
    this.picked.set(u);
    this.refusal.set(null);
    // The calendar shows the session's first window week when it shows no day of it.
    const { from, to } = this.range();
    if (u.windowTo < from || u.windowFrom > to) this.goTo(u.windowFrom);
    this.formDate.set(u.windowFrom > this.range().from ? u.windowFrom : this.range().from);
    this.done.set(this.i18n.t('calendar.picked', { what: u.offerTitle, school: u.schoolName }));
  }

  /** A waiting session dropped on a slot (a slot's data is its date and time). */
  protected dropped(event: CdkDragDrop<{ date: string; time: string }>): void {
    const target = event.container.data;
    const session = event.item.data as UnplannedSessionDto;
    if (event.container === event.previousContainer || !target?.date) return;
    void this.plan(session, target.date, target.time);
  }

  protected planAt(date: string, time: string): void {
    const p = this.picked();
    if (p) void this.plan(p, date, time);
  }

  protected planPicked(): void {
    const p = this.picked();
    if (p && this.formDate() && this.formTime()) void this.plan(p, this.formDate(), this.formTime());
  }

  /**
   * Plans `u` at a date and time, with the chosen specialist when one is chosen: first the live check (who may take
   * it then, and why not), then the date and time, then the specialist. A refusal says why; nothing is written.
   */
  private async plan(u: UnplannedSessionDto, date: string, time: string): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.refusal.set(null);
    this.done.set('');
    const staffId = this.staffId() || null;
    const staffName = this.staff.value()?.find((s) => s.id === staffId)?.name;
    const when = `${this.dayLabel(date)} ${time}`;
    try {
      const verdict = verdictFor(await this.api.candidates(u.sessionId, date, time, 50), staffId);
      if (!verdict.ok) {
        this.refusal.set({ title: this.i18n.t('calendar.refused', { when }), reasons: verdict.reasons });
        return;
      }
      await this.api.plan(u.sessionId, { date, time });
      if (staffId) {
        try {
          await this.api.assignStaff(u.sessionId, { staffIds: [staffId], pinned: true });
        } catch (e) {
          this.refusal.set({
            title: this.i18n.t('calendar.plannedWithoutSpecialist', { when }),
            reasons: [apiError(e)?.message ?? this.i18n.t('matching.assignFailed')],
          });
          return;
        }
      }
      this.picked.set(null);
      this.done.set(
        staffName
          ? this.i18n.t('calendar.plannedWith', { what: u.offerTitle, when, name: staffName })
          : this.i18n.t('calendar.planned', { what: u.offerTitle, when }),
      );
    } catch (e) {
      const body = apiError(e);
      const reasons = [
        ...(body?.message && !body.errors?.length ? [body.message] : []),
        ...(body?.errors ?? []).map((x) => x.message),
      ].filter((x) => x);
      this.refusal.set({
        title: this.i18n.t('calendar.refused', { when }),
        reasons: reasons.length ? reasons : [this.i18n.t('common.loadFailed')],
      });
    } finally {
      this.busy.set(false);
      this.blocks.reload();
      this.unplanned.reload();
    }
  }
}
