import { describe, expect, it } from '@jest/globals';
import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { inSlices } from './in-slices';

@Component({
  selector: 'app-host',
  template: `@for (row of shown(); track $index) {
    <p>{{ row }}</p>
  }`,
})
class Host {
  readonly items = signal<number[]>([]);
  readonly shown = inSlices(this.items, 8);
}

const numbers = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);

describe('inSlices', () => {
  function host() {
    const fixture = TestBed.createComponent(Host);
    const rendered = () =>
      [...(fixture.nativeElement as HTMLElement).querySelectorAll('p')].map((p) =>
        Number(p.textContent),
      );
    return { fixture, rendered };
  }

  it('renders a screenful at once and the rest in later tasks, each after a paint', async () => {
    const { fixture, rendered } = host();
    fixture.componentInstance.items.set(numbers(1, 25));
    fixture.detectChanges();
    expect(rendered()).toEqual(numbers(1, 8));

    await fixture.whenStable();
    expect(rendered()).toEqual(numbers(1, 25));
  });

  it('renders a short list at once and keeps the app stable', async () => {
    const { fixture, rendered } = host();
    fixture.componentInstance.items.set(numbers(1, 5));
    fixture.detectChanges();
    expect(rendered()).toEqual(numbers(1, 5));
    expect(fixture.isStable()).toBe(true);
  });

  it('starts over with new rows, never mixing in the old ones', async () => {
    const { fixture, rendered } = host();
    fixture.componentInstance.items.set(numbers(1, 25));
    fixture.detectChanges();
    fixture.componentInstance.items.set(numbers(101, 20));
    fixture.detectChanges();
    expect(rendered()).toEqual(numbers(101, 8));

    await fixture.whenStable();
    expect(rendered()).toEqual(numbers(101, 20));
  });
});
