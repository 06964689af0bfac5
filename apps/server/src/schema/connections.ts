import { builder } from './builder.js';

builder.globalConnectionField('totalCount', (t) =>
  t.int({
    description: 'How many items the whole connection holds, across all pages.',
    resolve: async (connection) => {
      const { totalCount } = connection;
      const value = typeof totalCount === 'function' ? await totalCount() : totalCount;
      if (value === undefined) throw new Error('This connection does not count its items.');
      return value;
    },
  }),
);

export const OrderDirection = builder.enumType('OrderDirection', {
  description: 'The direction of an ordering.',
  values: {
    ASC: { description: 'Smallest (or earliest) first.' },
    DESC: { description: 'Largest (or latest) first.' },
  },
});

export const DateTimeRange = builder.inputType('DateTimeRange', {
  description: 'A half-open interval [from, to); either end may be left open.',
  fields: (t) => ({
    from: t.field({ type: 'DateTime', required: false, description: 'Inclusive start.' }),
    to: t.field({ type: 'DateTime', required: false, description: 'Exclusive end.' }),
  }),
});

export function dateRangeWhere(range: { from?: Date | null; to?: Date | null } | null | undefined) {
  if (!range) return undefined;
  return { ...(range.from ? { gte: range.from } : {}), ...(range.to ? { lt: range.to } : {}) };
}
