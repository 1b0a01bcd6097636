import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

/**
 * A mentor's or investor's load as one figure with its parts: "2 + 1 offered / 3". Places held
 * by an open offer (or, in a matching run, by a proposal not sent yet) count against the
 * capacity as much as live ones, so that a mentor with three open offers never reads "0 / 3".
 * Screen readers hear the parts in words instead of the signs.
 */
@Component({
  selector: 'app-load-figure',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'load-figure', '[class.full]': 'full()', 'data-testid': 'load-figure' },
  // The visible parts in one span without template whitespace between them; a part that is 0
  // is left out ("2 / 3", "0 + 3 offered / 3").
  template: `<span aria-hidden="true"
      >{{ live()
      }}{{ offered() > 0 ? ' ' + ('load.offeredPart' | transloco: { count: offered() }) : ''
      }}{{ proposed() > 0 ? ' ' + ('load.proposedPart' | transloco: { count: proposed() }) : ''
      }}{{ ' / ' + capacity() }}</span
    ><span class="visually-hidden">{{
      ' ' +
        ('load.spoken'
          | transloco
            : { live: live(), offered: offered(), proposed: proposed(), capacity: capacity() })
    }}</span>`,
})
export class LoadFigure {
  /** Places taken for good: live mentorships (investors: accepted introductions). */
  readonly live = input.required<number>();
  /** Places held by offers sent and not yet answered. */
  readonly offered = input(0);
  /** Places held by a run's proposals that are not sent yet. */
  readonly proposed = input(0);
  readonly capacity = input.required<number>();

  /** Every place taken or promised. */
  readonly used = computed(() => this.live() + this.offered() + this.proposed());
  protected readonly full = computed(() => this.used() >= this.capacity());
}
