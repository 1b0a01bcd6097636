import { HttpErrorResponse } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { StartupContact } from '@kohorte/contracts';
import { SessionStore } from '../core/auth/session';
import { whenConfirmed } from '../core/dialogs/confirm-dialog';
import { ContactDialog, ContactDialogData } from './contact-dialog';
import { StartupsApi } from './startups-api';

/**
 * "Founders & contacts" of a startup: the people, with a link to the mentor record when the same
 * person also mentors; writers add, edit and remove them. Emits `changed` after each change (the
 * page then refreshes its timeline).
 */
@Component({
  selector: 'app-startup-contacts',
  imports: [MatButtonModule, MatIconModule, RouterLink, TranslocoPipe],
  template: `
    <section class="contacts" data-testid="contacts" aria-labelledby="contacts-heading">
      <div class="section-header">
        <h2 id="contacts-heading">{{ 'startups.contacts.title' | transloco }}</h2>
        @if (session.canWrite()) {
          <button mat-stroked-button type="button" data-testid="add-contact" (click)="add()">
            <mat-icon svgIcon="person-add" aria-hidden="true" />
            {{ 'startups.contacts.add' | transloco }}
          </button>
        }
      </div>
      @if (failed()) {
        <p class="form-error" role="alert">{{ 'startups.contacts.loadError' | transloco }}</p>
      } @else if (loaded() && contacts().length === 0) {
        <p class="muted">{{ 'startups.contacts.empty' | transloco }}</p>
      }
      <ul class="people">
        @for (contact of contacts(); track contact.id) {
          <li data-testid="contact-row">
            <div class="who">
              <span class="name">{{ contact.fullName }}</span>
              @if (contact.isFounder) {
                <span class="badge">{{ 'startups.contacts.founder' | transloco }}</span>
              }
              @if (contact.role) {
                <span class="muted">{{ contact.role }}</span>
              }
            </div>
            <div class="how">
              <a [href]="'mailto:' + contact.email">{{ contact.email }}</a>
              @if (contact.phone) {
                <span>{{ contact.phone }}</span>
              }
              @if (contact.mentorId) {
                <a data-testid="contact-mentor-link" [routerLink]="['/mentors', contact.mentorId]">
                  <mat-icon svgIcon="school" aria-hidden="true" />
                  {{ 'startups.contacts.alsoMentor' | transloco }}
                </a>
              }
            </div>
            @if (session.canWrite()) {
              <div class="actions">
                <button
                  mat-icon-button
                  type="button"
                  data-testid="edit-contact"
                  [attr.aria-label]="
                    'startups.contacts.edit' | transloco: { name: contact.fullName }
                  "
                  (click)="edit(contact)"
                >
                  <mat-icon svgIcon="edit" aria-hidden="true" />
                </button>
                <button
                  mat-icon-button
                  type="button"
                  data-testid="remove-contact"
                  [attr.aria-label]="
                    'startups.contacts.remove' | transloco: { name: contact.fullName }
                  "
                  (click)="remove(contact)"
                >
                  <mat-icon svgIcon="delete" aria-hidden="true" />
                </button>
              </div>
            }
          </li>
        }
      </ul>
    </section>
  `,
  styles: `
    .section-header {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 8px;
      margin-bottom: 8px;
    }
    h2 {
      font: var(--mat-sys-title-medium);
      color: var(--mat-sys-primary);
      margin: 0;
    }
    .people {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    li {
      display: grid;
      grid-template-columns: minmax(0, 1fr) auto;
      gap: 4px 12px;
      padding: 10px 0;
      border-top: 1px solid var(--mat-sys-outline-variant);
    }
    li:first-child {
      border-top: 0;
    }
    .who,
    .how {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 12px;
      align-items: center;
      grid-column: 1;
      overflow-wrap: anywhere;
    }
    .name {
      font: var(--mat-sys-label-large);
    }
    .badge {
      font: var(--mat-sys-label-small);
      padding: 2px 8px;
      border-radius: 999px;
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    .how mat-icon {
      width: 16px;
      height: 16px;
      vertical-align: text-bottom;
    }
    .actions {
      grid-column: 2;
      grid-row: 1 / span 2;
      display: flex;
      align-items: center;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StartupContacts {
  private readonly api = inject(StartupsApi);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  protected readonly session = inject(SessionStore);

  readonly startupId = input.required<string>();
  readonly changed = output<void>();

  protected readonly contacts = signal<StartupContact[]>([]);
  protected readonly loaded = signal(false);
  protected readonly failed = signal(false);

  constructor() {
    effect(() => {
      const id = this.startupId();
      untracked(() => this.load(id));
    });
  }

  protected add(): void {
    this.openDialog({ startupId: this.startupId() });
  }

  protected edit(contact: StartupContact): void {
    this.openDialog({ startupId: this.startupId(), contact });
  }

  protected remove(contact: StartupContact): void {
    whenConfirmed(this.dialog, {
      title: this.transloco.translate('startups.contacts.removeTitle'),
      message: this.transloco.translate('startups.contacts.removeMessage', {
        name: contact.fullName,
      }),
      confirm: this.transloco.translate('startups.contacts.removeConfirm'),
    }).subscribe(() => {
      this.api.removeContact(this.startupId(), contact.id).subscribe({
        next: () => {
          this.contacts.update((contacts) => contacts.filter((c) => c.id !== contact.id));
          this.changed.emit();
        },
        error: (error: unknown) => this.failure(error),
      });
    });
  }

  private openDialog(data: ContactDialogData): void {
    this.dialog
      .open<ContactDialog, ContactDialogData, StartupContact>(ContactDialog, { data })
      .afterClosed()
      .subscribe((saved) => {
        if (!saved) return;
        // The server's order (founders first, then by name) after every change.
        this.load(this.startupId());
        this.changed.emit();
      });
  }

  private load(id: string): void {
    this.failed.set(false);
    this.api.contacts(id).subscribe({
      next: (contacts) => {
        this.contacts.set(contacts);
        this.loaded.set(true);
      },
      error: () => this.failed.set(true),
    });
  }

  private failure(error: unknown): void {
    // 401 and 403 have their own handling in the HTTP interceptor.
    if (error instanceof HttpErrorResponse && (error.status === 401 || error.status === 403)) {
      return;
    }
    this.snackBar.open(this.transloco.translate('errors.generic'), undefined, {
      duration: 6000,
      panelClass: 'snack-error',
    });
  }
}
