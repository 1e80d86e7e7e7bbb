import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TranslatePipe } from '@halt/web/core';

/** The privacy statement (privacyverklaring): public, what the portal keeps, why, how long, and the person's rights. */
@Component({
  selector: 'halt-privacy-statement-page',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <article class="statement">
      <h1>{{ 'privacy.heading' | t }}</h1>
      <p>{{ 'privacy.intro' | t }}</p>
      <h2>{{ 'privacy.whatHeading' | t }}</h2>
      <ul>
        <li>{{ 'privacy.whatAccounts' | t }}</li>
        <li>{{ 'privacy.whatRequests' | t }}</li>
        <li>{{ 'privacy.whatParents' | t }}</li>
        <li>{{ 'privacy.whatAudit' | t }}</li>
        <li>{{ 'privacy.whatPupils' | t }}</li>
      </ul>
      <h2>{{ 'privacy.whyHeading' | t }}</h2>
      <p>{{ 'privacy.why' | t }}</p>
      <h2>{{ 'privacy.howLongHeading' | t }}</h2>
      <ul>
        <li>{{ 'privacy.howLongRequests' | t }}</li>
        <li>{{ 'privacy.howLongIp' | t }}</li>
        <li>{{ 'privacy.howLongParents' | t }}</li>
        <li>{{ 'privacy.howLongSessions' | t }}</li>
      </ul>
      <h2>{{ 'privacy.rightsHeading' | t }}</h2>
      <p>{{ 'privacy.rights' | t }}</p>
      <h2>{{ 'privacy.contactHeading' | t }}</h2>
      <p>{{ 'privacy.contact' | t }}</p>
    </article>
  `,
  styles: `
    .statement {
      max-width: 45rem;
      overflow-wrap: anywhere;
    }
  `,
})
export class PrivacyStatementPage {}
