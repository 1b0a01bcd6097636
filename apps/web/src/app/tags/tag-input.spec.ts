import { beforeEach, describe, expect, it } from '@jest/globals';
import { Component } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { HttpTestingController } from '@angular/common/http/testing';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { provideTestEnvironment, settle } from '../../testing/test-providers';
import { TagInput } from './tag-input';

@Component({
  imports: [ReactiveFormsModule, TagInput],
  template: `<form [formGroup]="form">
    <app-tag-input list="startups" formControlName="tags" label="Tags" />
  </form>`,
})
class Host {
  readonly form = new FormGroup({
    tags: new FormControl<string[]>(['EXIST'], { nonNullable: true }),
  });
}

describe('TagInput', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<Host>;
  const el = () => fixture.nativeElement as HTMLElement;
  const chips = () =>
    [...el().querySelectorAll('mat-chip-row')].map((chip) =>
      chip.textContent?.replace(/\s+/g, ' ').trim(),
    );
  const input = () => el().querySelector<HTMLInputElement>('[data-testid="tag-input"]')!;

  function type(text: string): void {
    input().value = text;
    input().dispatchEvent(new Event('input'));
    input().dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', keyCode: 13 }));
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [provideTestEnvironment()] });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(Host);
    fixture.detectChanges();
    await fixture.whenStable();
  });

  it('shows the control’s tags and adds typed ones, normalised, once', async () => {
    expect(chips()).toEqual(['EXIST']);
    type('  Batch   2025 ');
    type('exist');
    await fixture.whenStable();
    expect(fixture.componentInstance.form.controls.tags.value).toEqual(['EXIST', 'Batch 2025']);
    expect(chips()).toEqual(['EXIST', 'Batch 2025']);
  });

  it('refuses an invalid tag and says why', async () => {
    type('#nope');
    await fixture.whenStable();
    expect(fixture.componentInstance.form.controls.tags.value).toEqual(['EXIST']);
    expect(el().querySelector('[role="alert"]')?.textContent).toContain(
      '“#nope” is not a valid tag',
    );
  });

  it('removes a tag', async () => {
    el().querySelector<HTMLButtonElement>('button[matChipRemove]')!.click();
    await fixture.whenStable();
    expect(fixture.componentInstance.form.controls.tags.value).toEqual([]);
  });

  it('suggests tags in use on the list, without those already chosen', async () => {
    input().focus();
    input().value = 'ba';
    input().dispatchEvent(new Event('input'));
    await settle(250);
    http
      .expectOne((req) => req.url === '/api/v1/tags' && req.params.get('q') === 'ba')
      .flush([
        { tag: 'Batch 2025', count: 4 },
        { tag: 'exist', count: 2 },
      ]);
    await fixture.whenStable();
    const options = [...document.querySelectorAll('mat-option')].map((o) =>
      o.textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(options).toEqual(['Batch 2025 4×']);
  });

  it('shows the API’s error for the tags under the field', async () => {
    const control = fixture.componentInstance.form.controls.tags;
    control.setErrors({ server: '"x" is not a valid tag' });
    control.markAsTouched();
    fixture.detectChanges();
    await fixture.whenStable();
    expect(el().querySelector('mat-error')?.textContent).toContain('"x" is not a valid tag');
  });
});
