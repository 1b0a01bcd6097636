import { describe, expect, it } from '@jest/globals';
import { createRegionForm, parentChoices, toSaveRequest } from './region-form-model';

const tree = [
  { key: 'europe', depth: 0 },
  { key: 'germany', depth: 1 },
  { key: 'sachsen', depth: 2 },
  { key: 'leipzig', depth: 3 },
  { key: 'bayern', depth: 2 },
  { key: 'france', depth: 1 },
];

describe('region form model', () => {
  it('offers as parents every region but the one edited and those within it', () => {
    expect(parentChoices(tree, 'germany').map((o) => o.key)).toEqual(['europe', 'france']);
    expect(parentChoices(tree, 'leipzig').map((o) => o.key)).toEqual([
      'europe',
      'germany',
      'sachsen',
      'bayern',
      'france',
    ]);
    expect(parentChoices(tree, null)).toHaveLength(6);
  });

  it('takes keys of lower-case words joined by dashes, and trims the labels it sends', () => {
    const form = createRegionForm();
    form.setValue({
      key: 'Landkreis Leipzig',
      labelDe: ' Landkreis ',
      labelEn: 'x',
      parent: 'sachsen',
    });
    expect(form.controls.key.hasError('pattern')).toBe(true);
    form.controls.key.setValue('landkreis-leipzig');
    expect(form.valid).toBe(true);
    expect(toSaveRequest(form)).toEqual({ labelDe: 'Landkreis', labelEn: 'x', parent: 'sachsen' });
  });
});
