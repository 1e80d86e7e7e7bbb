import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  Injector,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import type { EvaluationFormDto } from '@halt/contracts';
import { I18n, load, offerTypeKey, TranslatePipe } from '@halt/web/core';
import { FormMessages, LoadError } from '@halt/web/ui';
import { DashboardsApi } from '../dashboards-api';
import { formatDay, formatNumber } from '../shared/format-model';
import { audienceKey } from '../shared/labels';
import { FormEditor, type FormTarget } from './form-editor';
import {
  draftFrom,
  emptyDraft,
  type FormDraft,
  type FormFamily,
  groupForms,
  missingFamilies,
} from './form-editor-model';

/** What the editor is open for. */
interface Editing {
  draft: FormDraft;
  nextVersion: number;
  /** For a first version: the combinations to choose from. */
  targets: FormTarget[];
  /** The button that opened it, to return to on cancel. */
  returnTo: string;
}

const familyId = (f: { audience: string; offerType: string }) => `${f.audience}-${f.offerType}`;

/**
 * The evaluation forms (`/beheer/evaluatieformulieren`, admin): per audience and offer type the current version
 * and the answers per version. "Nieuwe versie" opens the editor with the current version's questions; saving makes
 * a new version that new answers are given on, while earlier answers stay with the version they were given on.
 */
@Component({
  selector: 'halt-form-admin-page',
  imports: [MatButtonModule, TranslatePipe, LoadError, FormMessages, FormEditor],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'forms.heading' | t }}</h1>
    <p>{{ 'forms.intro' | t }}</p>
    <p class="notice">{{ 'forms.versionsNote' | t }}</p>
    <halt-form-messages [done]="done()" />

    @if (editing(); as e) {
      <halt-form-editor
        [draft]="e.draft"
        [nextVersion]="e.nextVersion"
        [targets]="e.targets"
        (saved)="onSaved($event)"
        (cancelled)="close(e.returnTo)"
      />
    } @else if (forms.failed()) {
      <halt-load-error [message]="'common.loadFailed' | t" [retryLabel]="'common.retry' | t" (retry)="forms.reload()" />
    } @else if (forms.value()) {
      @if (forms.loading()) {
        <p role="status">{{ 'common.loading' | t }}</p>
      }
      @let caption = 'forms.caption' | t: { count: families().length };
      <div class="table-scroll" tabindex="0" role="region" [attr.aria-label]="caption">
        <table>
          <caption>
            {{
              caption
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">{{ 'forms.familyHeader' | t }}</th>
              <th scope="col">{{ 'forms.current' | t }}</th>
              <th scope="col">{{ 'forms.versions' | t }}</th>
              <th scope="col">{{ 'forms.actions' | t }}</th>
            </tr>
          </thead>
          <tbody>
            @for (f of families(); track familyId(f)) {
              @let name = familyName(f);
              <tr>
                <th scope="row">{{ name }}</th>
                <td class="wide">
                  <span class="title">{{
                    'forms.versionTitle' | t: { version: f.current.version, title: f.current.title }
                  }}</span>
                  <span class="meta">{{ currentMeta(f.current) }}</span>
                </td>
                <td>
                  <ul class="versions">
                    @for (v of f.versions; track v.id) {
                      <li>{{ versionLine(v) }}</li>
                    }
                  </ul>
                </td>
                <td>
                  <button
                    mat-stroked-button
                    type="button"
                    [id]="'new-version-' + familyId(f)"
                    [attr.aria-label]="'forms.newVersionLabel' | t: { form: name }"
                    (click)="newVersion(f)"
                  >
                    {{ 'forms.newVersion' | t }}
                  </button>
                </td>
              </tr>
            } @empty {
              <tr>
                <td colspan="4">{{ 'forms.none' | t }}</td>
              </tr>
            }
          </tbody>
        </table>
      </div>
      @if (missing().length) {
        <p class="hint">{{ 'forms.newFormHint' | t }}</p>
        <button mat-stroked-button type="button" id="new-form" (click)="newForm()">{{ 'forms.newForm' | t }}</button>
      }
    } @else {
      <p role="status">{{ 'common.loading' | t }}</p>
    }
  `,
  styles: `
    .wide {
      min-width: 14rem;
    }
    .title {
      display: block;
      font-weight: 500;
    }
    .meta,
    .hint {
      display: block;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    .hint {
      margin: 1rem 0 0.5rem;
    }
    .versions {
      margin: 0;
      padding-left: 1.1rem;
      white-space: nowrap;
    }
  `,
})
export class FormAdminPage {
  private readonly api = inject(DashboardsApi);
  private readonly i18n = inject(I18n);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly forms = load(() => this.api.forms());
  protected readonly families = computed(() => groupForms(this.forms.value() ?? []));
  protected readonly missing = computed(() => missingFamilies(this.families()));
  protected readonly editing = signal<Editing | null>(null);
  protected readonly done = signal<string | null>(null);
  protected readonly familyId = familyId;

  protected familyName(f: FormTarget): string {
    return this.i18n.t('forms.family', {
      audience: this.i18n.t(audienceKey(f.audience)),
      offerType: this.i18n.t(offerTypeKey(f.offerType)),
    });
  }

  protected day(iso: string): string {
    return formatDay(iso.slice(0, 10), this.i18n.locale());
  }

  /** "2 vragen, sinds 10 jan 2027". */
  protected currentMeta(form: EvaluationFormDto): string {
    const count = form.questions.length;
    return this.i18n.t(count === 1 ? 'forms.currentMetaOne' : 'forms.currentMeta', {
      questions: count,
      date: this.day(form.createdAt),
    });
  }

  /** "Versie 3 (in gebruik): 1.204 antwoorden". */
  protected versionLine(v: EvaluationFormDto): string {
    return this.i18n.t(v.current ? 'forms.versionLineCurrent' : 'forms.versionLine', {
      version: v.version,
      answers: formatNumber(v.answers, this.i18n.locale()),
    });
  }

  protected newVersion(f: FormFamily): void {
    this.done.set(null);
    this.editing.set({
      draft: draftFrom(f.current),
      nextVersion: Math.max(...f.versions.map((v) => v.version)) + 1,
      targets: [],
      returnTo: `#new-version-${familyId(f)}`,
    });
  }

  protected newForm(): void {
    const targets = this.missing();
    if (!targets.length) return;
    this.done.set(null);
    this.editing.set({
      draft: emptyDraft(targets[0].audience, targets[0].offerType),
      nextVersion: 1,
      targets,
      returnTo: '#new-form',
    });
  }

  protected onSaved(form: EvaluationFormDto): void {
    this.editing.set(null);
    this.done.set(this.i18n.t('forms.saved', { version: form.version, form: this.familyName(form) }));
    this.forms.reload();
    this.focus('halt-form-messages');
  }

  protected close(returnTo: string): void {
    this.editing.set(null);
    this.focus(returnTo);
  }

  private focus(selector: string): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(), {
      injector: this.injector,
    });
  }
}
