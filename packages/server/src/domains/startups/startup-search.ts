/**
 * The text a startup search looks in. The migration indexes exactly this expression with a trigram
 * GIN index, so queries must use it verbatim for the planner to pick the index.
 */
export const STARTUP_SEARCH_EXPRESSION = `lower(coalesce(name, '') || ' ' || coalesce(one_liner, '') || ' ' || coalesce(description, ''))`;
