import { LocalizedText, Rubric, RubricCriterion, RubricInput } from '@kohorte/contracts';
import { berlinDayTime, berlinMoment } from '../applications/berlin-moment';

/** The rubric as the editor holds it: the deadline as a German day and time. */
export interface RubricModel {
  criteria: RubricCriterion[];
  reviewersPerApplication: number;
  deadlineDay: string;
  deadlineTime: string;
}

const levels = (): LocalizedText[] => [1, 2, 3, 4, 5].map(() => ({ de: '', en: '' }));

export function newCriterion(index: number): RubricCriterion {
  return { key: `criterion-${index + 1}`, label: { de: '', en: '' }, weight: 1, levels: levels() };
}

/** A starting rubric (team, market, product) the manager adapts; both languages filled. */
export function suggestedCriteria(): RubricCriterion[] {
  const scale = (de: string[], en: string[]): LocalizedText[] =>
    de.map((text, i) => ({ de: text, en: en[i] }));
  const generic = scale(
    ['sehr schwach', 'schwach', 'solide', 'stark', 'herausragend'],
    ['very weak', 'weak', 'solid', 'strong', 'outstanding'],
  );
  return [
    { key: 'team', label: { de: 'Team', en: 'Team' }, weight: 40, levels: generic },
    { key: 'market', label: { de: 'Markt', en: 'Market' }, weight: 30, levels: generic },
    { key: 'product', label: { de: 'Produkt', en: 'Product' }, weight: 30, levels: generic },
  ];
}

export function toModel(rubric: Rubric): RubricModel {
  const deadline = rubric.reviewDeadline ? berlinDayTime(rubric.reviewDeadline) : null;
  return {
    criteria: rubric.criteria.length > 0 ? structuredClone(rubric.criteria) : suggestedCriteria(),
    reviewersPerApplication: rubric.reviewersPerApplication,
    deadlineDay: deadline?.day ?? '',
    deadlineTime: deadline?.time ?? '18:00',
  };
}

/** The request; a day without a valid time (or none) leaves the deadline out. */
export function toRubricInput(model: RubricModel): RubricInput {
  return {
    criteria: model.criteria,
    reviewersPerApplication: Number(model.reviewersPerApplication),
    reviewDeadline: model.deadlineDay
      ? (berlinMoment(model.deadlineDay, model.deadlineTime || '18:00') ?? model.deadlineDay)
      : null,
  };
}
