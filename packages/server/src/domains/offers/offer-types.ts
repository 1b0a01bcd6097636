/** The web app's page a mentor's offer link opens: `${MENTOR_OFFER_PATH}/<token>`. */
export const MENTOR_OFFER_PATH = '/respond/offer';

/** OFFER_EXPIRY_DAYS' default: an offer link works until its offer expires; single use. */
export const MENTOR_OFFER_TTL_DAYS = 14;
