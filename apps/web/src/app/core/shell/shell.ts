import { BreakpointObserver } from '@angular/cdk/layout';
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
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatToolbarModule } from '@angular/material/toolbar';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { map } from 'rxjs';
import { SessionStore } from '../auth/session';
import { ToolsLoad } from '../tools-load';
import { LanguageButtonLabel } from '../i18n/language-button-label';
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
    MatButtonModule,
    MatIconModule,
    RouterOutlet,
    RouterLink,
    RouterLinkActive,
    TranslocoPipe,
    LanguageSwitch,
    LanguageButtonLabel,
    GlobalSearch,
    UserMenu,
    UserButtonLabel,
  ],
  templateUrl: './shell.html',
  styleUrls: ['./shell.scss', './user-button.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '(keydown.escape)': 'closeDrawer()' },
})
export class Shell {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly nav = viewChild.required<ElementRef<HTMLElement>>('nav');
  protected readonly session = inject(SessionStore);
  protected readonly tools = inject(ToolsLoad);
  protected readonly navItems = computed(() =>
    this.session.isAdmin() ? [...NAV_ITEMS, ...ADMIN_NAV_ITEMS] : NAV_ITEMS,
  );

  protected readonly narrow = toSignal(
    inject(BreakpointObserver)
      .observe(NARROW)
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );
  /** On a narrow screen: whether the navigation is shown over the content. */
  protected readonly drawerOpen = signal(false);
  /** Whether it has been opened once: its links stay then, so closing can slide them out. */
  protected readonly drawerOpened = signal(false);

  /** Escape in the open drawer closes it and gives the focus back to the button that opened it. */
  protected closeDrawer(): void {
    if (!this.drawerOpen()) return;
    this.drawerOpen.set(false);
    this.host.nativeElement.querySelector<HTMLElement>('[aria-controls="main-nav"]')?.focus();
  }

  /** The toolbar's menu button; an opened drawer takes the focus, as a dialog would. */
  protected toggleDrawer(): void {
    this.drawerOpen.set(!this.drawerOpen());
    if (!this.drawerOpen()) return;
    this.drawerOpened.set(true);
    afterNextRender(() => this.nav().nativeElement.querySelector<HTMLElement>('a')?.focus(), {
      injector: this.injector,
    });
  }
}
