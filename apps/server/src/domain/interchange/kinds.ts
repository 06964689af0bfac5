import type { ActorKind, SourceKind } from '../../__generated__/prisma/enums.js';

/** The schema.org type an actor is published as (ClaimReview's claimant is a Person or Organization). */
export const SCHEMA_ORG_ACTOR_TYPE: Readonly<Record<ActorKind, string>> = {
  PERSON: 'Person',
  STATE: 'GovernmentOrganization',
  GOVERNMENT_BODY: 'GovernmentOrganization',
  MILITARY_UNIT: 'GovernmentOrganization',
  INTERGOVERNMENTAL_ORG: 'Organization',
  NON_STATE_ARMED_GROUP: 'Organization',
  ETHNIC_OR_RELIGIOUS_GROUP: 'Organization',
  MEDIA_ORG: 'NewsMediaOrganization',
  ORGANIZATION: 'Organization',
  PLACE: 'Place',
  UNCLASSIFIED: 'Thing',
};

/** The actor kind a schema.org type read on import means; anything else is UNCLASSIFIED. */
export const ACTOR_KIND_OF_SCHEMA_ORG_TYPE: Readonly<Record<string, ActorKind>> = {
  Person: 'PERSON',
  GovernmentOrganization: 'GOVERNMENT_BODY',
  NewsMediaOrganization: 'MEDIA_ORG',
  Organization: 'ORGANIZATION',
  Corporation: 'ORGANIZATION',
  NGO: 'ORGANIZATION',
  PoliticalParty: 'ORGANIZATION',
  Country: 'STATE',
  Place: 'PLACE',
};

/** The schema.org type of a source when it is named as a publisher. */
export function schemaOrgSourceType(kind: SourceKind) {
  switch (kind) {
    case 'NEWS_OUTLET':
    case 'WIRE':
    case 'STATE_MEDIA':
    case 'BROADCASTER':
      return 'NewsMediaOrganization';
    case 'OFFICIAL_BODY':
      return 'GovernmentOrganization';
    case 'SOCIAL_ACCOUNT':
      return 'Person';
    case 'DOCUMENT':
      return 'DigitalDocument';
    case 'FOOTAGE':
      return 'VideoObject';
    default:
      return 'Organization';
  }
}

/** PROV agents: a person, an organisation, or (for documents and footage) an entity that speaks. */
export function provActorType(kind: ActorKind) {
  return kind === 'PERSON' ? 'prov:Person' : 'prov:Organization';
}
export function provSourceType(kind: SourceKind) {
  return kind === 'SOCIAL_ACCOUNT' ? 'prov:Person' : 'prov:Organization';
}
