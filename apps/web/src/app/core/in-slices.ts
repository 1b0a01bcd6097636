import { isPlatformServer } from '@angular/common';
import {
  afterNextRender,
  computed,
  DestroyRef,
  effect,
  inject,
  Injector,
  linkedSignal,
  PendingTasks,
  PLATFORM_ID,
  Signal,
  untracked,
} from '@angular/core';

/**
 * The first `perTask` of `items` at once, the rest `perTask` more per task, each after the
 * browser has painted the ones before: what a page renders as a list of parts (a list's rows, the
 * dashboard's cards). A list page's 25 rows rendered in one go are one long task (80 ms on a slow
 * machine, four times that on the phone Lighthouse pretends to be) in which the page answers no
 * tap; in slices the first rows show as soon and the page stays responsive. A new `items` array
 * starts over; the same array again changes nothing.
 *
 * While slices are outstanding the app is not stable (`PendingTasks`), so `whenStable()` (tests,
 * `ToolsLoad`) waits for every row. On the server, which paints nothing, every item renders at
 * once. Call in an injection context.
 */
export function inSlices<T>(items: Signal<readonly T[]>, perTask: number): Signal<T[]> {
  if (isPlatformServer(inject(PLATFORM_ID))) return computed(() => [...items()]);
  const injector = inject(Injector);
  const pendingTasks = inject(PendingTasks);
  const shown = linkedSignal(() => items().slice(0, perTask));
  let timer: ReturnType<typeof setTimeout> | undefined;
  let release: (() => void) | undefined;

  const stop = () => {
    clearTimeout(timer);
    release?.();
    release = undefined;
  };

  const showMore = (all: readonly T[], count: number) => {
    afterNextRender(
      () => {
        timer = setTimeout(() => {
          // Newer rows came meanwhile: their own slicing has taken over.
          if (untracked(items) !== all) return;
          shown.set(all.slice(0, count));
          if (count < all.length) showMore(all, count + perTask);
          else stop();
        });
      },
      { injector },
    );
  };

  effect(() => {
    const all = items();
    untracked(() => {
      stop();
      if (all.length <= perTask) return;
      release = pendingTasks.add();
      showMore(all, 2 * perTask);
    });
  });
  inject(DestroyRef).onDestroy(stop);
  return shown.asReadonly();
}
