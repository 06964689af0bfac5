import { createGraphQLError } from 'graphql-yoga';
import { db } from '../db/database.js';
import { languageTag } from '../domain/claims.js';
import { ValidationError } from '../domain/errors.js';
import {
  LIKELY_DUPLICATE,
  type SimilarClaim as SimilarClaimRow,
  similarClaims,
} from '../domain/suggestions/similar.js';
import { builder } from './builder.js';
import { Claim } from './claim.js';
import { decodeIdOf } from './global-id.js';
import { MAX_PAGE_SIZE } from './paging.js';

export const SimilarityReason = builder.enumType('SimilarityReason', {
  description: 'Why a claim was found similar.',
  values: {
    TRIGRAM: { description: 'Its text shares enough character trigrams with the probe (pg_trgm similarity ≥ 0.3).' },
    SHARED_WORDS: {
      description:
        'Its full-text index holds words of the probe, compared in their language’s text search configuration.',
    },
    SAME_AS_RELATION: {
      description: 'It is recorded as the same claim (a SAME_AS relation, e.g. a translation) as a claim that matched.',
    },
  } as const,
});

export const SimilarClaim = builder.objectRef<SimilarClaimRow>('SimilarClaim').implement({
  description:
    'An existing claim that may state the same proposition, with why it matched. Merging stays the analyst’s decision.',
  fields: (t) => ({
    claim: t.prismaField({
      type: Claim,
      description: 'The similar claim.',
      resolve: (query, row) => db().claim.findUniqueOrThrow({ ...query, where: { id: row.claimId } }),
    }),
    score: t.exposeFloat('score', {
      description: `0–1: the larger of trigram similarity and the share of the probe’s words it has; ≥ ${LIKELY_DUPLICATE} is a likely duplicate.`,
    }),
    likelyDuplicate: t.boolean({
      description: `Whether the score reaches ${LIKELY_DUPLICATE}.`,
      resolve: (row) => row.score >= LIKELY_DUPLICATE,
    }),
    trigramSimilarity: t.exposeFloat('trigramSimilarity', { description: 'pg_trgm similarity of the two texts, 0–1.' }),
    sharedWords: t.exposeStringList('sharedWords', {
      description: 'The probe’s words the claim has, as the text search configuration indexes them (stemmed).',
    }),
    textSearchConfiguration: t.exposeString('configuration', {
      description:
        'The PostgreSQL text search configuration the words were compared in (e.g. english, arabic, simple).',
    }),
    reasons: t.field({
      type: [SimilarityReason],
      description: 'Why it matched.',
      resolve: (row) => row.reasons,
    }),
    via: t.prismaField({
      type: Claim,
      nullable: true,
      description: 'For a claim reached through a SAME_AS relation: the claim whose text matched.',
      resolve: (query, row) => {
        const selection = { ...query }; // read even when there is none, or the unused-query check fires
        return row.viaClaimId === undefined
          ? null
          : db().claim.findUnique({ ...selection, where: { id: row.viaClaimId } });
      },
    }),
  }),
});

/** Bad arguments of a query: a GraphQL error naming the argument, as the search query gives. */
function badInput(message: string, argument: string) {
  return createGraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', argument } });
}

function pageSize(first: number | null | undefined) {
  const n = first ?? 10;
  if (n < 1 || n > MAX_PAGE_SIZE) throw badInput(`first must be between 1 and ${MAX_PAGE_SIZE}.`, 'first');
  return n;
}

function language(value: string) {
  try {
    return languageTag(value, ['language']);
  } catch (error) {
    if (error instanceof ValidationError) throw badInput(error.message, 'language');
    throw error;
  }
}

builder.queryFields((t) => ({
  similarClaims: t.field({
    type: [SimilarClaim],
    description:
      'Existing claims ranked by similarity to a claim (its text and language) or to a text: trigram similarity and shared words in the language’s text search configuration, plus claims recorded as the same claim. Give `claimId` or `text`.',
    args: {
      claimId: t.arg.id({ required: false, description: 'Find claims similar to this one (it is left out).' }),
      text: t.arg.string({ required: false, description: 'Or: find claims similar to this text.' }),
      language: t.arg.string({
        required: false,
        description:
          'The text’s language (BCP 47), for the text search configuration; default en. Ignored with claimId.',
      }),
      first: t.arg.int({ required: false, description: `How many, 1–${MAX_PAGE_SIZE}; default 10.` }),
    },
    resolve: async (_root, args) => {
      const first = pageSize(args.first);
      if ((args.claimId == null) === (args.text == null))
        throw badInput('Give exactly one of claimId and text.', 'claimId');
      if (args.claimId != null) {
        // A query's bad ID is a GraphQL error with code INVALID_ID (a ValidationError is a mutation's answer).
        const id = decodeIdOf(String(args.claimId), 'Claim');
        const claim = await db().claim.findUnique({ where: { id }, select: { text: true, language: true } });
        if (!claim)
          throw createGraphQLError('The claim was not found.', {
            extensions: { code: 'NOT_FOUND', argument: 'claimId' },
          });
        return similarClaims(db(), { text: claim.text, language: claim.language, excludeClaimId: id }, first);
      }
      const text = (args.text ?? '').trim();
      if (!text) throw badInput('The text is empty.', 'text');
      return similarClaims(db(), { text, language: args.language ? language(args.language) : 'en' }, first);
    },
  }),
}));

builder.prismaObjectFields(Claim, (t) => ({
  language: t.exposeString('language', {
    description: 'The language of the claim’s text (BCP 47); search and similarity use its text search configuration.',
  }),
  likelyDuplicates: t.field({
    type: [SimilarClaim],
    description: `Other claims that likely state the same proposition (similarity ≥ ${LIKELY_DUPLICATE}), best first: what createClaim and acceptSuggestion answer with. Merging stays the analyst’s decision.`,
    args: { first: t.arg.int({ required: false, description: `How many, 1–${MAX_PAGE_SIZE}; default 10.` }) },
    select: { text: true, language: true },
    resolve: async (claim, args) =>
      (
        await similarClaims(
          db(),
          { text: claim.text, language: claim.language, excludeClaimId: claim.id },
          pageSize(args.first),
        )
      ).filter((row) => row.score >= LIKELY_DUPLICATE),
  }),
}));
