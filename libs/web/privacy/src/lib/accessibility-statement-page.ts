import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TranslatePipe, type TranslationKey } from '@halt/web/core';
import { type A11yCheck, a11yOutcome } from './a11y-check-model';
import check from './a11y-check.json';

/**
 * The accessibility statement (toegankelijkheidsverklaring) in the Dutch public-sector style: status, what was
 * checked, known problems, contact. The date and outcome of the last axe check come from `a11y-check.json`, which
 * `npm run a11y:check` writes; without a check it says so.
 */
@Component({
  selector: 'halt-accessibility-statement-page',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <article class="statement">
      <h1>{{ 'a11y.heading' | t }}</h1>
      <p>{{ 'a11y.intro' | t }}</p>
      <h2>{{ 'a11y.statusHeading' | t }}</h2>
      <p>{{ 'a11y.status' | t }}</p>
      <h2>{{ 'a11y.checkedHeading' | t }}</h2>
      <p>{{ 'a11y.checkedHow' | t }}</p>
      <p data-testid="a11y-outcome">{{ outcomeKey | t: outcomeParams }}</p>
      <h2>{{ 'a11y.problemsHeading' | t }}</h2>
      <ul>
        <li>{{ 'a11y.problemCharts' | t }}</li>
        <li>{{ 'a11y.problemManual' | t }}</li>
        <li>{{ 'a11y.problemQueues' | t }}</li>
      </ul>
      <h2>{{ 'a11y.contactHeading' | t }}</h2>
      <p>{{ 'a11y.contact' | t }}</p>
    </article>
  `,
  styles: `
    .statement {
      max-width: 45rem;
      overflow-wrap: anywhere;
    }
  `,
})
export class AccessibilityStatementPage {
  private readonly outcome = a11yOutcome(check as A11yCheck);
  protected readonly outcomeKey: TranslationKey =
    this.outcome.kind === 'passed'
      ? 'a11y.outcomePassed'
      : this.outcome.kind === 'findings'
        ? 'a11y.outcomeFindings'
        : 'a11y.outcomeNone';
  protected readonly outcomeParams: Record<string, string | number> =
    this.outcome.kind === 'not-measured' ? {} : { ...this.outcome };
}
