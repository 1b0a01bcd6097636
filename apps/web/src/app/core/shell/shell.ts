import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, computed, inject, viewChild } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatSidenav, MatSidenavModule } from '@angular/material/sidenav';
import { MatToolbarModule } from '@angular/material/toolbar';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { map } from 'rxjs';
import { SessionStore } from '../auth/session';
import { LanguageSwitch } from '../i18n/language-switch';
import { GlobalSearch } from '../../search/global-search';
import { UserButtonLabel } from './user-button-label';
import { UserMenu } from './user-menu';

interface NavItem {
  path: string;
  icon: string;
  label: string;
  testId?: string;
}

/** The main navigation, in the order a manager's day goes. */
const NAV_ITEMS: readonly NavItem[] = [
  { path: '/dashboard', icon: 'dashboard', label: 'nav.dashboard' },
  { path: '/startups', icon: 'business', label: 'nav.startups' },
  { path: '/mentors', icon: 'school', label: 'nav.mentors' },
  { path: '/investors', icon: 'euro', label: 'nav.investors' },
  { path: '/programmes', icon: 'workspaces', label: 'nav.programmes' },
  { path: '/cohorts', icon: 'group', label: 'nav.cohorts' },
  { path: '/imports', icon: 'upload', label: 'nav.imports' },
];

/** What admins see below it. */
const ADMIN_NAV_ITEMS: readonly NavItem[] = [
  { path: '/users', icon: 'group', label: 'nav.users' },
  { path: '/vocabularies/regions', icon: 'label', label: 'nav.regions', testId: 'nav-regions' },
  { path: '/mailbox', icon: 'mail', label: 'nav.mailbox', testId: 'nav-mailbox' },
  { path: '/privacy', icon: 'shield', label: 'nav.privacy', testId: 'nav-privacy' },
];

/** Below this width the navigation slides over the content instead of sitting beside it. */
const NARROW = '(max-width: 959.98px)';

@Component({
  selector: 'app-shell',
  imports: [
    MatToolbarModule,
    MatSidenavModule,
    MatButtonModule,
    MatIconModule,
    RouterOutlet,
    RouterLink,
    RouterLinkActive,
    TranslocoPipe,
    LanguageSwitch,
    GlobalSearch,
    UserMenu,
    UserButtonLabel,
  ],
  templateUrl: './shell.html',
  styleUrls: ['./shell.scss', './user-button.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Shell {
  private readonly sidenav = viewChild.required(MatSidenav);
  protected readonly session = inject(SessionStore);
  protected readonly navItems = computed(() =>
    this.session.isAdmin() ? [...NAV_ITEMS, ...ADMIN_NAV_ITEMS] : NAV_ITEMS,
  );

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
}
