import { addAssessment } from '../domain/assessments.js';
import { runWrite } from '../domain/write.js';
import { builder } from './builder.js';
import { inputId, messageField, resultOf, writeOptions } from './mutation-support.js';

export const VerificationStatus = builder.enumType('VerificationStatus', {
  description: 'What an analyst concluded about a claim. Every status but UNVERIFIED and IN_PROGRESS closes it.',
  values: {
    UNVERIFIED: { description: 'Not yet looked at.' },
    IN_PROGRESS: { description: 'Being checked.' },
    CONFIRMED_TRUE: { description: 'Established as true.' },
    PROBABLY_TRUE: { description: 'Likely true on the evidence.' },
    MIXED: { description: 'Partly true, partly false.' },
    MISLEADING: { description: 'True in its words, false in what it implies.' },
    PROBABLY_FALSE: { description: 'Likely false on the evidence.' },
    CONFIRMED_FALSE: { description: 'Established as false.' },
    UNVERIFIABLE: { description: 'Cannot be checked with the evidence that can be had.' },
    NOT_CHECKABLE: { description: 'Not a checkable proposition (an opinion, a prediction).' },
  } as const,
});

export const LikelihoodBand = builder.enumType('LikelihoodBand', {
  description: 'ICD-203 expressions of likelihood.',
  values: {
    ALMOST_NO_CHANCE: { description: '1–5%.' },
    VERY_UNLIKELY: { description: '5–20%.' },
    UNLIKELY: { description: '20–45%.' },
    ROUGHLY_EVEN_CHANCE: { description: '45–55%.' },
    LIKELY: { description: '55–80%.' },
    VERY_LIKELY: { description: '80–95%.' },
    ALMOST_CERTAIN: { description: '95–99%.' },
  } as const,
});

export const EvidenceLink = builder.prismaObject('EvidenceLink', {
  description: 'A piece of evidence an assessment rests on.',
  fields: (t) => ({
    url: t.exposeString('url', { description: 'Where the evidence is.' }),
    title: t.exposeString('title', { nullable: true, description: 'Its title.' }),
    note: t.exposeString('note', { nullable: true, description: 'What it shows.' }),
  }),
});

export const Assessment = builder.prismaNode('Assessment', {
  id: { field: 'id' },
  nullable: true,
  description: 'An analyst’s conclusion about a claim at a point in time; a claim keeps every one.',
  fields: (t) => ({
    claim: t.relation('claim', { description: 'The claim assessed.' }),
    verificationStatus: t.expose('verificationStatus', { type: VerificationStatus, description: 'The conclusion.' }),
    credibility: t.exposeInt('credibility', {
      nullable: true,
      description: 'Admiralty information credibility: 1 (confirmed) to 6 (cannot be judged).',
    }),
    likelihood: t.expose('likelihood', {
      type: LikelihoodBand,
      nullable: true,
      description: 'How likely the claim is, in ICD-203 terms.',
    }),
    confidence: t.exposeInt('confidence', { nullable: true, description: 'Confidence in this assessment, 0–100.' }),
    rationale: t.exposeString('rationale', {
      nullable: true,
      description: 'Why; always present for a status that closes the claim.',
    }),
    assessedBy: t.exposeString('assessedBy', { description: 'Who assessed it.' }),
    assessedAt: t.expose('assessedAt', { type: 'DateTime', description: 'When.' }),
    evidence: t.relation('evidence', {
      description: 'The evidence it rests on.',
      query: { orderBy: { id: 'asc' } },
    }),
  }),
});

export const AssessmentConnection = builder.connectionObject(
  {
    type: Assessment,
    name: 'AssessmentConnection',
    description: 'A page of assessments.',
  },
  { description: 'One item of a AssessmentConnection page, with its cursor.' },
);

// ---------------------------------------------------------------------------------------------
// Writes

const EvidenceInput = builder.inputType('EvidenceInput', {
  description: 'A piece of evidence.',
  fields: (t) => ({
    url: t.string({ required: true, description: 'Where it is.' }),
    title: t.string({ required: false, description: 'Its title.' }),
    note: t.string({ required: false, description: 'What it shows.' }),
  }),
});

const AddAssessmentInput = builder.inputType('AddAssessmentInput', {
  description: 'An analyst’s conclusion about a claim; it becomes the claim’s current one.',
  fields: (t) => ({
    claimId: t.id({ required: true, description: 'The claim.' }),
    verificationStatus: t.field({ type: VerificationStatus, required: true, description: 'The conclusion.' }),
    credibility: t.int({ required: false, description: 'Admiralty information credibility, 1–6.' }),
    likelihood: t.field({ type: LikelihoodBand, required: false, description: 'ICD-203 likelihood.' }),
    confidence: t.int({ required: false, description: 'Confidence, 0–100.' }),
    rationale: t.string({ required: false, description: 'Why; required for every status that closes the claim.' }),
    evidence: t.field({ type: [EvidenceInput], required: false, description: 'What it rests on.' }),
    message: t.string(messageField),
  }),
});

builder.mutationField('addAssessment', (t) =>
  t.field({
    type: Assessment,
    description: 'Assesses a claim. Closing it (any status but UNVERIFIED or IN_PROGRESS) needs a rationale.',
    args: { input: t.arg({ type: AddAssessmentInput, required: true, description: 'The assessment.' }) },
    errors: resultOf('addAssessment', 'assessment', 'the new assessment'),
    resolve: (_root, { input }, context) => {
      const options = writeOptions(context, input.message);
      return runWrite(options, (w) =>
        addAssessment(w, {
          claimId: inputId(input.claimId, ['input', 'claimId'], 'Claim'),
          verificationStatus: input.verificationStatus,
          credibility: input.credibility,
          likelihood: input.likelihood,
          confidence: input.confidence,
          rationale: input.rationale,
          assessedBy: options.author.owner,
          evidence: input.evidence ?? [],
        }),
      );
    },
  }),
);
