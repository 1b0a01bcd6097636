/**
 * A form field drawn as it will look (an outlined Material field: its label, or its label above
 * its value) while its real control has not loaded (`ToolsLoad`). Plain elements: it costs the
 * first page a few nodes, not a form field's code and rendering. `records.field-facades` draws it.
 */
export interface FieldFacade {
  /** The real control's name (`formControlName`): pressed, it gets the focus once loaded. */
  control: string;
  /** The label's translation key. */
  label: string;
  /** `search` has the search icon in front, `select` the drop-down arrow behind. */
  kind: 'search' | 'select' | 'text';
  /** The value shown, as the reader reads it; empty for none. */
  value?: string | null;
  /** Or the translation key of the value. */
  valueKey?: string;
}
