import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { FieldErrorPipe } from '../core/forms/field-error';
import { TermOption } from '../core/vocabularies/vocabularies';
import {
  CITY_MAX,
  DESCRIPTION_MAX,
  NAME_MAX,
  ONE_LINER_MAX,
  StartupForm,
} from './startup-form-model';
import { provideDateAdapter } from '../core/i18n/date-adapter';

/** The vocabulary options the profile fields choose from, in the page's language. */
export interface ProfileFieldOptions {
  stages: readonly TermOption[];
  sectors: readonly TermOption[];
  topics: readonly TermOption[];
  languages: readonly TermOption[];
}

/** Where each audience's labels live: the staff form's, or the founders' link page's. */
const TEXTS = {
  staff: { fields: 'startups.fields', sections: 'startups.sections', hints: 'startups.form' },
  founder: {
    fields: 'respond.fields',
    sections: 'respond.profile.sections',
    hints: 'respond.profile',
  },
} as const;

/**
 * A startup's profile fields — profile, focus, team and funding — as staff edit them and as
 * founders do through their link: one set of fields, limits and vocabularies for both. The staff
 * form projects its internal extras (tags) at the end of the focus section. Test ids are
 * `<testid>-<field>` and `<testid>-website-error`.
 */
@Component({
  providers: [provideDateAdapter()],
  selector: 'app-startup-profile-fields',
  imports: [
    ReactiveFormsModule,
    MatDatepickerModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslocoPipe,
    FieldErrorPipe,
  ],
  templateUrl: './startup-profile-fields.html',
  styleUrl: './startup-profile-fields.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StartupProfileFields {
  readonly form = input.required<StartupForm>();
  readonly options = input.required<ProfileFieldOptions>();
  readonly audience = input.required<keyof typeof TEXTS>();
  /** The data-testid prefix: `startup` on the staff form, `profile` on the founders' page. */
  readonly testid = input.required<string>();

  protected readonly t = computed(() => TEXTS[this.audience()]);
  protected readonly limits = {
    name: NAME_MAX,
    oneLiner: ONE_LINER_MAX,
    description: DESCRIPTION_MAX,
    city: CITY_MAX,
  };
}
