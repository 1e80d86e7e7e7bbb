import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, input, OnInit, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import type { SessionEvaluationDto } from '@halt/contracts';
import { I18n, TranslatePipe } from '@halt/web/core';
import { LoadError } from '@halt/web/ui';
import { formatClassCode, spellClassCode } from '../class-code-model';
import { formatMoment } from '../dates-model';
import { MySessionsApi } from './my-sessions-api';

let nextId = 0;

/**
 * A delivered session's evaluation, to show the class: the class code (large, in two groups of four), its QR code
 * and address, how many answered, until when, and the teacher's link to copy. Give it the evaluation when the
 * page has it (`MySessionDto.evaluation`); otherwise it loads it by session id.
 */
@Component({
  selector: 'halt-session-evaluation-panel',
  imports: [MatButtonModule, TranslatePipe, LoadError],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="panel" [attr.aria-labelledby]="headingId">
      <div class="panel-heading" role="heading" [attr.aria-level]="headingLevel()" [id]="headingId">
        {{ 'evaluation.panel.heading' | t }}
      </div>
      @if (data(); as ev) {
        <p>
          {{ (ev.audience === 'parent' ? 'evaluation.panel.introParents' : 'evaluation.panel.introPupils') | t }}
        </p>
        <div class="code-and-qr">
          <div>
            <p class="code-label">{{ 'evaluation.panel.code' | t }}</p>
            <p class="class-code">
              <span aria-hidden="true">{{ format(ev.classCode) }}</span>
              <span class="visually-hidden">{{ spell(ev.classCode) }}</span>
            </p>
            <p class="url">{{ ev.classCodeUrl }}</p>
          </div>
          @if (qrUrl(); as src) {
            <img
              class="qr"
              [src]="src"
              [alt]="'evaluation.panel.qrAlt' | t: { code: format(ev.classCode) }"
              width="200"
              height="200"
            />
          } @else if (qrFailed()) {
            <p class="hint">{{ 'evaluation.panel.qrFailed' | t }}</p>
          }
        </div>
        <dl class="details">
          <dt>{{ 'evaluation.panel.answers' | t }}</dt>
          <dd>{{ 'evaluation.panel.answersOf' | t: { answers: ev.answers, limit: ev.limit } }}</dd>
          <dt>{{ 'evaluation.panel.teacher' | t }}</dt>
          <dd>
            {{ (ev.teacherAnswered ? 'evaluation.panel.teacherDone' : 'evaluation.panel.teacherOpen') | t }}
          </dd>
          <dt>{{ (ev.open ? 'evaluation.panel.closesAt' : 'evaluation.panel.closedAt') | t }}</dt>
          <dd>{{ moment(ev.closesAt) }}</dd>
        </dl>
        <p class="actions">
          <a mat-stroked-button [href]="ev.teacherUrl" target="_blank" rel="noopener">
            {{ 'evaluation.panel.openTeacherForm' | t }}
          </a>
          <button mat-stroked-button type="button" (click)="copy(ev.teacherUrl)">
            {{ 'evaluation.panel.copyTeacherLink' | t }}
          </button>
        </p>
        <div aria-live="polite">
          @if (copied()) {
            <p class="notice" role="status">{{ 'evaluation.panel.copied' | t }}</p>
          } @else if (copyFailed()) {
            <div class="notice">
              <p>{{ 'evaluation.panel.copyFailed' | t }}</p>
              <p class="url">{{ ev.teacherUrl }}</p>
            </div>
          }
        </div>
      } @else if (failed()) {
        <halt-load-error [message]="'common.loadFailed' | t" [retryLabel]="'common.retry' | t" (retry)="fetch()" />
      } @else {
        <p role="status">{{ 'common.loading' | t }}</p>
      }
    </section>
  `,
  styles: `
    .panel {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      padding: 0.5rem 1rem 1rem;
      margin: 0.75rem 0;
      background: var(--mat-sys-surface-container-low);
    }
    .panel-heading {
      font: var(--mat-sys-title-medium);
      margin: 0.5rem 0;
    }
    .code-and-qr {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 1rem 2rem;
    }
    .code-and-qr > div {
      min-width: 0;
    }
    .code-label {
      margin: 0;
      font: var(--mat-sys-label-large);
    }
    .class-code {
      margin: 0.25rem 0;
      font-family: ui-monospace, 'Cascadia Mono', 'Courier New', monospace;
      font-size: clamp(1.75rem, 8vw, 3rem);
      font-weight: 700;
      letter-spacing: 0.15em;
      white-space: nowrap;
    }
    .url {
      margin: 0.25rem 0;
      overflow-wrap: anywhere;
    }
    .qr {
      max-width: 100%;
      height: auto;
      background: #fff;
      padding: 0.5rem;
    }
    .hint {
      color: var(--mat-sys-on-surface-variant);
    }
    .actions {
      margin: 0.75rem 0 0.25rem;
    }
  `,
})
export class SessionEvaluationPanel implements OnInit {
  readonly sessionId = input.required<string>();
  /** The evaluation, when the page already has it; otherwise it is loaded. */
  readonly evaluation = input<SessionEvaluationDto | null>(null);
  /** Level of the panel's heading in the page's outline. */
  readonly headingLevel = input<2 | 3 | 4>(3);

  private readonly api = inject(MySessionsApi);
  private readonly i18n = inject(I18n);
  protected readonly headingId = `session-evaluation-${++nextId}`;

  private readonly loaded = signal<SessionEvaluationDto | null>(null);
  protected readonly data = computed(() => this.evaluation() ?? this.loaded());
  protected readonly failed = signal(false);
  protected readonly qrUrl = signal<string | null>(null);
  protected readonly qrFailed = signal(false);
  protected readonly copied = signal(false);
  protected readonly copyFailed = signal(false);

  private destroyed = false;

  constructor() {
    inject(DestroyRef).onDestroy(() => {
      this.destroyed = true;
      const url = this.qrUrl();
      if (url) URL.revokeObjectURL(url);
    });
  }

  ngOnInit(): void {
    if (!this.evaluation()) void this.fetch();
    void this.fetchQr();
  }

  protected async fetch(): Promise<void> {
    this.failed.set(false);
    try {
      this.loaded.set(await this.api.evaluation(this.sessionId()));
    } catch {
      this.failed.set(true);
    }
  }

  protected format(code: string): string {
    return formatClassCode(code);
  }

  protected moment(iso: string): string {
    return formatMoment(iso, this.i18n.locale());
  }

  protected spell(code: string): string {
    return spellClassCode(code);
  }

  protected async copy(url: string): Promise<void> {
    this.copied.set(false);
    this.copyFailed.set(false);
    try {
      await navigator.clipboard.writeText(url);
      this.copied.set(true);
    } catch {
      // No clipboard (permission, old browser): the link is shown to copy by hand.
      this.copyFailed.set(true);
    }
  }

  /** The SVG as an object URL: `<img>` shows it without running anything in it, and Angular allows `blob:`. */
  private async fetchQr(): Promise<void> {
    try {
      const svg = await this.api.qrCode(this.sessionId());
      if (this.destroyed) return;
      this.qrUrl.set(URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' })));
    } catch {
      this.qrFailed.set(true);
    }
  }
}
