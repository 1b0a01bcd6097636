import { formatNumber } from '@angular/common';
import { formatDateTime, formatDay, formatMonth } from '../core/formats/formats';
import { inject, Injectable } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { TimelineEntry, activityData, SubjectType, VocabularyKind } from '@kohorte/contracts';
import { LanguageService } from '../core/i18n/language';
import { VocabularyStore } from '../core/vocabularies/vocabularies';
import { answerSummary, matchSummary, Translate } from './timeline-match';

/** One changed field as the timeline shows it: "Label: before → after". */
export interface ChangeLine {
  field: string;
  label: string;
  before: string;
  after: string;
}

/** A timeline entry, ready to show. */
export interface EntryView {
  entry: TimelineEntry;
  icon: string;
  who: string;
  /** What happened, as a short sentence; empty for notes (their text says it). */
  summary: string;
  /** A note's text, or the body of an email or answer. */
  text: string | null;
  changes: ChangeLine[];
  relative: string;
  exact: string;
  /** "Edited on …" for a note whose text changed. */
  edited: string | null;
  /** "Note deleted by X on …" for a deleted note. */
  tombstone: string | null;
}

// The translation feature whose `fields`/`statuses` name a record type's fields.
const FEATURES: Record<SubjectType, string> = {
  startup: 'startups',
  mentor: 'mentors',
  investor: 'investors',
  cohort: 'cohorts',
  programme: 'cohorts',
  application: 'applications',
  reviewer: 'reviews',
};

// Fields that hold vocabulary keys, across record types: shown by their labels.
const VOCABULARY_FIELDS: Record<string, VocabularyKind> = {
  stage: 'stages',
  stages: 'stages',
  sectors: 'sectors',
  topics: 'topics',
  expertise: 'topics',
  languages: 'languages',
};

