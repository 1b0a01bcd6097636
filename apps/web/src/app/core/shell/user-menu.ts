import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { Router } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { SessionStore } from '../auth/session';
import { UserButtonLabel } from './user-button-label';

/**
 * The toolbar's account button and its menu. The shell loads it right after its first render
 * (the menu and its overlay are not needed to show that page) and shows the same button
 * without a menu until then, so nothing moves.
 */
@Component({
  selector: 'app-user-menu',
  imports: [MatButtonModule, MatIconModule, MatMenuModule, TranslocoPipe, UserButtonLabel],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './user-button.scss',
  template: `
    @if (session.user(); as user) {
      <button
        mat-button
        type="button"
        class="user-button"
        data-testid="user-menu"
        [matMenuTriggerFor]="userMenu"
      >
        <app-user-button-label [user]="user" />
      </button>
      <mat-menu #userMenu="matMenu" xPosition="before">
        <div class="menu-identity" mat-menu-item disabled>
          <span>{{ user.email }}</span>
        </div>
        <button mat-menu-item type="button" data-testid="sign-out" (click)="signOut()">
          <mat-icon svgIcon="logout" aria-hidden="true" />
          <span>{{ 'user.signOut' | transloco }}</span>
        </button>
      </mat-menu>
    }
  `,
})
export class UserMenu {
  private readonly router = inject(Router);
  protected readonly session = inject(SessionStore);

  protected signOut(): void {
    this.session.signOut().subscribe(() => void this.router.navigate(['/sign-in']));
  }
}
