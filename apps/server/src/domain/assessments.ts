import type { LikelihoodBand, VerificationStatus } from '../__generated__/prisma/enums.js';
import type { Write } from './audit.js';
import { assertValid, type FieldIssue, notFound } from './errors.js';

/** Statuses that close a claim's verification; each needs a rationale. */
export const CLOSED_STATUSES: ReadonlySet<VerificationStatus> = new Set<VerificationStatus>([
  'CONFIRMED_TRUE',
  'PROBABLY_TRUE',
  'MIXED',
  'MISLEADING',
  'PROBABLY_FALSE',
  'CONFIRMED_FALSE',
  'UNVERIFIABLE',
  'NOT_CHECKABLE',
]);

export interface AddAssessmentInput {
  claimId: number;
  verificationStatus: VerificationStatus;
  credibility?: number | null | undefined;
  likelihood?: LikelihoodBand | null | undefined;
  confidence?: number | null | undefined;
  rationale?: string | null | undefined;
  /**
   * An imported review's import key (claimreview.ts importKeyOf). Such a review may close a claim
   * without a rationale: its page and rating are its reasons, and claimgraph writes none in the
   * reviewer's name.
   */
  importKey?: string | null | undefined;
  assessedBy: string;
  assessedAt?: Date | undefined;
  evidence?:
    | readonly { url: string; title?: string | null | undefined; note?: string | null | undefined }[]
    | undefined;
}

export function assessmentIssues(input: AddAssessmentInput): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const { credibility, confidence } = input;
  if (credibility != null && (!Number.isInteger(credibility) || credibility < 1 || credibility > 6)) {
    issues.push({ path: ['input', 'credibility'], message: 'Credibility is an integer from 1 to 6.' });
  }
  if (confidence != null && (!Number.isInteger(confidence) || confidence < 0 || confidence > 100)) {
    issues.push({ path: ['input', 'confidence'], message: 'Confidence is an integer from 0 to 100.' });
  }
  if (!input.importKey && CLOSED_STATUSES.has(input.verificationStatus) && !input.rationale?.trim()) {
    issues.push({
      path: ['input', 'rationale'],
      message: `A rationale is required to close a claim as ${input.verificationStatus}.`,
      code: 'RATIONALE_REQUIRED',
    });
  }
  (input.evidence ?? []).forEach((link, i) => {
    if (!URL.canParse(link.url)) {
      issues.push({ path: ['input', 'evidence', String(i), 'url'], message: 'Not a URL.' });
    }
  });
  return issues;
}

/** Adds an assessment to a claim's history and makes its status the claim's current one. */
export async function addAssessment({ tx, audit }: Write, input: AddAssessmentInput) {
  const issues = assessmentIssues(input);
  assertValid(issues, 'The assessment is not valid.');
  // The claim's current status is the latest assessment's, kept on the claim for filtering. One
  // statement both sets it and reads what it was (for the audit), and finds out whether the claim
  // exists: Prisma's update returns only the new row, so it would take a read first.
  const [claim] = await tx.$queryRaw<{ before: VerificationStatus }[]>`
    UPDATE "Claim" AS c SET "verificationStatus" = ${input.verificationStatus}::"VerificationStatus", "updatedAt" = now()
      FROM (SELECT id, "verificationStatus" FROM "Claim" WHERE id = ${input.claimId} FOR UPDATE) AS old
     WHERE c.id = old.id
    RETURNING old."verificationStatus"::text AS before`;
  if (!claim) throw notFound('The claim', ['input', 'claimId']);
  const evidence = input.evidence ?? [];
  const assessment = await tx.assessment.create({
    data: {
      claimId: input.claimId,
      verificationStatus: input.verificationStatus,
      credibility: input.credibility ?? null,
      likelihood: input.likelihood ?? null,
      confidence: input.confidence ?? null,
      rationale: input.rationale?.trim() || null,
      assessedBy: input.assessedBy,
      assessedAt: input.assessedAt ?? new Date(),
      importKey: input.importKey ?? null,
      // A nested create makes Prisma read the row back with a second statement: only when there is evidence.
      ...(evidence.length
        ? {
            evidence: {
              create: evidence.map((link) => ({ url: link.url, title: link.title ?? null, note: link.note ?? null })),
            },
          }
        : {}),
    },
  });
  audit.record({
    entityType: 'Assessment',
    entityId: assessment.id,
    operation: 'CREATE',
    changes: {
      verificationStatus: { before: claim.before, after: assessment.verificationStatus },
      credibility: { before: null, after: assessment.credibility },
      likelihood: { before: null, after: assessment.likelihood },
      confidence: { before: null, after: assessment.confidence },
      rationale: { before: null, after: assessment.rationale },
    },
    claimId: input.claimId,
    refs: (input.evidence ?? []).map((link) => link.url),
  });
  return assessment;
}
