/**
 * The one layout breakpoint: narrower than this is a phone (cards, stacked
 * sections); this wide or wider is a desktop (tables, side-by-side columns).
 */
export const PHONE_BREAKPOINT_PX = 768;

export const PHONE_MEDIA_QUERY = `(max-width: ${PHONE_BREAKPOINT_PX - 1}px)`;
