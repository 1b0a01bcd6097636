/** The web app's page a mentor's offer link opens: `${MENTOR_OFFER_PATH}/<token>`. */
export const MENTOR_OFFER_PATH = '/respond/offer';

/** How long an offer link works; single use. */
export const MENTOR_OFFER_TTL_DAYS = 14;
