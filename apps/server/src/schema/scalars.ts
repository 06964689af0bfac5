import { DateTimeResolver, JSONResolver } from 'graphql-scalars';
import { builder } from './builder.js';

builder.addScalarType('DateTime', DateTimeResolver, {
  description: 'A date and time in UTC, as an RFC 3339 string (e.g. 2016-01-01T00:00:00.000Z).',
});

builder.addScalarType('JSON', JSONResolver, {
  description: 'Any JSON value: an audit record’s before and after values, a JSON-LD document.',
});
