/**
 * The text the toolbar search looks in, per record type. Each migration indexes exactly these
 * expressions with trigram GIN indexes, so queries must use them verbatim for the planner to use
 * the indexes. `kohorte_tags_text` is an IMMUTABLE wrapper of array_to_string (which is only STABLE
 * and so cannot appear in an index) created by the same migration.
 */
export const STARTUP_FINDER_EXPRESSION = `lower(name || ' ' || coalesce(city, '') || ' ' || kohorte_tags_text(tags))`;
export const MENTOR_FINDER_EXPRESSION = `lower(full_name || ' ' || email || ' ' || coalesce(company, '') || ' ' || coalesce(city, '') || ' ' || kohorte_tags_text(tags))`;
export const INVESTOR_FINDER_EXPRESSION = `lower(name || ' ' || coalesce(contact_name, '') || ' ' || email || ' ' || kohorte_tags_text(tags))`;
export const COHORT_FINDER_EXPRESSION = `lower(name)`;
export const CONTACT_FINDER_EXPRESSION = `lower(full_name || ' ' || email)`;
