import { assertInterfaceType, lexicographicSortSchema } from 'graphql';
import { builder } from './builder.js';
import { setNodeTypes } from './global-id.js';
import './scalars.js';
import './connections.js';
import './source.js';
import './actor.js';
import './article.js';
import './appearance.js';
import './claim.js';
import './assessment.js';
import './search.js';
import './similar-claim.js';
import './suggestion.js';
import './errors.js';
import './mutation-support.js';
import './api-key.js';
import './change-event.js';
import './interchange.js';

builder.queryType({
  description: 'Reads the story graph: articles, claims, actors, sources, and search across them.',
  authScopes: { reader: true },
});

export const schema = lexicographicSortSchema(builder.toSchema());

setNodeTypes(schema.getImplementations(assertInterfaceType(schema.getType('Node'))).objects.map((type) => type.name));
