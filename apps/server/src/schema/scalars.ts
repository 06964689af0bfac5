import type { ValueNode } from 'graphql';
import { DateTimeResolver, JSONResolver } from 'graphql-scalars';
import { createGraphQLError } from 'graphql-yoga';
import { builder } from './builder.js';

/**
 * RFC 3339 allows the year 0000; PostgreSQL's timestamps have no year zero (1 BC is followed by
 * AD 1) and refuse it. A date PostgreSQL cannot store is refused here, as the client's mistake.
 */
function storable(date: Date): Date {
  if (date.getUTCFullYear() < 1) {
    throw createGraphQLError('DateTime cannot be in the year 0000: the years run from 0001 to 9999.', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return date;
}

builder.addScalarType('DateTime', DateTimeResolver, {
  description: 'A date and time in UTC, as an RFC 3339 string (e.g. 2016-01-01T00:00:00.000Z), from year 0001 to 9999.',
  parseValue: (value: unknown) => storable(DateTimeResolver.parseValue(value) as Date),
  parseLiteral: (node: ValueNode, variables?: Record<string, unknown> | null) =>
    storable(DateTimeResolver.parseLiteral(node, variables) as Date),
});

builder.addScalarType('JSON', JSONResolver, {
  description: 'Any JSON value: an audit record’s before and after values, a JSON-LD document.',
});