const ICONS: Record<TimelineEntry['kind'], string> = {
  created: 'add',
  updated: 'edit',
  archived: 'archive',
  restored: 'unarchive',
  note: 'comment',
  membership: 'workspaces',
  pool: 'group',
  mentorship: 'school',
  contact: 'person',
  imported: 'upload',
  email: 'mail',
  answer: 'check',
  match: 'bookmark',
  application: 'event',
  review: 'check',
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

function text(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

/** "ticketMinEur" → "Ticket min eur": a last resort for a field nobody translated. */
function humanise(field: string): string {
  const words = field.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Turns timeline entries into what the timeline shows, in the current language. */
@Injectable({ providedIn: 'root' })
export class TimelineFormatter {
  private readonly transloco = inject(TranslocoService);
  private readonly vocab = inject(VocabularyStore);
  private readonly language = inject(LanguageService);

  view(entry: TimelineEntry, now: Date): EntryView {
    const deleted = entry.deletedAt !== null;
    return {
      entry,
      icon: deleted ? 'delete' : ICONS[entry.kind],
      who:
        entry.actor?.name ?? this.actorLabel(entry.actorLabel) ?? this.translate('timeline.system'),
      summary: this.summary(entry),
      text:
        entry.kind === 'note' ||
        entry.kind === 'email' ||
        entry.kind === 'answer' ||
        entry.kind === 'application' ||
        entry.kind === 'review'
          ? entry.body
          : null,
      // A note's earlier texts stay in the record, not on screen; a membership's move is its summary.
      changes:
        entry.kind === 'note' || entry.kind === 'membership' || deleted
          ? []
          : (entry.changes ?? []).map((change) => ({
              field: change.field,
              label: this.fieldLabel(entry.subjectType, change.field),
              before: this.value(entry.subjectType, change.field, change.before),
              after: this.value(entry.subjectType, change.field, change.after),
            })),
      relative: this.relative(entry.createdAt, now),
      exact: this.exact(entry.createdAt),
      edited:
        entry.editedAt && !deleted
          ? this.translate('timeline.editedOn', { date: this.exact(entry.editedAt) })
          : null,
      tombstone: deleted ? this.tombstone(entry) : null,
    };
  }

  /** The field's label: the record type's own, else a shared one, else the name made readable. */
  fieldLabel(subjectType: SubjectType, field: string): string {
    return (
      this.known(`${FEATURES[subjectType]}.fields.${field}`) ??
      this.known(`timeline.fields.${field}`) ??
      humanise(field)
    );
  }

  /**
   * Who acted when no staff member did: "founder" (a profile link), "mentor", "import"… by their
   * label, an unknown one as it is; null when nobody is named (the system).
   */
  actorLabel(label: string | null): string | null {
    if (!label) return null;
    return this.known(`timeline.actors.${label}`) ?? label;
  }

  /** A month (`YYYY-MM`) as people read it: "March 2026", "März 2026". */
  month(value: string): string {
    return formatMonth(value, this.language.formats());
  }

  /** A value as people read it: labels for vocabulary keys and statuses, lists with commas, "—" for nothing. */
  value(subjectType: SubjectType, field: string, value: unknown): string {
    if (value === null || value === undefined || value === '')
      return this.translate('timeline.emptyValue');
    if (Array.isArray(value)) {
      if (value.length === 0) return this.translate('timeline.emptyValue');
      return value.map((item) => this.scalar(subjectType, field, item)).join(', ');
    }
    return this.scalar(subjectType, field, value);
  }

  /** "just now", "5 minutes ago", "yesterday"; the date itself after a week. */
  relative(iso: string, now: Date): string {
    const then = new Date(iso);
    const elapsed = now.getTime() - then.getTime();
    const lang = this.language.lang();
    if (elapsed < MINUTE) return this.translate('timeline.justNow');
    const format = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });
    if (elapsed < HOUR) return format.format(-Math.floor(elapsed / MINUTE), 'minute');
    if (elapsed < DAY) return format.format(-Math.floor(elapsed / HOUR), 'hour');
    if (elapsed < 7 * DAY) return format.format(-Math.floor(elapsed / DAY), 'day');
    return formatDay(then, this.language.formats());
  }

  exact(iso: string): string {
    return formatDateTime(iso, this.language.formats());
  }

  private summary(entry: TimelineEntry): string {
    // Read tolerantly (`StoredTimelineData`): an erasure removes names, older entries lack fields.
    const erased = this.translate('timeline.erased');
    const cohortOf = (data: { cohortName?: unknown } | null) =>
      text(data?.cohortName) ?? this.translate('timeline.aCohort');
    const onStartup = entry.subjectType === 'startup';
    switch (entry.kind) {
      case 'note':
        return '';
      case 'membership': {
        const data = activityData(entry, 'membership');
        const status = entry.changes?.find((change) => change.field === 'status');
        // A membership's status, not the record's own: the shared labels.
        const params = {
          cohort: cohortOf(data),
          startup: text(data?.startupName) ?? erased,
          before: this.statusLabel(null, status?.before),
          after: this.statusLabel(null, status?.after),
        };
        const move =
          status?.before === null || status?.before === undefined
            ? 'Joined'
            : status.after === null || status.after === undefined
              ? 'Left'
              : 'Moved';
        const key = onStartup ? move.toLowerCase() : `startup${move}`;
        return this.translate(`timeline.membership.${key}`, params);
      }
      case 'pool': {
        const data = activityData(entry, 'pool');
        const added = data?.action !== 'removed';
        const params = { cohort: cohortOf(data), mentor: text(data?.mentorName) ?? erased };
        if (entry.subjectType === 'mentor') {
          return this.translate(added ? 'timeline.pool.added' : 'timeline.pool.removed', params);
        }
        return this.translate(
          added ? 'timeline.pool.mentorAdded' : 'timeline.pool.mentorRemoved',
          params,
        );
      }
      case 'mentorship': {
        const data = activityData(entry, 'mentorship');
        const ended = data?.action === 'ended';
        const params = {
          cohort: cohortOf(data),
          mentor: text(data?.mentorName) ?? erased,
          startup: text(data?.startupName) ?? erased,
        };
        if (entry.subjectType === 'mentor') {
          return this.translate(
            ended ? 'timeline.mentorship.mentorEnded' : 'timeline.mentorship.mentorAssigned',
            params,
          );
        }
        return this.translate(
          ended ? 'timeline.mentorship.ended' : 'timeline.mentorship.assigned',
          params,
        );
      }
      case 'contact': {
        const data = activityData(entry, 'contact');
        const action = data?.action;
        const params = { name: text(data?.fullName) ?? '' };
        if (action === 'removed') return this.translate('timeline.contact.removed', params);
        if (action === 'updated') return this.translate('timeline.contact.updated', params);
        return this.translate('timeline.contact.added', params);
      }
      case 'updated': {
        // A founder's monthly figures: which month they are for.
        const data = activityData(entry, 'updated');
        const month = text(data?.figuresMonth);
        return month
          ? this.translate('timeline.figures', { month: this.month(month) })
          : this.translate('timeline.kinds.updated');
      }
      case 'imported': {
        const data = activityData(entry, 'imported');
        const params = { row: data?.row ?? '?' };
        return this.translate(
          data?.action === 'update' ? 'timeline.import.update' : 'timeline.import.create',
          params,
        );
      }
      case 'match':
        return matchSummary(entry, this.translator) ?? this.translate('timeline.kinds.match');
      case 'answer':
        return answerSummary(entry, this.translator) ?? this.translate('timeline.kinds.answer');
      case 'application': {
        // Submitted, screened, decided (which decision), a call opened or changed.
        const data = activityData(entry, 'application');
        const action = text(data?.action);
        const decision = text(data?.decision);
        const key = action === 'decided' && decision ? `decided.${decision}` : action;
        return (
          (key && this.known(`timeline.application.${key}`)) ??
          this.translate('timeline.kinds.application')
        );
      }
      case 'review': {
        // Reviewers invited, a review submitted, a conflict declared, a move in the ranking.
        const data = activityData(entry, 'review');
        const action = text(data?.action);
        return action && this.known(`timeline.review.${action}`)
          ? this.translate(`timeline.review.${action}`, data ?? {})
          : this.translate('timeline.kinds.review');
      }
      default:
        return this.translate(`timeline.kinds.${entry.kind}`);
    }
  }

  private tombstone(entry: TimelineEntry): string {
    const date = this.exact(entry.deletedAt ?? entry.createdAt);
    return entry.deletedBy
      ? this.translate('timeline.note.deletedBy', { name: entry.deletedBy.name, date })
      : this.translate('timeline.note.deletedOn', { date });
  }

  private scalar(subjectType: SubjectType, field: string, value: unknown): string {
    const lang = this.language.formats();
    if (typeof value === 'boolean') return this.translate(value ? 'timeline.yes' : 'timeline.no');
    if (typeof value === 'number') return formatNumber(value, lang, '1.0-2');
    if (typeof value !== 'string') return JSON.stringify(value);
    const vocabulary = VOCABULARY_FIELDS[field];
    if (vocabulary) return this.vocab.label(vocabulary, value);
    if (field === 'status') return this.statusLabel(subjectType, value);
    if (ISO_DATE.test(value)) return formatDay(value, lang);
    return value;
  }

  /** A status by the record type's own label, else the shared one. */
  private statusLabel(subjectType: SubjectType | null, value: unknown): string {
    if (typeof value !== 'string' || value === '') return this.translate('timeline.emptyValue');
    return (
      (subjectType && this.known(`${FEATURES[subjectType]}.statuses.${value}`)) ??
      this.known(`timeline.statuses.${value}`) ??
      value
    );
  }

  /** The translation of a key, or null when the current language (or English) has none. */
  private known(key: string): string | null {
    for (const lang of [this.language.lang(), 'en']) {
      const value = this.transloco.getTranslation(lang)[key] as unknown;
      if (typeof value === 'string') return value;
    }
    return null;
  }

  private translate(key: string, params?: Record<string, unknown>): string {
    return this.transloco.translate(key, params);
  }

  private readonly translator: Translate = (key, params) => this.translate(key, params);
}
