import { ratingForStatus, statusForRating } from '@claimgraph/sdk';

/** The server's ClaimReview rating table, as the SDK ships it. */
export function ratings() {
  return {
    probablyFalse: ratingForStatus('PROBABLY_FALSE'), // { '@type': 'Rating', ratingValue: 2, bestRating: 5, worstRating: 1, alternateName: 'Mostly false' }
    pantsOnFire: statusForRating({ text: 'Pants on Fire' }), // { status: 'CONFIRMED_FALSE', by: 'text' }
    open: ratingForStatus('IN_PROGRESS'), // null: open statuses have no rating
  };
}
