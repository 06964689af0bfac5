import type { StatedCertainty } from '@claimgraph/sdk';

/** Each stated certainty with its colour, from what the text presents as settled to what it marks as doubtful. */
export const certainties: Record<StatedCertainty, { colour: string; label: string }> = {
  ESTABLISHED_FACT: { colour: '#9bd7a5', label: 'established fact' },
  OFFICIAL_STATEMENT: { colour: '#8fd3d0', label: 'official statement' },
  ATTRIBUTED_STATEMENT: { colour: '#a9c8f0', label: 'attributed statement' },
  ASSERTED_UNATTRIBUTED: { colour: '#cfd6de', label: 'asserted, unattributed' },
  ESTIMATE: { colour: '#b6e3f5', label: 'estimate' },
  INTENTION: { colour: '#c6c3f2', label: 'intention' },
  OPINION: { colour: '#f2c6e0', label: 'opinion' },
  ALLEGATION: { colour: '#f7c99b', label: 'allegation' },
  DENIAL: { colour: '#d9bfa6', label: 'denial' },
  UNCONFIRMED_REPORT: { colour: '#ffd966', label: 'unconfirmed report' },
  ABSENCE_OF_CONFIRMATION: { colour: '#e0e0e0', label: 'absence of confirmation' },
  SPECULATION: { colour: '#dcb8f5', label: 'speculation' },
  RUMOUR: { colour: '#f5a3a3', label: 'rumour' },
};
