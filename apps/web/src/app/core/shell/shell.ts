import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, computed, inject, viewChild } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatListModule } from '@angular/material/list';
import { MatMenuModule } from '@angular/material/menu';
import { MatSidenav, MatSidenavModule } from '@angular/material/sidenav';
import { MatToolbarModule } from '@angular/material/toolbar';
import { Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { map } from 'rxjs';
import { SessionStore } from '../auth/session';
import { LanguageSwitch } from '../i18n/language-switch';
import { GlobalSearch } from '../../search/global-search';

/** The main navigation, in the order a manager's day goes. */
const NAV_ITEMS = [
  { path: '/dashboard', icon: 'dashboard', label: 'nav.dashboard' },
  { path: '/startups', icon: 'business', label: 'nav.startups' },
  { path: '/mentors', icon: 'school', label: 'nav.mentors' },
  { path: '/investors', icon: 'euro', label: 'nav.investors' },
  { path: '/programmes', icon: 'workspaces', label: 'nav.programmes' },
  { path: '/cohorts', icon: 'group', label: 'nav.cohorts' },
  { path: '/imports', icon: 'upload', label: 'nav.imports' },
] as const;

/** Below this width the navigation slides over the content instead of sitting beside it. */
const NARROW = '(max-width: 959.98px)';

@Component({
  selector: 'app-shell',
  imports: [
    MatToolbarModule,
    MatSidenavModule,
    MatListModule,
    MatMenuModule,
    MatButtonModule,
    MatIconModule,
    RouterOutlet,
    RouterLink,
    RouterLinkActive,
    TranslocoPipe,
    LanguageSwitch,
    GlobalSearch,
  ],
  templateUrl: './shell.html',
  styleUrl: './shell.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Shell {
  private readonly router = inject(Router);
  private readonly sidenav = viewChild.required(MatSidenav);
  protected readonly session = inject(SessionStore);
  protected readonly navItems = NAV_ITEMS;

  protected readonly narrow = toSignal(
    inject(BreakpointObserver)
      .observe(NARROW)
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );
  protected readonly mode = computed(() => (this.narrow() ? 'over' : 'side'));

  protected closeIfOver(): void {
    if (this.narrow()) void this.sidenav().close();
  }

  protected signOut(): void {
    this.session.signOut().subscribe(() => void this.router.navigate(['/sign-in']));
  }
}
