/**
 * Claims as tables, for spreadsheets (CSV) and data tools (NDJSON), streamed page by page so a
 * large set never sits in memory: each page is one query (claims with their appearances, hops,
 * sources and assessments, by relation joins), read by id after the last page's last id.
 *
 * CSV has a row per appearance (a claim stated twice is two rows; a claim stated nowhere is one
 * row with empty appearance columns), so each row carries one quote and one certainty. NDJSON has
 * a line per claim with its appearances nested.
 */
import { stringify } from 'csv-stringify/sync';
import type { Prisma, PrismaClient } from '../../__generated__/prisma/client.js';
import type { Tx } from '../tx.js';
import { globalId } from './ids.js';
import { type ClaimExport, type HopExport, loadClaims } from './load.js';

export const CSV_COLUMNS = [
  'claim_id',
  'claim',
  'claim_type',
  'verification_status',
  'assessed_at',
  'assessed_by',
  'rationale',
  'claimants',
  'actors',
  'appearance_id',
  'article_id',
  'article_headline',
  'article_url',
  'stated_certainty',
  'quote',
  'start',
  'end',
  'cues',
  'attribution',
  'sources',
  'source_reliability',
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];

function agentName(hop: HopExport) {
  return hop.actor?.name ?? hop.source?.name ?? '';
}

/** The CSV rows of one claim, as column → value. */
export function csvRows(claim: ClaimExport): Record<CsvColumn, string>[] {
  const [current] = claim.assessments;
  const common = {
    claim_id: globalId('Claim', claim.id),
    claim: claim.text,
    claim_type: claim.type,
    verification_status: claim.verificationStatus,
    assessed_at: current?.assessedAt.toISOString() ?? '',
    assessed_by: current?.assessedBy ?? '',
    rationale: current?.rationale ?? '',
    claimants: claim.actors
      .filter((role) => role.role === 'CLAIMANT')
      .map((role) => role.actor.name)
      .join('; '),
    actors: claim.actors.map((role) => `${role.role}: ${role.actor.name}`).join('; '),
  };
  const empty = {
    appearance_id: '',
    article_id: '',
    article_headline: '',
    article_url: '',
    stated_certainty: '',
    quote: '',
    start: '',
    end: '',
    cues: '',
    attribution: '',
    sources: '',
    source_reliability: '',
  };
  if (!claim.appearances.length) return [{ ...common, ...empty }];
  return claim.appearances.map((appearance) => {
    const sources = appearance.attribution.flatMap((hop) => (hop.source ? [hop.source] : []));
    return {
      ...common,
      appearance_id: globalId('ClaimAppearance', appearance.id),
      article_id: globalId('Article', appearance.version.article.id),
      article_headline: appearance.version.article.headline,
      article_url: appearance.version.article.url ?? '',
      stated_certainty: appearance.statedCertainty,
      quote: appearance.exact,
      start: String(appearance.start),
      end: String(appearance.end),
      cues: appearance.cues.map((cue) => `${cue.kind}: ${cue.exact}`).join('; '),
      attribution: appearance.attribution.map((hop) => `${hop.role}: ${agentName(hop)}`).join(' > '),
      sources: sources.map((source) => source.name).join('; '),
      source_reliability: sources
        .map((source) => `${source.name}: ${source.reliabilityRatings[0]?.rating ?? 'unrated'}`)
        .join('; '),
    };
  });
}

/** The NDJSON record of one claim. */
export function claimRecord(claim: ClaimExport) {
  const [current] = claim.assessments;
  return {
    id: globalId('Claim', claim.id),
    text: claim.text,
    type: claim.type,
    verificationStatus: claim.verificationStatus,
    time:
      claim.timeText || claim.timeStart || claim.timeEnd
        ? { text: claim.timeText, start: claim.timeStart, end: claim.timeEnd }
        : null,
    location: claim.location ? { id: globalId('Actor', claim.location.id), name: claim.location.name } : null,
    actors: claim.actors.map((role) => ({
      role: role.role,
      id: globalId('Actor', role.actor.id),
      name: role.actor.name,
      kind: role.actor.kind,
    })),
    currentAssessment: current
      ? {
          id: globalId('Assessment', current.id),
          verificationStatus: current.verificationStatus,
          credibility: current.credibility,
          likelihood: current.likelihood,
          confidence: current.confidence,
          rationale: current.rationale,
          assessedBy: current.assessedBy,
          assessedAt: current.assessedAt,
          reviewUrl: current.reviewUrl,
          originalRating: current.originalRating,
        }
      : null,
    appearances: claim.appearances.map((appearance) => ({
      id: globalId('ClaimAppearance', appearance.id),
      article: {
        id: globalId('Article', appearance.version.article.id),
        headline: appearance.version.article.headline,
        url: appearance.version.article.url,
      },
      version: appearance.version.number,
      statedCertainty: appearance.statedCertainty,
      quote: appearance.exact,
      start: appearance.start,
      end: appearance.end,
      cues: appearance.cues.map((cue) => ({ kind: cue.kind, exact: cue.exact, start: cue.start, end: cue.end })),
      attribution: appearance.attribution.map((hop) => ({
        position: hop.position,
        role: hop.role,
        agent: hop.actor
          ? { type: 'Actor', id: globalId('Actor', hop.actor.id), name: hop.actor.name }
          : hop.source
            ? {
                type: 'Source',
                id: globalId('Source', hop.source.id),
                name: hop.source.name,
                reliability: hop.source.reliabilityRatings[0]?.rating ?? null,
              }
            : null,
        namedAs: hop.exact,
      })),
    })),
  };
}

export const CSV_MEDIA_TYPE = 'text/csv; charset=utf-8; header=present';
export const NDJSON_MEDIA_TYPE = 'application/x-ndjson';

/** Claims page by page: one query a page, keyed on id, so memory stays flat however many match. */
export async function* claimPages(prisma: PrismaClient | Tx, where: Prisma.ClaimWhereInput, pageSize = 200) {
  let after: number | undefined;
  for (;;) {
    const page = await loadClaims(prisma, where, { after, take: pageSize });
    if (page.length) yield page;
    if (page.length < pageSize) return;
    after = page.at(-1)?.id;
  }
}

export interface CsvOptions {
  /** Start with a UTF-8 byte order mark, which Excel needs to read the file as UTF-8. */
  bom?: boolean | undefined;
  pageSize?: number | undefined;
}

/**
 * The CSV of matching claims, as chunks of text: the header, then the rows of each page. A cell a
 * spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return: OWASP's
 * CSV injection rule) is written with a leading ' by csv-stringify's escape_formulas.
 */
export async function* claimsCsv(prisma: PrismaClient | Tx, where: Prisma.ClaimWhereInput, options: CsvOptions = {}) {
  yield stringify([[...CSV_COLUMNS]], { bom: options.bom === true });
  for await (const page of claimPages(prisma, where, options.pageSize)) {
    const rows = page.flatMap(csvRows).map((row) => CSV_COLUMNS.map((column) => row[column]));
    yield stringify(rows, { escape_formulas: true });
  }
}

/** The NDJSON of matching claims: one JSON object per line. */
export async function* claimsNdjson(prisma: PrismaClient | Tx, where: Prisma.ClaimWhereInput, pageSize?: number) {
  for await (const page of claimPages(prisma, where, pageSize)) {
    yield page.map((claim) => `${JSON.stringify(claimRecord(claim))}\n`).join('');
  }
}
