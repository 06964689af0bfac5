import { describe, expect, test } from 'vitest';
import * as server from '../../apps/server/src/domain/interchange/rating-map.js';
import { RATING_TABLE, ratingForStatus, statusForRating, VERIFICATION_STATUSES } from '../../packages/sdk/src/index.js';

describe('the SDK’s ClaimReview rating helper', () => {
  test('is the server’s table: every status maps the same way', () => {
    expect(RATING_TABLE).toEqual(server.RATING_TABLE);
    for (const status of VERIFICATION_STATUSES) expect(ratingForStatus(status)).toEqual(server.ratingForStatus(status));
  });

  test('maps a verdict to a rating and a fact-checker’s rating back to a status', () => {
    expect(ratingForStatus('CONFIRMED_FALSE')).toMatchObject({ ratingValue: 1, alternateName: 'False' });
    expect(ratingForStatus('IN_PROGRESS')).toBeNull();
    expect(statusForRating({ text: 'Pants on Fire' })).toEqual({ status: 'CONFIRMED_FALSE', by: 'text' });
  });
});
