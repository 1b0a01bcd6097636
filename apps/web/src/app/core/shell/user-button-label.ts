import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';
import { User } from '@kohorte/contracts';

/** What the account button shows: the same before and after its menu has loaded. */
@Component({
  selector: 'app-user-button-label',
  imports: [MatIconModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    /* A row that centres the icon, as a block in the button's label: as inline content of the
       label's line the icon's box grew by the text's descent (Material gives icons in buttons
       min-height: fit-content) and held the glyph at its top, 4.5px above the toolbar's other
       icons. */
    :host {
      display: flex;
      align-items: center;
    }

    :host .mat-icon {
      flex: none;
      min-height: 0;
    }

    .user-name {
      margin: 0 6px 0 8px;
    }

    .user-role {
      font: var(--mat-sys-label-small);
      padding: 2px 8px;
      border-radius: 999px;
      /* Inverted (blue on white): a translucent pill over the blue bar fell below 4.5:1 contrast. */
      background: var(--mat-sys-on-primary);
      color: var(--mat-sys-primary);
    }

    @media (max-width: 599.98px) {
      .user-name,
      .user-role {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip-path: inset(50%);
        white-space: nowrap;
      }
    }
  `,
  template: `
    <!-- The accessible name is the visible text (WCAG 2.5.3) plus what the button opens; on a
         phone the name and role are hidden from sight only, so the button keeps its name. -->
    <mat-icon svgIcon="account" aria-hidden="true" />
    <span class="user-name">{{ user().name }}</span>
    <span class="user-role">{{ 'roles.' + user().role | transloco }}</span>
    <!-- styles.scss's class: CDK's own comes only once some CDK component has loaded it. -->
    <span class="visually-hidden">{{ 'user.menuSuffix' | transloco }}</span>
  `,
})
export class UserButtonLabel {
  readonly user = input.required<User>();
}
