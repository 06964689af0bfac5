export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
    ID: {
        input: string;
        output: string;
    };
    String: {
        input: string;
        output: string;
    };
    Boolean: {
        input: boolean;
        output: boolean;
    };
    Int: {
        input: number;
        output: number;
    };
    Float: {
        input: number;
        output: number;
    };
    /** A date and time in UTC, as an RFC 3339 string (e.g. 2016-01-01T00:00:00.000Z). */
    DateTime: {
        input: string;
        output: string;
    };
    /** Any JSON value: an audit record’s before and after values, a JSON-LD document. */
    JSON: {
        input: unknown;
        output: unknown;
    };
};
/** A state, body, unit, person, group or place that claims are made by or about. */
export type Actor = Node & {
    __typename?: 'Actor';
    /** Other names and spellings as texts use them, e.g. "Uighers" for Uyghurs. */
    aliases: Array<Scalars['String']['output']>;
    /** When it was archived or merged away. */
    archivedAt?: Maybe<Scalars['DateTime']['output']>;
    /** The attribution hops where this actor said or passed on a claim. */
    attributions: AttributionHopConnection;
    /** Actors that are part of this one. */
    children: Array<Actor>;
    /** The claims this actor takes part in, each with its role. */
    claims: ClaimActorConnection;
    /** ISO 3166-1 alpha-2 country code. */
    country?: Maybe<Scalars['String']['output']>;
    /** When it was recorded. */
    createdAt: Scalars['DateTime']['output'];
    /** A note on the actor. */
    description?: Maybe<Scalars['String']['output']>;
    /** Every write to this object (and, for a claim, to its appearances, relations and assessments), oldest first. */
    history: ChangeEventConnection;
    /** The opaque global ID; pass it to `node` to fetch this object again. */
    id: Scalars['ID']['output'];
    /** What kind of actor this is. */
    kind: ActorKind;
    /** The actor this one was merged into; set when this one lives on only as a pointer. */
    mergedInto?: Maybe<Actor>;
    /** The canonical name. */
    name: Scalars['String']['output'];
    /** What this actor is part of: a unit’s ministry, a ministry’s state. */
    parent?: Maybe<Actor>;
    /** Increases with every change; send it back with an update. */
    revision: Scalars['Int']['output'];
    /** When it was last changed. */
    updatedAt: Scalars['DateTime']['output'];
    /** The Wikidata item, e.g. Q148. */
    wikidataId?: Maybe<Scalars['String']['output']>;
};
/** A state, body, unit, person, group or place that claims are made by or about. */
export type ActorAttributionsArgs = {
    after?: InputMaybe<Scalars['String']['input']>;
    before?: InputMaybe<Scalars['String']['input']>;
    first?: InputMaybe<Scalars['Int']['input']>;
    last?: InputMaybe<Scalars['Int']['input']>;
    role?: InputMaybe<HopRole>;
};
/** A state, body, unit, person, group or place that claims are made by or about. */
export type ActorClaimsArgs = {
    after?: InputMaybe<Scalars['String']['input']>;
    before?: InputMaybe<Scalars['String']['input']>;
    first?: InputMaybe<Scalars['Int']['input']>;
    last?: InputMaybe<Scalars['Int']['input']>;
    role?: InputMaybe<ClaimActorRole>;
};
/** A state, body, unit, person, group or place that claims are made by or about. */
export type ActorHistoryArgs = {
    after?: InputMaybe<Scalars['String']['input']>;
    before?: InputMaybe<Scalars['String']['input']>;
    first?: InputMaybe<Scalars['Int']['input']>;
    last?: InputMaybe<Scalars['Int']['input']>;
};
/** A page of actors. */
export type ActorConnection = {
    __typename?: 'ActorConnection';
    /** The edges of this page. */
    edges: Array<ActorEdge>;
    /** Whether there are more pages, and the cursors to reach them. */
    pageInfo: PageInfo;
    /** How many items the whole connection holds, across all pages. */
    totalCount: Scalars['Int']['output'];
};
/** One item of a ActorConnection page, with its cursor. */
export type ActorEdge = {
    __typename?: 'ActorEdge';
    /** An opaque cursor for this edge; pass it as `after` for the next page. */
    cursor: Scalars['String']['output'];
    /** The item at the end of this edge. */
    node: Actor;
};
/** Narrows a list of actors; all given conditions must hold. */
export type ActorFilter = {
    /** ISO 3166-1 alpha-2 country code. */
    country?: InputMaybe<Scalars['String']['input']>;
    /** Any of these kinds. */
    kinds?: InputMaybe<Array<ActorKind>>;
    /** The name or an alias contains this text (name: case-insensitive; aliases: exact spelling). */
    name?: InputMaybe<Scalars['String']['input']>;
    /** Only the direct parts of this actor. */
    parent?: InputMaybe<Scalars['ID']['input']>;
};
/** What kind of actor this is. */
export type ActorKind = 
/** A people or a faith community. */
'ETHNIC_OR_RELIGIOUS_GROUP'
/** A ministry, agency or other body of a government. */
 | 'GOVERNMENT_BODY'
/** An organisation of states, e.g. the UN Security Council. */
 | 'INTERGOVERNMENTAL_ORG'
/** A media organisation as an actor in events (not as a source). */
 | 'MEDIA_ORG'
/** An armed force or one of its units. */
 | 'MILITARY_UNIT'
/** An armed group that is not a state’s. */
 | 'NON_STATE_ARMED_GROUP'
/** An organisation none of the kinds above fits (a company, an NGO, a campaign). */
 | 'ORGANIZATION'
/** A named person. */
 | 'PERSON'
/** A place that claims happen in or are about. */
 | 'PLACE'
/** A sovereign state. */
 | 'STATE'
/** Imported from a source that does not say what kind of actor it is; an analyst should classify it. */
 | 'UNCLASSIFIED';
/** An ordering of actors. */
export type ActorOrder = {
    /** Which way. */
    direction?: InputMaybe<OrderDirection>;
    /** What to order by. */
    field: ActorOrderField;
};
/** What to order actors by. */
export type ActorOrderField = 
/** When it was recorded. */
'CREATED_AT'
/** The name. */
 | 'NAME';
/** An actor, and optionally the part it plays. */
export type ActorRoleFilter = {
    /** The actor’s global ID. */
    id: Scalars['ID']['input'];
    /** Only claims where it plays this part. */
    role?: InputMaybe<ClaimActorRole>;
};
/** A claim stated by an article version, anchored by quote. */
export type AddAppearanceInput = {
    /** Who the text says it comes from, originator first. */
    attribution?: InputMaybe<Array<AttributionHopInput>>;
    /** The claim. */
    claimId: Scalars['ID']['input'];
    /** The words that carry the certainty. */
    cues?: InputMaybe<Array<CueInput>>;
    /** A commit message, kept with the write in the audit log. */
    message?: InputMaybe<Scalars['String']['input']>;
    /** An analyst’s note. */
    note?: InputMaybe<Scalars['String']['input']>;
    /** The words that state it. */
    quote: TextQuoteInput;
    /** How certain the text says it is. */
    statedCertainty: StatedCertainty;
    /** The article version whose text states it. */
    versionId: Scalars['ID']['input'];
};
/** What `addAppearance` returns: the new appearance, or why nothing changed. */
export type AddAppearanceResult = AddAppearanceSuccess | ConflictError | ForbiddenError | NotFoundError | ValidationError;
/** `addAppearance` succeeded. */
export type AddAppearanceSuccess = {
    __typename?: 'AddAppearanceSuccess';
    /** The new appearance. */
    appearance: ClaimAppearance;
};
/** An analyst’s conclusion about a claim; it becomes the claim’s current one. */
export type AddAssessmentInput = {
    /** The claim. */
    claimId: Scalars['ID']['input'];
    /** Confidence, 0–100. */
    confidence?: InputMaybe<Scalars['Int']['input']>;
    /** Admiralty information credibility, 1–6. */
    credibility?: InputMaybe<Scalars['Int']['input']>;
    /** What it rests on. */
    evidence?: InputMaybe<Array<EvidenceInput>>;
    /** ICD-203 likelihood. */
    likelihood?: InputMaybe<LikelihoodBand>;
    /** A commit message, kept with the write in the audit log. */
    message?: InputMaybe<Scalars['String']['input']>;
    /** Why; required for every status that closes the claim. */
    rationale?: InputMaybe<Scalars['String']['input']>;
    /** The conclusion. */
    verificationStatus: VerificationStatus;
};
/** What `addAssessment` returns: the new assessment, or why nothing changed. */
export type AddAssessmentResult = AddAssessmentSuccess | ConflictError | ForbiddenError | NotFoundError | ValidationError;
/** `addAssessment` succeeded. */
export type AddAssessmentSuccess = {
    __typename?: 'AddAssessmentSuccess';
    /** The new assessment. */
    assessment: Assessment;
};
/** A hop to insert into an appearance’s attribution chain. */
export type AddAttributionHopInput = {
    /** The actor at this hop (give this or sourceId). */
    actorId?: InputMaybe<Scalars['ID']['input']>;
    /** The appearance. */
    appearanceId: Scalars['ID']['input'];
    /** A commit message, kept with the write in the audit log. */
    message?: InputMaybe<Scalars['String']['input']>;
    /** 1-based place in the chain; the end when omitted. */
    position?: InputMaybe<Scalars['Int']['input']>;
    /** The words that name the hop, if the text names it. */
    quote?: InputMaybe<TextQuoteInput>;
    /** The part the hop plays. */
    role: HopRole;
    /** The source at this hop (give this or actorId). */
    sourceId?: InputMaybe<Scalars['ID']['input']>;
};
/** What `addAttributionHop` returns: the appearance with its new chain, or why nothing changed. */
export type AddAttributionHopResult = AddAttributionHopSuccess | ConflictError | ForbiddenError | NotFoundError | ValidationError;
/** `addAttributionHop` succeeded. */
export type AddAttributionHopSuccess = {
    __typename?: 'AddAttributionHopSuccess';
    /** The appearance with its new chain. */
    appearance: ClaimAppearance;
};
/** What `addClaimActor` returns: the claim, or why nothing changed. */
export type AddClaimActorResult = AddClaimActorSuccess | ConflictError | ForbiddenError | NotFoundError | ValidationError;
/** `addClaimActor` succeeded. */
export type AddClaimActorSuccess = {
    __typename?: 'AddClaimActorSuccess';
    /** The claim. */
    claim: Claim;
};
/** A cue word to anchor in an appearance’s block. */
export type AddCueInput = {
    /** The appearance. */
    appearanceId: Scalars['ID']['input'];
    /** What the cue does. */
    kind: CueKind;
    /** A commit message, kept with the write in the audit log. */
    message?: InputMaybe<Scalars['String']['input']>;
    /** Its words. */
    quote: TextQuoteInput;
};
/** What `addCue` returns: the appearance with the cue, or why nothing changed. */
export type AddCueResult = AddCueSuccess | ConflictError | ForbiddenError | NotFoundError | ValidationError;
/** `addCue` succeeded. */
export type AddCueSuccess = {
    __typename?: 'AddCueSuccess';
    /** The appearance with the cue. */
    appearance: ClaimAppearance;
};
/** Whether an appearance’s anchor still points at its words. */
export type AnchorStatus = 
/** Found at its position in the version it was made on. */
'ANCHORED'
/** The words are no longer in the article’s text. */
 | 'ORPHANED'
/** Found again in a later version of the article. */
 | 'REANCHORED';
/** An API key. Its secret is shown once, when it is created; only its hash is stored. */
export type ApiKey = Node & {
    __typename?: 'ApiKey';
    /** When it was created. */
    createdAt: Scalars['DateTime']['output'];
    /** Who created it. */
    createdBy: Scalars['String']['output'];
    /** The opaque global ID; pass it to `node` to fetch this object again. */
    id: Scalars['ID']['output'];
    /** What the key is for. */
    name: Scalars['String']['output'];
    /** Who acts with it; writes are recorded under this name. */
    owner: Scalars['String']['output'];
    /** The first characters of the secret, to tell keys apart. */
    prefix: Scalars['String']['output'];
    /** When it was revoked; null while it works. */
    revokedAt?: Maybe<Scalars['DateTime']['output']>;
    /** What it may do. */
    role: ApiKeyRole;
};
/** What an API key may do. */
export type ApiKeyRole = 
/** All of that, and manage API keys. */
'ADMIN'
/** Read and write the story graph. */
 | 'EDITOR'
/** Read (needed only when anonymous reads are off). */
 | 'READER';
/** A new appearance of a claim. */
export type AppearanceAdded = {
    __typename?: 'AppearanceAdded';
    /** The new appearance. */
    appearance: ClaimAppearance;
    /** The audit record of the write. */
    event: ChangeEvent;
};
/** Archives an actor: it leaves lists and search but keeps its history. */
export type ArchiveActorInput = {
    /** The actor’s global ID. */
    id: Scalars['ID']['input'];
    /** A commit message, kept with the write in the audit log. */
    message?: InputMaybe<Scalars['String']['input']>;
    /** The revision the change was made against. */
    revision: Scalars['Int']['input'];
};
/** What `archiveActor` returns: the archived actor, or why nothing changed. */
export type ArchiveActorResult = ArchiveActorSuccess | ConflictError | ForbiddenError | NotFoundError | ValidationError;
/** `archiveActor` succeeded. */
export type ArchiveActorSuccess = {
    __typename?: 'ArchiveActorSuccess';
    /** The archived actor. */
    actor: Actor;
};
/** Archives an appearance. */
export type ArchiveAppearanceInput = {
    /** The appearance’s global ID. */
    id: Scalars['ID']['input'];
    /** A commit message, kept with the write in the audit log. */
    message?: InputMaybe<Scalars['String']['input']>;
    /** The revision the change was made against. */
    revision: Scalars['Int']['input'];
};
/** What `archiveAppearance` returns: the archived appearance, or why nothing changed. */
export type ArchiveAppearanceResult = ArchiveAppearanceSuccess | ConflictError | ForbiddenError | NotFoundError | ValidationError;
/** `archiveAppearance` succeeded. */
export type ArchiveAppearanceSuccess = {
    __typename?: 'ArchiveAppearanceSuccess';
    /** The archived appearance. */
    appearance: ClaimAppearance;
};
/** Archives a claim: it leaves lists and search but keeps its history. */
export type ArchiveClaimInput = {
    /** The claim’s global ID. */
    id: Scalars['ID']['input'];
    /** A commit message, kept with the write in the audit log. */
    message?: InputMaybe<Scalars['String']['input']>;
    /** The revision the change was made against. */
    revision: Scalars['Int']['input'];
};
/** What `archiveClaim` returns: the archived claim, or why nothing changed. */
export type ArchiveClaimResult = ArchiveClaimSuccess | ConflictError | ForbiddenError | NotFoundError | ValidationError;
/** `archiveClaim` succeeded. */
export type ArchiveClaimSuccess = {
    __typename?: 'ArchiveClaimSuccess';
    /** The archived claim. */
    claim: Claim;
};
/** Archives a source: it leaves lists and search but keeps its history. */
export type ArchiveSourceInput = {
    /** The source’s global ID. */
    id: Scalars['ID']['input'];
    /** A commit message, kept with the write in the audit log. */
    message?: InputMaybe<Scalars['String']['input']>;
    /** The revision the change was made against. */
    revision: Scalars['Int']['input'];
};
/** What `archiveSource` returns: the archived source, or why nothing changed. */
export type ArchiveSourceResult = ArchiveSourceSuccess | ConflictError | ForbiddenError | NotFoundError | ValidationError;
/** `archiveSource` succeeded. */
export type ArchiveSourceSuccess = {
    __typename?: 'ArchiveSourceSuccess';
    /** The archived source. */
    source: Source;
};
/** A news article, with every version of its text that was stored. */
export type Article = Node & {
    __typename?: 'Article';
    /** The author(s), as credited. */
    byline?: Maybe<Scalars['String']['output']>;
    /** When it was recorded. */
    createdAt: Scalars['DateTime']['output'];
    /** The latest stored text. */
    currentVersion: ArticleVersion;
    /** The article and what it states, as a standard document (one database query). */
    export: Scalars['JSON']['output'];
    /** The headline. */
    headline: Scalars['String']['output'];
    /** Every write to this object (and, for a claim, to its appearances, relations and assessments), oldest first. */
    history: ChangeEventConnection;
    /** The opaque global ID; pass it to `node` to fetch this object again. */
    id: Scalars['ID']['output'];
    /** BCP 47 language code. */
    language: Scalars['String']['output'];
    /** Who first published it, when this copy is syndicated or republished. */
    originalPublisher?: Maybe<Source>;
    /** When it was published; null when the source does not say. */
    publishedAt?: Maybe<Scalars['DateTime']['output']>;
    /** Who published this copy; null when unknown. */
    publisher?: Maybe<Source>;
    /** Increases with every change; send it back with an update. */
    revision: Scalars['Int']['output'];
    /** When it was last changed. */
    updatedAt: Scalars['DateTime']['output'];
    /** Where it was published. */
    url?: Maybe<Scalars['String']['output']>;
    /** Every stored text, latest first. */
    versions: ArticleVersionConnection;
};
/** A news article, with every version of its text that was stored. */
export type ArticleExportArgs = {
    format: ArticleExportFormat;
};
/** A news article, with every version of its text that was stored. */
export type ArticleHistoryArgs = {
    after?: InputMaybe<Scalars['String']['input']>;
    before?: InputMaybe<Scalars['String']['input']>;
    first?: InputMaybe<Scalars['Int']['input']>;
    last?: InputMaybe<Scalars['Int']['input']>;
};
/** A news article, with every version of its text that was stored. */
export type ArticleVersionsArgs = {
    after?: InputMaybe<Scalars['String']['input']>;
    before?: InputMaybe<Scalars['String']['input']>;
    first?: InputMaybe<Scalars['Int']['input']>;
    last?: InputMaybe<Scalars['Int']['input']>;
};
/** A page of articles. */
export type ArticleConnection = {
    __typename?: 'ArticleConnection';
    /** The edges of this page. */
    edges: Array<ArticleEdge>;
    /** Whether there are more pages, and the cursors to reach them. */
    pageInfo: PageInfo;
    /** How many items the whole connection holds, across all pages. */
    totalCount: Scalars['Int']['output'];
};
/** One item of a ArticleConnection page, with its cursor. */
export type ArticleEdge = {
    __typename?: 'ArticleEdge';
    /** An opaque cursor for this edge; pass it as `after` for the next page. */
    cursor: Scalars['String']['output'];
    /** The item at the end of this edge. */
    node: Article;
};
/** A standard document an article and what it states can be exported as. */
export type ArticleExportFormat = 
/** schema.org ClaimReview JSON-LD: a `@graph` of reviews, one per claim stated in the article whose current assessment is a verdict. */
'CLAIM_REVIEW'
/** W3C PROV-O JSON-LD of every appearance’s attribution chain. */
 | 'PROV'
/** A STIX 2.1 bundle: the article as a report, actors, sources, claims and assessments. */
 | 'STIX'
/** A W3C Web Annotation AnnotationCollection: one annotation per appearance, with text selectors. */
 | 'WEB_ANNOTATION';
/** Narrows a list of articles; all given conditions must hold. */
export type ArticleFilter = {
    /** Recorded in this interval. */
    createdAt?: InputMaybe<DateTimeRange>;
    /** The headline contains this text (case-insensitive). */
    headline?: InputMaybe<Scalars['String']['input']>;
    /** BCP 47 language code. */
    language?: InputMaybe<Scalars['String']['input']>;
    /** Published in this interval. */
    publishedAt?: InputMaybe<DateTimeRange>;
    /** Published or first published by this source. */
    publisher?: InputMaybe<Scalars['ID']['input']>;
};
/** An ordering of articles. */
export type ArticleOrder = {
    /** Which way. */
    direction?: InputMaybe<OrderDirection>;
    /** What to order by. */
    field: ArticleOrderField;
};
/** What to order articles by. */
export type ArticleOrderField = 
/** When it was recorded. */
'CREATED_AT'
/** The headline. */
 | 'HEADLINE'
/** When it was published (unknown dates last). */
 | 'PUBLISHED_AT';
/** One stored, hashed text of an article. Anchors point into exactly this text. */
export type ArticleVersion = Node & {
    __typename?: 'ArticleVersion';
    /** The claims this text states, in reading order. */
    appearances: ClaimAppearanceConnection;
    /** The article this is a version of. */
    article: Article;
    /** The text’s blocks, in order. */
    blocks: Array<TextBlock>;
    /** The opaque global ID; pass it to `node` to fetch this object again. */
    id: Scalars['ID']['output'];
    /** 1 for the first text stored, then 2, 3… */
    number: Scalars['Int']['output'];
    /** When this text was retrieved. */
    retrievedAt: Scalars['DateTime']['output'];
    /** SHA-256 of the UTF-8 text, in hex. */
    sha256: Scalars['String']['output'];
    /** The raw text, verbatim. */
    text: Scalars['String']['output'];
};
/** One stored, hashed text of an article. Anchors point into exactly this text. */
export type ArticleVersionAppearancesArgs = {
    after?: InputMaybe<Scalars['String']['input']>;
    before?: InputMaybe<Scalars['String']['input']>;
    first?: InputMaybe<Scalars['Int']['input']>;
    last?: InputMaybe<Scalars['Int']['input']>;
    statedCertainty?: InputMaybe<Array<StatedCertainty>>;
};
/** A page of article versions. */
export type ArticleVersionConnection = {
    __typename?: 'ArticleVersionConnection';
    /** The edges of this page. */
    edges: Array<ArticleVersionEdge>;
    /** Whether there are more pages, and the cursors to reach them. */
    pageInfo: PageInfo;
    /** How many items the whole connection holds, across all pages. */
    totalCount: Scalars['Int']['output'];
};
/** One item of a ArticleVersionConnection page, with its cursor. */
export type ArticleVersionEdge = {
    __typename?: 'ArticleVersionEdge';
    /** An opaque cursor for this edge; pass it as `after` for the next page. */
    cursor: Scalars['String']['output'];
    /** The item at the end of this edge. */
    node: ArticleVersion;
};
/** An analyst’s conclusion about a claim at a point in time; a claim keeps every one. */
export type Assessment = Node & {
    __typename?: 'Assessment';
    /** When. */
    assessedAt: Scalars['DateTime']['output'];
    /** Who assessed it. */
    assessedBy: Scalars['String']['output'];
    /** The claim assessed. */
    claim: Claim;
    /** Confidence in this assessment, 0–100. */
    confidence?: Maybe<Scalars['Int']['output']>;
    /** Admiralty information credibility: 1 (confirmed) to 6 (cannot be judged). */
    credibility?: Maybe<Scalars['Int']['output']>;
    /** The evidence it rests on. */
    evidence: Array<EvidenceLink>;
    /** The opaque global ID; pass it to `node` to fetch this object again. */
    id: Scalars['ID']['output'];
    /** How likely the claim is, in ICD-203 terms. */
    likelihood?: Maybe<LikelihoodBand>;
    /** The published review this assessment was imported from (ClaimReview); null for claimgraph’s own. */
    publishedReview?: Maybe<PublishedReview>;
    /** Why; always present for a status that closes the claim. */
    rationale?: Maybe<Scalars['String']['output']>;
    /** The conclusion. */
    verificationStatus: VerificationStatus;
};
/** A new assessment of a claim. */
export type AssessmentAdded = {
    __typename?: 'AssessmentAdded';
    /** The new assessment. */
    assessment: Assessment;
    /** The audit record of the write. */
    event: ChangeEvent;
};
/** A page of assessments. */
export type AssessmentConnection = {
    __typename?: 'AssessmentConnection';
    /** The edges of this page. */
    edges: Array<AssessmentEdge>;
    /** Whether there are more pages, and the cursors to reach them. */
    pageInfo: PageInfo;
    /** How many items the whole connection holds, across all pages. */
    totalCount: Scalars['Int']['output'];
};
/** One item of a AssessmentConnection page, with its cursor. */
export type AssessmentEdge = {
    __typename?: 'AssessmentEdge';
    /** An opaque cursor for this edge; pass it as `after` for the next page. */
    cursor: Scalars['String']['output'];
    /** The item at the end of this edge. */
    node: Assessment;
};
/** Who a hop is: an actor (a person, a body) or a source (an outlet, a platform). */
export type AttributionAgent = Actor | Source;
/** One hop of an attribution chain, ordered from where the claim starts to the article. */
export type AttributionHop = Node & {
    __typename?: 'AttributionHop';
    /** The actor at this hop, when it is an actor. */
    actor?: Maybe<Actor>;
    /** The actor or source at this hop. */
    agent: AttributionAgent;
    /** The words that name this hop, when the text names it. */
    anchor?: Maybe<TextAnchor>;
    /** The appearance whose chain this hop is in. */
    appearance: ClaimAppearance;
    /** The opaque global ID; pass it to `node` to fetch this object again. */
    id: Scalars['ID']['output'];
    /** 1 for the first hop (the originator), then 2, 3… */
    position: Scalars['Int']['output'];
    /** The part this hop plays. */
    role: HopRole;
    /** The source at this hop, when it is a source. */
    source?: Maybe<Source>;
};
/** A page of attribution hops. */
export type AttributionHopConnection = {
    __typename?: 'AttributionHopConnection';
    /** The edges of this page. */
    edges: Array<AttributionHopEdge>;
    /** Whether there are more pages, and the cursors to reach them. */
    pageInfo: PageInfo;
    /** How many items the whole connection holds, across all pages. */
    totalCount: Scalars['Int']['output'];
};
/** One item of a AttributionHopConnection page, with its cursor. */
export type AttributionHopEdge = {
    __typename?: 'AttributionHopEdge';
    /** An opaque cursor for this edge; pass it as `after` for the next page. */
    cursor: Scalars['String']['output'];
    /** The item at the end of this edge. */
    node: AttributionHop;
};
/** One hop of an attribution chain. */
export type AttributionHopInput = {
    /** The actor at this hop (give this or sourceId). */
    actorId?: InputMaybe<Scalars['ID']['input']>;
    /** The words that name the hop, if the text names it. */
    quote?: InputMaybe<TextQuoteInput>;
    /** The part the hop plays. */
    role: HopRole;
    /** The source at this hop (give this or actorId). */
    sourceId?: InputMaybe<Scalars['ID']['input']>;
};
/** The structural role of a block of an article’s text. */
export type BlockKind = 
/** A paragraph of the body. */
'BODY'
/** Site furniture: comment forms, share prompts. */
 | 'BOILERPLATE'
/** The byline or credit line. */
 | 'BYLINE'
/** A caption, or the text of an embedded video, tweet or image. */
 | 'CAPTION_OR_EMBED'
/** The headline, when the stored text carries it. */
 | 'HEADLINE'
/** The opening paragraph. */
 | 'LEDE';
/** One write in the audit log: who changed what, when, and why. The change feed is these in commit order. */
export type ChangeEvent = Node & {
    __typename?: 'ChangeEvent';
    /** When it was committed. */
    at: Scalars['DateTime']['output'];
    /** Who wrote it: the API key’s owner. */
    author: Scalars['String']['output'];
    /** The fields that changed, with their values before and after. */
    changes: Array<FieldChange>;
    /** The object written, as it is now. */
    entity?: Maybe<Node>;
    /** The global ID of the object written. */
    entityId: Scalars['ID']['output'];
    /** The type of the object written, e.g. Claim. */
    entityType: Scalars['String']['output'];
    /** The opaque global ID; pass it to `node` to fetch this object again. */
    id: Scalars['ID']['output'];
    /** The commit message the client gave. */
    message?: Maybe<Scalars['String']['output']>;
    /** What the write did. */
    operation: ChangeOperation;
    /** Other objects the write touched or cites: global IDs, or URLs of evidence. */
    references: Array<Scalars['String']['output']>;
    /** The request that made the write. */
    requestId?: Maybe<Scalars['String']['output']>;
};
/** A page of change events, oldest first. */
export type ChangeEventConnection = {
    __typename?: 'ChangeEventConnection';
    /** The edges of this page. */
    edges: Array<ChangeEventEdge>;
    /** Whether there are more pages, and the cursors to reach them. */
    pageInfo: PageInfo;
    /** How many items the whole connection holds, across all pages. */
    totalCount: Scalars['Int']['output'];
};
/** One item of a ChangeEventConnection page, with its cursor. */
export type ChangeEventEdge = {
    __typename?: 'ChangeEventEdge';
    /** An opaque cursor for this edge; pass it as `after` for the next page. */
    cursor: Scalars['String']['output'];
    /** The item at the end of this edge. */
    node: ChangeEvent;
};
/** Which changes to hear; all given conditions must hold. */
export type ChangeFilter = {
    /** Only changes to claims this actor is in (by role or attribution). */
    actor?: InputMaybe<Scalars['ID']['input']>;
    /** Only changes to claims stated in this article. */
    article?: InputMaybe<Scalars['ID']['input']>;
    /** Only changes to this claim. */
    claim?: InputMaybe<Scalars['ID']['input']>;
    /** Only changes to claims this source carried. */
    source?: InputMaybe<Scalars['ID']['input']>;
};
/** What a write did to its object. */
export type ChangeOperation = 
/** Archived it (or revoked a key). */
'ARCHIVE'
/** Created it. */
 | 'CREATE'
/** Deleted it (links between claims are deleted, not archived). */
 | 'DELETE'
/** Merged it with another. */
 | 'MERGE'
/** Changed it. */
 | 'UPDATE';
/** A proposition, separate from the texts that state it (its appearances) and from what analysts concluded (its assessments). */
export type Claim = Node & {
    __typename?: 'Claim';
    /** The actors in the claim, each with its part. */
    actors: Array<ClaimActor>;
    /** Where texts state this claim. */
    appearances: ClaimAppearanceConnection;
    /** When it was archived or merged away. */
    archivedAt?: Maybe<Scalars['DateTime']['output']>;
    /** Every assessment of this claim, latest first. */
    assessments: AssessmentConnection;
    /** The schema.org ClaimReview (JSON-LD) of the current assessment: the rating mapped from its verification status as rating-map.ts documents, the rationale as reviewBody. Null when the claim has no verdict yet (UNVERIFIED, IN_PROGRESS). */
    claimReview?: Maybe<Scalars['JSON']['output']>;
    /** When it was recorded. */
    createdAt: Scalars['DateTime']['output'];
    /** The latest assessment; null before any. */
    currentAssessment?: Maybe<Assessment>;
    /** Every write to this object (and, for a claim, to its appearances, relations and assessments), oldest first. */
    history: ChangeEventConnection;
    /** The opaque global ID; pass it to `node` to fetch this object again. */
    id: Scalars['ID']['output'];
    /** How other claims bear on this one. */
    incomingRelations: Array<ClaimRelation>;
    /** Where it says something happens. */
    location?: Maybe<Actor>;
    /** The claim this one was merged into; set when this one lives on only as a pointer. */
    mergedInto?: Maybe<Claim>;
    /** How this claim bears on others. */
    outgoingRelations: Array<ClaimRelation>;
    /** W3C PROV-O (JSON-LD) of the attribution chains of every appearance of this claim. */
    provenance: Scalars['JSON']['output'];
    /** The quantity it gives; null when it gives none. */
    quantity?: Maybe<Quantity>;
    /** Increases with every change; send it back with an update. */
    revision: Scalars['Int']['output'];
    /** The proposition, in canonical words. */
    text: Scalars['String']['output'];
    /** When it says something happens; null when it does not say. */
    time?: Maybe<ClaimTime>;
    /** What kind of proposition it is. */
    type: ClaimType;
    /** When it was last changed. */
    updatedAt: Scalars['DateTime']['output'];
    /** The current verification status: the latest assessment’s, UNVERIFIED before any. */
    verificationStatus: VerificationStatus;
};
/** A proposition, separate from the texts that state it (its appearances) and from what analysts concluded (its assessments). */
export type ClaimActorsArgs = {
    role?: InputMaybe<ClaimActorRole>;
};
/** A proposition, separate from the texts that state it (its appearances) and from what analysts concluded (its assessments). */
export type ClaimAppearancesArgs = {
    after?: InputMaybe<Scalars['String']['input']>;
    before?: InputMaybe<Scalars['String']['input']>;
    first?: InputMaybe<Scalars['Int']['input']>;
    last?: InputMaybe<Scalars['Int']['input']>;
};
/** A proposition, separate from the texts that state it (its appearances) and from what analysts concluded (its assessments). */
export type ClaimAssessmentsArgs = {
    after?: InputMaybe<Scalars['String']['input']>;
    before?: InputMaybe<Scalars['String']['input']>;
    first?: InputMaybe<Scalars['Int']['input']>;
    last?: InputMaybe<Scalars['Int']['input']>;
};
/** A proposition, separate from the texts that state it (its appearances) and from what analysts concluded (its assessments). */
export type ClaimHistoryArgs = {
    after?: InputMaybe<Scalars['String']['input']>;
    before?: InputMaybe<Scalars['String']['input']>;
    first?: InputMaybe<Scalars['Int']['input']>;
    last?: InputMaybe<Scalars['Int']['input']>;
};
/** An actor’s part in a claim. */
export type ClaimActor = {
    __typename?: 'ClaimActor';
    /** The actor. */
    actor: Actor;
    /** The claim. */
    claim: Claim;
    /** The part the actor plays. */
    role: ClaimActorRole;
};
/** An actor’s part in a claim, to add or remove. */
export type ClaimActorChangeInput = {
    /** The actor’s global ID. */
    actorId: Scalars['ID']['input'];
    /** The claim’s global ID. */
    claimId: Scalars['ID']['input'];
    /** A commit message, kept with the write in the audit log. */
    message?: InputMaybe<Scalars['String']['input']>;
    /** The part. */
    role: ClaimActorRole;
};
/** A page of actors’ parts in claims. */
export type ClaimActorConnection = {
    __typename?: 'ClaimActorConnection';
    /** The edges of this page. */
    edges: Array<ClaimActorEdge>;
    /** Whether there are more pages, and the cursors to reach them. */
    pageInfo: PageInfo;
    /** How many items the whole connection holds, across all pages. */
    totalCount: Scalars['Int']['output'];
};
/** One item of a ClaimActorConnection page, with its cursor. */
export type ClaimActorEdge = {
    __typename?: 'ClaimActorEdge';
    /** An opaque cursor for this edge; pass it as `after` for the next page. */
    cursor: Scalars['String']['output'];
    /** The item at the end of this edge. */
    node: ClaimActor;
};
/** An actor and the part it plays in a claim. */
export type ClaimActorInput = {
    /** The actor’s global ID. */
    actorId: Scalars['ID']['input'];
    /** The part it plays. */
    role: ClaimActorRole;
};
/** The part an actor plays in a claim. */
export type ClaimActorRole = 
/** Does what the claim says. */
'AGENT'
/** Benefits. */
 | 'BENEFICIARY'
/** Makes the claim. */
 | 'CLAIMANT'
/** Where it happens. */
 | 'LOCATION'
/** Named without a part in it. */
 | 'MENTIONED'
/** Is acted on. */
 | 'TARGET';
/** A version of an article stating a claim: at which words, with what stated certainty and hedges, and who the text says it comes from. */
export type ClaimAppearance = Node & {
    __typename?: 'ClaimAppearance';
    /** Where the claim is stated. */
    anchor: TextAnchor;
    /** Whether the anchor still holds. */
    anchorStatus: AnchorStatus;
    /** When it was archived. */
    archivedAt?: Maybe<Scalars['DateTime']['output']>;
    /** Who the text says the claim comes from, hop by hop, from the originator to the article. */
    attribution: Array<AttributionHop>;
    /** The kind of block the words are in (lede, body, caption…). */
    block?: Maybe<BlockKind>;
    /** The claim stated. */
    claim: Claim;
    /** When it was recorded. */
    createdAt: Scalars['DateTime']['output'];
    /** The words that carry the stated certainty, in reading order. */
    cues: Array<Cue>;
    /** The opaque global ID; pass it to `node` to fetch this object again. */
    id: Scalars['ID']['output'];
    /** An analyst’s note. */
    note?: Maybe<Scalars['String']['output']>;
    /** The appearance in the article’s previous version that this one was re-anchored from. */
    previous?: Maybe<ClaimAppearance>;
    /** The words that state the claim (the anchor’s exact text). */
    quote: Scalars['String']['output'];
    /** Increases with every change; send it back with an update. */
    revision: Scalars['Int']['output'];
    /** How certain the text says the claim is. */
    statedCertainty: StatedCertainty;
    /** When it was last changed. */
    updatedAt: Scalars['DateTime']['output'];
    /** The article version whose text states it. */
    version: ArticleVersion;
    /** This appearance as a W3C Web Annotation (JSON-LD): TextQuote and TextPosition selectors on the stored version, the claim, stated certainty and cues as bodies. */
    webAnnotation: Scalars['JSON']['output'];
};
/** A page of claim appearances. */
export type ClaimAppearanceConnection = {
    __typename?: 'ClaimAppearanceConnection';
    /** The edges of this page. */
    edges: Array<ClaimAppearanceEdge>;
    /** Whether there are more pages, and the cursors to reach them. */
    pageInfo: PageInfo;
    /** How many items the whole connection holds, across all pages. */
    totalCount: Scalars['Int']['output'];
};
/** One item of a ClaimAppearanceConnection page, with its cursor. */
export type ClaimAppearanceEdge = {
    __typename?: 'ClaimAppearanceEdge';
    /** An opaque cursor for this edge; pass it as `after` for the next page. */
    cursor: Scalars['String']['output'];
    /** The item at the end of this edge. */
    node: ClaimAppearance;
};
/** A committed write to a claim, or to its appearances, relations or assessments. */
export type ClaimChange = {
    __typename?: 'ClaimChange';
    /** The claim, as it is after the write. */
    claim: Claim;
    /** The audit record of the write. */
    event: ChangeEvent;
};
/** A page of claims. */
export type ClaimConnection = {
    __typename?: 'ClaimConnection';
    /** The edges of this page. */
    edges: Array<ClaimEdge>;
    /** Whether there are more pages, and the cursors to reach them. */
    pageInfo: PageInfo;
    /** How many items the whole connection holds, across all pages. */
    totalCount: Scalars['Int']['output'];
};
/** One item of a ClaimConnection page, with its cursor. */
export type ClaimEdge = {
    __typename?: 'ClaimEdge';
    /** An opaque cursor for this edge; pass it as `after` for the next page. */
    cursor: Scalars['String']['output'];
    /** The item at the end of this edge. */
    node: Claim;
};
/** Narrows a list of claims; all given conditions must hold. */
export type ClaimFilter = {
    /** Involves this actor (in this role). */
    actor?: InputMaybe<ActorRoleFilter>;
    /** Stated in some version of this article. */
    article?: InputMaybe<Scalars['ID']['input']>;
    /** Recorded in this interval. */
    createdAt?: InputMaybe<DateTimeRange>;
    /** The claim’s resolved event time overlaps this interval. */
    eventTime?: InputMaybe<DateTimeRange>;
    /** This source is a hop in an attribution chain of the claim. */
    source?: InputMaybe<Scalars['ID']['input']>;
    /** Stated with one of these certainties in at least one appearance. */
    statedCertainty?: InputMaybe<Array<StatedCertainty>>;
    /** Full-text search of the claim’s words (web-search syntax: "quoted phrases", -exclusions, or). */
    text?: InputMaybe<Scalars['String']['input']>;
    /** Any of these types. */
    types?: InputMaybe<Array<ClaimType>>;
    /** The current verification status is one of these. */
    verificationStatus?: InputMaybe<Array<VerificationStatus>>;
};
/** An ordering of claims. */
export type ClaimOrder = {
    /** Which way. */
    direction?: InputMaybe<OrderDirection>;
    /** What to order by. */
    field: ClaimOrderField;
};
/** What to order claims by. */
export type ClaimOrderField = 
/** When it was recorded. */
'CREATED_AT'
/** The claim’s words. */
 | 'TEXT'
/** When it was last changed. */
 | 'UPDATED_AT';
/** An analyst’s link between two claims: `from` bears on `to` as `type` says. */
export type ClaimRelation = Node & {
    __typename?: 'ClaimRelation';
    /** The claim that bears on the other. */
    from: Claim;
    /** The opaque global ID; pass it to `node` to fetch this object again. */
    id: Scalars['ID']['output'];
    /** Why the claims are linked. */
    note?: Maybe<Scalars['String']['output']>;
    /** The claim borne on. */
    to: Claim;
    /** How `from` bears on `to`. */
    type: RelationType;
};
/** What a ClaimReview import wrote. */
export type ClaimReviewImport = {
    __typename?: 'ClaimReviewImport';
    /** Claimants created (the others were found by name, alias or Wikidata ID). */
    actorsCreated: Scalars['Int']['output'];
    /** Assessments created, one per new review. */
    assessmentsCreated: Scalars['Int']['output'];
    /** The claims the reviews are about. */
    claims: Array<Claim>;
    /** Claims created (the others were found by their words). */
    claimsCreated: Scalars['Int']['output'];
    /** Each review, in document order. */
    reviews: Array<ImportedReview>;
    /** Reviews already imported, left as they were. */
    unchanged: Scalars['Int']['output'];
};
/** Where to download a table of claims: streamed, however many match. */
export type ClaimTableDownload = {
    __typename?: 'ClaimTableDownload';
    /** The download’s media type. */
    contentType: Scalars['String']['output'];
    /** The file name the download suggests. */
    filename: Scalars['String']['output'];
    /** The download’s path on this server (send the same Authorization header when reads need a key). */
    url: Scalars['String']['output'];
};
/** A table of claims to download. */
export type ClaimTableFormat = 
/** CSV with a header row; a row per appearance (per claim when it has none). */
'CSV'
/** Newline-delimited JSON: a line per claim, with its appearances nested. */
 | 'NDJSON';
/** When a claim says something happens: as the text writes it, and resolved when known. */
export type ClaimTime = {
    __typename?: 'ClaimTime';
    /** Resolved end, exclusive. */
    end?: Maybe<Scalars['DateTime']['output']>;
    /** Resolved start, inclusive. */
    start?: Maybe<Scalars['DateTime']['output']>;
    /** As written, e.g. "on Thursday". */
    text?: Maybe<Scalars['String']['output']>;
};
/** What kind of proposition a claim is. */
export type ClaimType = 
/** Something has not happened or not been said. */
'ABSENCE'
/** Something happened. */
 | 'EVENT'
/** Someone intends or pledges to do something. */
 | 'INTENTION'
/** A number of something. */
 | 'QUANTITY'
/** Someone said something; the saying is the claim. */
 | 'STATEMENT'
/** Something is the case. */
 | 'STATE_OF_AFFAIRS';
/** The write conflicts with the current state: a stale revision, a duplicate, or an archived object. Read again and retry. */
export type ConflictError = Error & {
    __typename?: 'ConflictError';
    /** What went wrong, for programs: VALIDATION, NOT_FOUND, CONFLICT or FORBIDDEN. */
    code: Scalars['String']['output'];
    /** The object’s revision now, when the conflict is a stale revision. */
    currentRevision?: Maybe<Scalars['Int']['output']>;
    /** The input fields at fault, when the failure is about particular fields. */
    issues: Array<FieldIssue>;
    /** What went wrong, for people. */
    message: Scalars['String']['output'];
};
/** A new actor. */
export type CreateActorInput = {
    /** Other names and spellings as texts use them. */
    aliases?: InputMaybe<Array<Scalars['String']['input']>>;
    /** ISO 3166-1 alpha-2 country code. */
    country?: InputMaybe<Scalars['String']['input']>;
    /** A note on the actor. */
    description?: InputMaybe<Scalars['String']['input']>;
    /** What kind of actor. */
    kind: ActorKind;
    /** A commit message, kept with the write in the audit log. */
    message?: InputMaybe<Scalars['String']['input']>;
    /** The canonical name. */
    name: Scalars['String']['input'];
    /** What this actor is part of. */
    parentId?: InputMaybe<Scalars['ID']['input']>;
    /** The Wikidata item, e.g. Q148. */
    wikidataId?: InputMaybe<Scalars['String']['input']>;
};
/** What `createActor` returns: the new actor, or why nothing changed. */
export type CreateActorResult = ConflictError | CreateActorSuccess | ForbiddenError | NotFoundError | ValidationError;
/** `createActor` succeeded. */
export type CreateActorSuccess = {
    __typename?: 'CreateActorSuccess';
    /** The new actor. */
    actor: Actor;
};
/** A new API key. */
export type CreateApiKeyInput = {
    /** A commit message, kept with the write in the audit log. */
    message?: InputMaybe<Scalars['String']['input']>;
    /** What the key is for. */
    name: Scalars['String']['input'];
    /** Who acts with it. */
    owner: Scalars['String']['input'];
    /** What it may do. */
    role: ApiKeyRole;
};
/** What `createApiKey` returns: the new key and its secret, or why nothing changed. */
export type CreateApiKeyResult = ConflictError | CreateApiKeySuccess | ForbiddenError | NotFoundError | ValidationError;
/** `createApiKey` succeeded. */
export type CreateApiKeySuccess = {
    __typename?: 'CreateApiKeySuccess';
    /** The new key and its secret. */
    created: CreatedApiKey;
};
/** A new claim. */
export type CreateClaimInput = {
    /** The actors in it, with their parts. */
    actors?: InputMaybe<Array<ClaimActorInput>>;
    /** The actor (a place) where it happens. */
    locationId?: InputMaybe<Scalars['ID']['input']>;
    /** A commit message, kept with the write in the audit log. */
    message?: InputMaybe<Scalars['String']['input']>;
    /** The quantity it gives. */
    quantity?: InputMaybe<QuantityInput>;
    /** The proposition, in canonical words. */
    text: Scalars['String']['input'];
    /** Resolved end of the event time, exclusive. */
    timeEnd?: InputMaybe<Scalars['DateTime']['input']>;
    /** Resolved start of the event time. */
    timeStart?: InputMaybe<Scalars['DateTime']['input']>;
    /** The event time as written, e.g. "on Thursday". */
    timeText?: InputMaybe<Scalars['String']['input']>;
    /** What kind of proposition it is. */
    type: ClaimType;
};
/** What `createClaim` returns: the new claim, or why nothing changed. */
export type CreateClaimResult = ConflictError | CreateClaimSuccess | ForbiddenError | NotFoundError | ValidationError;
/** `createClaim` succeeded. */
export type CreateClaimSuccess = {
    __typename?: 'CreateClaimSuccess';
    /** The new claim. */
    claim: Claim;
};
/** A new source. */
export type CreateSourceInput = {
    /** ISO 3166-1 alpha-2 country code. */
    country?: InputMaybe<Scalars['String']['input']>;
    /** A note on the source. */
    description?: InputMaybe<Scalars['String']['input']>;
    /** Its web domain. */
    domain?: InputMaybe<Scalars['String']['input']>;
    /** What kind of channel it is. */
    kind: SourceKind;
    /** BCP 47 language codes. */
    languages?: InputMaybe<Array<Scalars['String']['input']>>;
    /** A commit message, kept with the write in the audit log. */
    message?: InputMaybe<Scalars['String']['input']>;
    /** Its name. */
    name: Scalars['String']['input'];
    /** The source this one belongs to. */
    parentId?: InputMaybe<Scalars['ID']['input']>;
    /** Owned or controlled by a state. */
    stateAffiliated?: InputMaybe<Scalars['Boolean']['input']>;
    /** Its home page. */
    url?: InputMaybe<Scalars['String']['input']>;
};
/** What `createSource` returns: the new source, or why nothing changed. */
export type CreateSourceResult = ConflictError | CreateSourceSuccess | ForbiddenError | NotFoundError | ValidationError;
/** `createSource` succeeded. */
export type CreateSourceSuccess = {
    __typename?: 'CreateSourceSuccess';
    /** The new source. */
    source: Source;
};
/** A new API key and its secret. */
export type CreatedApiKey = {
    __typename?: 'CreatedApiKey';
    /** The key. */
    apiKey: ApiKey;
    /** The secret: send it as `Authorization: Bearer <secret>`. It is not shown again. */
    secret: Scalars['String']['output'];
};
/** A word or phrase in the text that carries the stated certainty. */
export type Cue = Node & {
    __typename?: 'Cue';
    /** Where the cue is. */
    anchor: TextAnchor;
    /** The opaque global ID; pass it to `node` to fetch this object again. */
    id: Scalars['ID']['output'];
    /** What the cue does. */
    kind: CueKind;
};
/** A cue word, looked for in the same block as the appearance. */
export type CueInput = {
    /** What the cue does. */
    kind: CueKind;
    /** Its words. */
    quote: TextQuoteInput;
};
/** What a cue word does to a claim’s stated certainty. */
export type CueKind = 
/** A verb of saying ("claim", "pledged", "blamed"). */
'ATTRIBUTION_VERB'
/** The writer’s evaluation ("extraordinary"). */
 | 'EVALUATIVE'
/** Weakens certainty ("may have", "Rumours"). */
 | 'HEDGE'
/** Negates ("no mention"). */
 | 'NEGATION'
/** Qualifies a quantity ("An estimated", "An unknown number of"). */
 | 'QUANTIFIER'
/** Says where it comes from ("reports", "Footage shows"). */
 | 'SOURCING';
/** A half-open interval [from, to); either end may be left open. */
export type DateTimeRange = {
    /** Inclusive start. */
    from?: InputMaybe<Scalars['DateTime']['input']>;
    /** Exclusive end. */
    to?: InputMaybe<Scalars['DateTime']['input']>;
};
/** A failure the client can act on: a mutation’s input was refused and nothing was changed. */
export type Error = {
    /** What went wrong, for programs: VALIDATION, NOT_FOUND, CONFLICT or FORBIDDEN. */
    code: Scalars['String']['output'];
    /** The input fields at fault, when the failure is about particular fields. */
    issues: Array<FieldIssue>;
    /** What went wrong, for people. */
    message: Scalars['String']['output'];
};
/** A piece of evidence. */
export type EvidenceInput = {
    /** What it shows. */
    note?: InputMaybe<Scalars['String']['input']>;
    /** Its title. */
    title?: InputMaybe<Scalars['String']['input']>;
    /** Where it is. */
    url: Scalars['String']['input'];
};
/** A piece of evidence an assessment rests on. */
export type EvidenceLink = {
    __typename?: 'EvidenceLink';
    /** What it shows. */
    note?: Maybe<Scalars['String']['output']>;
    /** Its title. */
    title?: Maybe<Scalars['String']['output']>;
    /** Where the evidence is. */
    url: Scalars['String']['output'];
};
/** One field a write changed. */
export type FieldChange = {
    __typename?: 'FieldChange';
    /** Its value after. */
    after?: Maybe<Scalars['JSON']['output']>;
    /** Its value before; null when created. */
    before?: Maybe<Scalars['JSON']['output']>;
    /** The field. */
    field: Scalars['String']['output'];
};
/** One input value at fault. */
export type FieldIssue = {
    __typename?: 'FieldIssue';
    /** A finer reason, e.g. QUOTE_NOT_FOUND, QUOTE_AMBIGUOUS, STALE_REVISION, RATIONALE_REQUIRED. */
    code?: Maybe<Scalars['String']['output']>;
    /** What is wrong with it. */
    message: Scalars['String']['output'];
    /** Where the value is in the input, e.g. ["input", "quote", "exact"]. */
    path: Array<Scalars['String']['output']>;
};
/** The request’s API key may not do this (or there is none). */
export type ForbiddenError = Error & {
    __typename?: 'ForbiddenError';
    /** What went wrong, for programs: VALIDATION, NOT_FOUND, CONFLICT or FORBIDDEN. */
    code: Scalars['String']['output'];
    /** The input fields at fault, when the failure is about particular fields. */
    issues: Array<FieldIssue>;
    /** What went wrong, for people. */
    message: Scalars['String']['output'];
};
/** A fragment of the matched text, split into matching and surrounding runs (render it without HTML). */
export type Highlight = {
    __typename?: 'Highlight';
    /** The runs, in order. */
    parts: Array<HighlightPart>;
    /** The whole fragment. */
    text: Scalars['String']['output'];
};
/** A run of a highlighted fragment. */
export type HighlightPart = {
    __typename?: 'HighlightPart';
    /** True when these words matched the query. */
    match: Scalars['Boolean']['output'];
    /** The words. */
    text: Scalars['String']['output'];
};
/** The part a hop plays in passing a claim along. */
export type HopRole = 
/** A service that collected it from others. */
'AGGREGATOR'
/** Where the claim starts. */
 | 'ORIGINATOR'
/** A person or body quoted saying it. */
 | 'QUOTED_SPEAKER'
/** An outlet that reported it. */
 | 'REPORTER'
/** An outlet that republished another’s report. */
 | 'REPUBLISHER'
/** A source the text does not name. */
 | 'UNNAMED_SOURCE';
/** ClaimReview JSON-LD to import. */
export type ImportClaimReviewInput = {
    /** The type of the claims the import creates; STATE_OF_AFFAIRS when omitted (reviews do not say). */
    claimType?: InputMaybe<ClaimType>;
    /** A ClaimReview, a list of them, a JSON-LD document with `@graph`, or the Fact Check Tools feed’s `{ claims: [{ text, claimant, claimReview: [...] }] }`. */
    document: Scalars['JSON']['input'];
    /** A commit message, kept with the write in the audit log. */
    message?: InputMaybe<Scalars['String']['input']>;
    /** Textual ratings beyond the built-in table (rating-map.ts), e.g. a fact-checker’s own scale. */
    ratings?: InputMaybe<Array<RatingMappingInput>>;
};
/** What `importClaimReview` returns: what the import wrote, or why nothing changed. */
export type ImportClaimReviewResult = ConflictError | ForbiddenError | ImportClaimReviewSuccess | NotFoundError | ValidationError;
/** `importClaimReview` succeeded. */
export type ImportClaimReviewSuccess = {
    __typename?: 'ImportClaimReviewSuccess';
    /** What the import wrote. */
    result: ClaimReviewImport;
};
/** W3C Web Annotations to import onto an article. */
export type ImportWebAnnotationsInput = {
    /** The article the annotations are on; they anchor in its latest version. */
    article: Scalars['ID']['input'];
    /** The type of claims the import creates when an annotation does not say; STATE_OF_AFFAIRS when omitted. */
    claimType?: InputMaybe<ClaimType>;
    /** An Annotation, a list of them, an AnnotationPage or an AnnotationCollection. Each needs a TextQuoteSelector (or TextPositionSelector), a stated certainty (a classifying body or a tag such as "rumour") and its claim (an identifying body with a claimgraph claim IRI, or a describing body with the claim’s words). */
    document: Scalars['JSON']['input'];
    /** A commit message, kept with the write in the audit log. */
    message?: InputMaybe<Scalars['String']['input']>;
};
/** What `importWebAnnotations` returns: what the import wrote, or why nothing changed. */
export type ImportWebAnnotationsResult = ConflictError | ForbiddenError | ImportWebAnnotationsSuccess | NotFoundError | ValidationError;
/** `importWebAnnotations` succeeded. */
export type ImportWebAnnotationsSuccess = {
    __typename?: 'ImportWebAnnotationsSuccess';
    /** What the import wrote. */
    result: WebAnnotationImport;
};
/** What one annotation of the document became. */
export type ImportedAnnotation = {
    __typename?: 'ImportedAnnotation';
    /** The appearance it became; null when the claim was already stated at those words. */
    appearanceId?: Maybe<Scalars['ID']['output']>;
    /** True when the import created the claim. */
    claimCreated: Scalars['Boolean']['output'];
    /** The claim stated. */
    claimId: Scalars['ID']['output'];
    /** Where the annotation is in the document. */
    path: Array<Scalars['String']['output']>;
};
/** What one review of the document became. */
export type ImportedReview = {
    __typename?: 'ImportedReview';
    /** The assessment it became; null when the same review (claim and URL) was imported before. */
    assessmentId?: Maybe<Scalars['ID']['output']>;
    /** True when the import created the claim. */
    claimCreated: Scalars['Boolean']['output'];
    /** The claim it reviews (found by its words, or created). */
    claimId: Scalars['ID']['output'];
    /** Where the review is in the document. */
    path: Array<Scalars['String']['output']>;
    /** The status its rating was mapped to. */
    verificationStatus: VerificationStatus;
};
/** An article’s text. A text new to the article becomes its next version and its appearances are re-anchored; the same text again changes nothing. */
export type IngestArticleInput = {
    /** Add the text as a new version of this article. */
    articleId?: InputMaybe<Scalars['ID']['input']>;
    /** The author(s), as credited. */
    byline?: InputMaybe<Scalars['String']['input']>;
    /** The headline; required for a new article. */
    headline?: InputMaybe<Scalars['String']['input']>;
    /** BCP 47 language code; en when omitted. */
    language?: InputMaybe<Scalars['String']['input']>;
    /** A commit message, kept with the write in the audit log. */
    message?: InputMaybe<Scalars['String']['input']>;
    /** The source that first published it. */
    originalPublisherId?: InputMaybe<Scalars['ID']['input']>;
    /** When it was published, if known. */
    publishedAt?: InputMaybe<Scalars['DateTime']['input']>;
    /** The source that published this copy. */
    publisherId?: InputMaybe<Scalars['ID']['input']>;
    /** When the text was retrieved; now when omitted. */
    retrievedAt?: InputMaybe<Scalars['DateTime']['input']>;
    /** The raw text, verbatim. */
    text: Scalars['String']['input'];
    /** Where it was published. */
    url?: InputMaybe<Scalars['String']['input']>;
};
/** What `ingestArticle` returns: what the ingest did, or why nothing changed. */
export type IngestArticleResult = ConflictError | ForbiddenError | IngestArticleSuccess | NotFoundError | ValidationError;
/** `ingestArticle` succeeded. */
export type IngestArticleSuccess = {
    __typename?: 'IngestArticleSuccess';
    /** What the ingest did. */
    ingested: IngestedArticle;
};
/** What ingesting a text did. */
export type IngestedArticle = {
    __typename?: 'IngestedArticle';
    /** The article. */
    article: Article;
    /** False when the article already had this exact text. */
    created: Scalars['Boolean']['output'];
    /** Each appearance of the previous version: re-anchored in the new text, or orphaned. */
    reanchored: Array<ReanchoredAppearance>;
    /** The version that holds the text. */
    version: ArticleVersion;
};
/** ICD-203 expressions of likelihood. */
export type LikelihoodBand = 
/** 95–99%. */
'ALMOST_CERTAIN'
/** 1–5%. */
 | 'ALMOST_NO_CHANCE'
/** 55–80%. */
 | 'LIKELY'
/** 45–55%. */
 | 'ROUGHLY_EVEN_CHANCE'
/** 20–45%. */
 | 'UNLIKELY'
/** 80–95%. */
 | 'VERY_LIKELY'
/** 5–20%. */
 | 'VERY_UNLIKELY';
/** Merges one actor into another that is the same entity. */
export type MergeActorsInput = {
    /** The actor merged into the survivor; it then points to it. */
    mergedId: Scalars['ID']['input'];
    /** The merged actor’s revision, as read. */
    mergedRevision: Scalars['Int']['input'];
    /** A commit message, kept with the write in the audit log. */
    message?: InputMaybe<Scalars['String']['input']>;
    /** The actor that stays. */
    survivorId: Scalars['ID']['input'];
    /** The survivor’s revision, as read. */
    survivorRevision: Scalars['Int']['input'];
};
/** What `mergeActors` returns: the surviving actor, or why nothing changed. */
export type MergeActorsResult = ConflictError | ForbiddenError | MergeActorsSuccess | NotFoundError | ValidationError;
/** `mergeActors` succeeded. */
export type MergeActorsSuccess = {
    __typename?: 'MergeActorsSuccess';
    /** The surviving actor. */
    actor: Actor;
};
/** Merges one claim into another that states the same proposition. */
export type MergeClaimsInput = {
    /** The claim merged into the survivor; it then points to it. */
    mergedId: Scalars['ID']['input'];
    /** The merged claim’s revision, as read. */
    mergedRevision: Scalars['Int']['input'];
    /** A commit message, kept with the write in the audit log. */
    message?: InputMaybe<Scalars['String']['input']>;
    /** The claim that stays. */
    survivorId: Scalars['ID']['input'];
    /** The survivor’s revision, as read. */
    survivorRevision: Scalars['Int']['input'];
};
/** What `mergeClaims` returns: the surviving claim, or why nothing changed. */
export type MergeClaimsResult = ConflictError | ForbiddenError | MergeClaimsSuccess | NotFoundError | ValidationError;
/** `mergeClaims` succeeded. */
export type MergeClaimsSuccess = {
    __typename?: 'MergeClaimsSuccess';
    /** The surviving claim. */
    claim: Claim;
};
/** Moves a hop to another place in its chain. */
export type MoveAttributionHopInput = {
    /** The hop’s global ID. */
    id: Scalars['ID']['input'];
    /** A commit message, kept with the write in the audit log. */
    message?: InputMaybe<Scalars['String']['input']>;
    /** Its new 1-based place. */
    position: Scalars['Int']['input'];
};
/** What `moveAttributionHop` returns: the appearance with its reordered chain, or why nothing changed. */
export type MoveAttributionHopResult = ConflictError | ForbiddenError | MoveAttributionHopSuccess | NotFoundError | ValidationError;
/** `moveAttributionHop` succeeded. */
export type MoveAttributionHopSuccess = {
    __typename?: 'MoveAttributionHopSuccess';
    /** The appearance with its reordered chain. */
    appearance: ClaimAppearance;
};
/** Writes. Each needs an editor API key (key management an admin key), runs in one transaction, and is recorded in the change feed. */
export type Mutation = {
    __typename?: 'Mutation';
    /** Records that an article version states a claim, anchoring the quote, cues and chain in its text. */
    addAppearance: AddAppearanceResult;
    /** Assesses a claim. Closing it (any status but UNVERIFIED or IN_PROGRESS) needs a rationale. */
    addAssessment: AddAssessmentResult;
    /** Inserts a hop into an appearance’s attribution chain. */
    addAttributionHop: AddAttributionHopResult;
    /** Gives an actor a part in a claim. */
    addClaimActor: AddClaimActorResult;
    /** Anchors a cue word in an appearance’s block. */
    addCue: AddCueResult;
    /** Archives an actor. */
    archiveActor: ArchiveActorResult;
    /** Archives an appearance. */
    archiveAppearance: ArchiveAppearanceResult;
    /** Archives a claim. */
    archiveClaim: ArchiveClaimResult;
    /** Archives a source. */
    archiveSource: ArchiveSourceResult;
    /** Records a new actor. */
    createActor: CreateActorResult;
    /** Creates an API key (admin only). */
    createApiKey: CreateApiKeyResult;
    /** Records a new claim. */
    createClaim: CreateClaimResult;
    /** Records a new source. */
    createSource: CreateSourceResult;
    /** Imports ClaimReview JSON-LD (fact-checkers’ pages, the Fact Check Tools feed): claims, claimants and reviews become Claims, Actors and Assessments that keep the original rating and review URL. All or nothing: one bad review refuses the document with an issue per bad review. */
    importClaimReview: ImportClaimReviewResult;
    /** Imports W3C Web Annotations with text selectors onto an ingested article: each becomes an appearance anchored by its quote. All or nothing: one annotation that does not anchor refuses the document with an issue per bad annotation. */
    importWebAnnotations: ImportWebAnnotationsResult;
    /** Stores an article’s text as a hashed version with detected blocks. A new text for a known article (by id or url) becomes its next version and every appearance is re-anchored or marked orphaned; the same text twice is a no-op. */
    ingestArticle: IngestArticleResult;
    /** Merges one actor into another: its name and aliases become aliases, its claim roles and hops move. */
    mergeActors: MergeActorsResult;
    /** Merges one claim into another: appearances, relations and actor roles move to the survivor. */
    mergeClaims: MergeClaimsResult;
    /** Moves a hop to another place in its chain. */
    moveAttributionHop: MoveAttributionHopResult;
    /** Adds a dated reliability rating to a source; earlier ratings stay in its history. */
    rateSource: RateSourceResult;
    /** Links two claims. */
    relateClaims: RelateClaimsResult;
    /** Removes a hop from its chain. */
    removeAttributionHop: RemoveAttributionHopResult;
    /** Takes an actor’s part in a claim away. */
    removeClaimActor: RemoveClaimActorResult;
    /** Removes a cue from its appearance. */
    removeCue: RemoveCueResult;
    /** Revokes an API key (admin only). */
    revokeApiKey: RevokeApiKeyResult;
    /** Removes a link between two claims. */
    unrelateClaims: UnrelateClaimsResult;
    /** Changes an actor, if it is still at the revision the change was made against. */
    updateActor: UpdateActorResult;
    /** Changes an appearance’s stated certainty or note. */
    updateAppearance: UpdateAppearanceResult;
    /** Changes an article’s details, if it is still at the revision the change was made against. */
    updateArticle: UpdateArticleResult;
    /** Changes a claim, if it is still at the revision the change was made against. */
    updateClaim: UpdateClaimResult;
    /** Changes a source, if it is still at the revision the change was made against. */
    updateSource: UpdateSourceResult;
};
/** Writes. Each needs an editor API key (key management an admin key), runs in one transaction, and is recorded in the change feed. */
export type MutationAddAppearanceArgs = {
    input: AddAppearanceInput;
};
/** Writes. Each needs an editor API key (key management an admin key), runs in one transaction, and is recorded in the change feed. */
export type MutationAddAssessmentArgs = {
    input: AddAssessmentInput;
};
/** Writes. Each needs an editor API key (key management an admin key), runs in one transaction, and is recorded in the change feed. */
export type MutationAddAttributionHopArgs = {
    input: AddAttributionHopInput;
};
/** Writes. Each needs an editor API key (key management an admin key), runs in one transaction, and is recorded in the change feed. */
export type MutationAddClaimActorArgs = {
    input: ClaimActorChangeInput;
};
/** Writes. Each needs an editor API key (key management an admin key), runs in one transaction, and is recorded in the change feed. */
export type MutationAddCueArgs = {
    input: AddCueInput;
};
/** Writes. Each needs an editor API key (key management an admin key), runs in one transaction, and is recorded in the change feed. */
export type MutationArchiveActorArgs = {
    input: ArchiveActorInput;
};
/** Writes. Each needs an editor API key (key management an admin key), runs in one transaction, and is recorded in the change feed. */
export type MutationArchiveAppearanceArgs = {
    input: ArchiveAppearanceInput;
};
/** Writes. Each needs an editor API key (key management an admin key), runs in one transaction, and is recorded in the change feed. */
export type MutationArchiveClaimArgs = {
    input: ArchiveClaimInput;
};
/** Writes. Each needs an editor API key (key management an admin key), runs in one transaction, and is recorded in the change feed. */
export type MutationArchiveSourceArgs = {
    input: ArchiveSourceInput;
};
/** Writes. Each needs an editor API key (key management an admin key), runs in one transaction, and is recorded in the change feed. */
export type MutationCreateActorArgs = {
    input: CreateActorInput;
};
/** Writes. Each needs an editor API key (key management an admin key), runs in one transaction, and is recorded in the change feed. */
export type MutationCreateApiKeyArgs = {
    input: CreateApiKeyInput;
};
/** Writes. Each needs an editor API key (key management an admin key), runs in one transaction, and is recorded in the change feed. */
export type MutationCreateClaimArgs = {
    input: CreateClaimInput;
};
/** Writes. Each needs an editor API key (key management an admin key), runs in one transaction, and is recorded in the change feed. */
export type MutationCreateSourceArgs = {
    input: CreateSourceInput;
};
/** Writes. Each needs an editor API key (key management an admin key), runs in one transaction, and is recorded in the change feed. */
export type MutationImportClaimReviewArgs = {
    input: ImportClaimReviewInput;
};
/** Writes. Each needs an editor API key (key management an admin key), runs in one transaction, and is recorded in the change feed. */
export type MutationImportWebAnnotationsArgs = {
    input: ImportWebAnnotationsInput;
};
/** Writes. Each needs an editor API key (key management an admin key), runs in one transaction, and is recorded in the change feed. */
export type MutationIngestArticleArgs = {
    input: IngestArticleInput;
};
/** Writes. Each needs an editor API key (key management an admin key), runs in one transaction, and is recorded in the change feed. */
export type MutationMergeActorsArgs = {
    input: MergeActorsInput;
};
/** Writes. Each needs an editor API key (key management an admin key), runs in one transaction, and is recorded in the change feed. */
export type MutationMergeClaimsArgs = {
    input: MergeClaimsInput;
};
/** Writes. Each needs an editor API key (key management an admin key), runs in one transaction, and is recorded in the change feed. */
export type MutationMoveAttributionHopArgs = {
    input: MoveAttributionHopInput;
};
/** Writes. Each needs an editor API key (key management an admin key), runs in one transaction, and is recorded in the change feed. */
export type MutationRateSourceArgs = {
    input: RateSourceInput;
};
/** Writes. Each needs an editor API key (key management an admin key), runs in one transaction, and is recorded in the change feed. */
export type MutationRelateClaimsArgs = {
    input: RelateClaimsInput;
};
/** Writes. Each needs an editor API key (key management an admin key), runs in one transaction, and is recorded in the change feed. */
export type MutationRemoveAttributionHopArgs = {
    input: RemoveAttributionHopInput;
};
/** Writes. Each needs an editor API key (key management an admin key), runs in one transaction, and is recorded in the change feed. */
export type MutationRemoveClaimActorArgs = {
    input: ClaimActorChangeInput;
};
/** Writes. Each needs an editor API key (key management an admin key), runs in one transaction, and is recorded in the change feed. */
export type MutationRemoveCueArgs = {
    input: RemoveCueInput;
};
/** Writes. Each needs an editor API key (key management an admin key), runs in one transaction, and is recorded in the change feed. */
export type MutationRevokeApiKeyArgs = {
    input: RevokeApiKeyInput;
};
/** Writes. Each needs an editor API key (key management an admin key), runs in one transaction, and is recorded in the change feed. */
export type MutationUnrelateClaimsArgs = {
    input: UnrelateClaimsInput;
};
/** Writes. Each needs an editor API key (key management an admin key), runs in one transaction, and is recorded in the change feed. */
export type MutationUpdateActorArgs = {
    input: UpdateActorInput;
};
/** Writes. Each needs an editor API key (key management an admin key), runs in one transaction, and is recorded in the change feed. */
export type MutationUpdateAppearanceArgs = {
    input: UpdateAppearanceInput;
};
/** Writes. Each needs an editor API key (key management an admin key), runs in one transaction, and is recorded in the change feed. */
export type MutationUpdateArticleArgs = {
    input: UpdateArticleInput;
};
/** Writes. Each needs an editor API key (key management an admin key), runs in one transaction, and is recorded in the change feed. */
export type MutationUpdateClaimArgs = {
    input: UpdateClaimInput;
};
/** Writes. Each needs an editor API key (key management an admin key), runs in one transaction, and is recorded in the change feed. */
export type MutationUpdateSourceArgs = {
    input: UpdateSourceInput;
};
/** An object with a stable, opaque global ID. */
export type Node = {
    /** The opaque global ID; pass it to `node` to fetch this object again. */
    id: Scalars['ID']['output'];
};
/** The input names an object that does not exist. */
export type NotFoundError = Error & {
    __typename?: 'NotFoundError';
    /** What went wrong, for programs: VALIDATION, NOT_FOUND, CONFLICT or FORBIDDEN. */
    code: Scalars['String']['output'];
    /** The input fields at fault, when the failure is about particular fields. */
    issues: Array<FieldIssue>;
    /** What went wrong, for people. */
    message: Scalars['String']['output'];
};
/** The direction of an ordering. */
export type OrderDirection = 
/** Smallest (or earliest) first. */
'ASC'
/** Largest (or latest) first. */
 | 'DESC';
/** Where a page sits in its connection. */
export type PageInfo = {
    __typename?: 'PageInfo';
    /** The cursor of the last edge of this page. */
    endCursor?: Maybe<Scalars['String']['output']>;
    /** True when a page follows this one. */
    hasNextPage: Scalars['Boolean']['output'];
    /** True when a page precedes this one. */
    hasPreviousPage: Scalars['Boolean']['output'];
    /** The cursor of the first edge of this page. */
    startCursor?: Maybe<Scalars['String']['output']>;
};
/** The review an assessment was imported from, as its publisher gave it. */
export type PublishedReview = {
    __typename?: 'PublishedReview';
    /** The best value of its scale. */
    bestRating?: Maybe<Scalars['Float']['output']>;
    /** The rating in the reviewer’s words (ClaimReview alternateName, the feed’s textualRating). */
    rating?: Maybe<Scalars['String']['output']>;
    /** The reviewer’s numeric rating. */
    ratingValue?: Maybe<Scalars['Float']['output']>;
    /** The review’s page. */
    url?: Maybe<Scalars['String']['output']>;
    /** The worst value of its scale. */
    worstRating?: Maybe<Scalars['Float']['output']>;
};
/** A quantity a claim gives: a value, bounds, or a number the text says is unknown. */
export type Quantity = {
    __typename?: 'Quantity';
    /** Given as approximate ("an estimated"). */
    approximate: Scalars['Boolean']['output'];
    /** The lower bound ("hundreds": 200). */
    lower?: Maybe<Scalars['Float']['output']>;
    /** What is counted. */
    unit?: Maybe<Scalars['String']['output']>;
    /** The text says the number is unknown. */
    unknown: Scalars['Boolean']['output'];
    /** The upper bound. */
    upper?: Maybe<Scalars['Float']['output']>;
    /** The number, when one is given. */
    value?: Maybe<Scalars['Float']['output']>;
};
/** A quantity as the text gives it. */
export type QuantityInput = {
    /** Given as approximate. */
    approximate?: InputMaybe<Scalars['Boolean']['input']>;
    /** The lower bound. */
    lower?: InputMaybe<Scalars['Float']['input']>;
    /** What is counted. */
    unit?: InputMaybe<Scalars['String']['input']>;
    /** The text says the number is unknown. */
    unknown?: InputMaybe<Scalars['Boolean']['input']>;
    /** The upper bound. */
    upper?: InputMaybe<Scalars['Float']['input']>;
    /** The number, when one is given. */
    value?: InputMaybe<Scalars['Float']['input']>;
};
/** Reads the story graph: articles, claims, actors, sources, and search across them. */
export type Query = {
    __typename?: 'Query';
    /** An actor by its ID; null when there is none. */
    actor?: Maybe<Actor>;
    /** Actors, filtered and ordered. */
    actors: ActorConnection;
    /** Every API key, newest first (admin only). */
    apiKeys: Array<ApiKey>;
    /** An article by its ID; null when there is none. */
    article?: Maybe<Article>;
    /** Articles, filtered and ordered. */
    articles: ArticleConnection;
    /** The change feed: every write in commit order. Poll with `since` set to the last `endCursor` you read; no event is skipped or repeated, even while writes run. */
    changes: ChangeEventConnection;
    /** A claim by its ID; null when there is none. */
    claim?: Maybe<Claim>;
    /** A CSV or NDJSON download of the claims a filter selects, with their stated certainty, status, claimants, sources and quoted words. The table streams from the URL given; GraphQL does not carry it. */
    claimTable: ClaimTableDownload;
    /** Claims, filtered by certainty, status, actor, source, article, time and text, and ordered. */
    claims: ClaimConnection;
    /** Fetches any object by its global ID; null when it does not exist. */
    node?: Maybe<Node>;
    /** Fetches objects by their global IDs, in order; null for each that does not exist. */
    nodes: Array<Maybe<Node>>;
    /** Full-text search across articles, claims, actors and sources, best matches first. Accepts web-search syntax: words, "quoted phrases", -exclusions and or. At most 500 matches of each kind are ranked: a query that matches more gets good matches, not necessarily the best; a phrase, more words or `types` narrow it. */
    search: Array<SearchHit>;
    /** A source by its ID; null when there is none. */
    source?: Maybe<Source>;
    /** Sources, filtered and ordered. */
    sources: SourceConnection;
    /** Who the request acts as; null without an API key. */
    viewer?: Maybe<Viewer>;
};
/** Reads the story graph: articles, claims, actors, sources, and search across them. */
export type QueryActorArgs = {
    id: Scalars['ID']['input'];
};
/** Reads the story graph: articles, claims, actors, sources, and search across them. */
export type QueryActorsArgs = {
    after?: InputMaybe<Scalars['String']['input']>;
    before?: InputMaybe<Scalars['String']['input']>;
    filter?: InputMaybe<ActorFilter>;
    first?: InputMaybe<Scalars['Int']['input']>;
    last?: InputMaybe<Scalars['Int']['input']>;
    orderBy?: InputMaybe<ActorOrder>;
};
/** Reads the story graph: articles, claims, actors, sources, and search across them. */
export type QueryArticleArgs = {
    id: Scalars['ID']['input'];
};
/** Reads the story graph: articles, claims, actors, sources, and search across them. */
export type QueryArticlesArgs = {
    after?: InputMaybe<Scalars['String']['input']>;
    before?: InputMaybe<Scalars['String']['input']>;
    filter?: InputMaybe<ArticleFilter>;
    first?: InputMaybe<Scalars['Int']['input']>;
    last?: InputMaybe<Scalars['Int']['input']>;
    orderBy?: InputMaybe<ArticleOrder>;
};
/** Reads the story graph: articles, claims, actors, sources, and search across them. */
export type QueryChangesArgs = {
    after?: InputMaybe<Scalars['String']['input']>;
    before?: InputMaybe<Scalars['String']['input']>;
    entityTypes?: InputMaybe<Array<Scalars['String']['input']>>;
    first?: InputMaybe<Scalars['Int']['input']>;
    last?: InputMaybe<Scalars['Int']['input']>;
    since?: InputMaybe<Scalars['String']['input']>;
};
/** Reads the story graph: articles, claims, actors, sources, and search across them. */
export type QueryClaimArgs = {
    id: Scalars['ID']['input'];
};
/** Reads the story graph: articles, claims, actors, sources, and search across them. */
export type QueryClaimTableArgs = {
    filter?: InputMaybe<ClaimFilter>;
    format: ClaimTableFormat;
};
/** Reads the story graph: articles, claims, actors, sources, and search across them. */
export type QueryClaimsArgs = {
    after?: InputMaybe<Scalars['String']['input']>;
    before?: InputMaybe<Scalars['String']['input']>;
    filter?: InputMaybe<ClaimFilter>;
    first?: InputMaybe<Scalars['Int']['input']>;
    last?: InputMaybe<Scalars['Int']['input']>;
    orderBy?: InputMaybe<ClaimOrder>;
};
/** Reads the story graph: articles, claims, actors, sources, and search across them. */
export type QueryNodeArgs = {
    id: Scalars['ID']['input'];
};
/** Reads the story graph: articles, claims, actors, sources, and search across them. */
export type QueryNodesArgs = {
    ids: Array<Scalars['ID']['input']>;
};
/** Reads the story graph: articles, claims, actors, sources, and search across them. */
export type QuerySearchArgs = {
    first?: InputMaybe<Scalars['Int']['input']>;
    query: Scalars['String']['input'];
    types?: InputMaybe<Array<SearchableType>>;
};
/** Reads the story graph: articles, claims, actors, sources, and search across them. */
export type QuerySourceArgs = {
    id: Scalars['ID']['input'];
};
/** Reads the story graph: articles, claims, actors, sources, and search across them. */
export type QuerySourcesArgs = {
    after?: InputMaybe<Scalars['String']['input']>;
    before?: InputMaybe<Scalars['String']['input']>;
    filter?: InputMaybe<SourceFilter>;
    first?: InputMaybe<Scalars['Int']['input']>;
    last?: InputMaybe<Scalars['Int']['input']>;
    orderBy?: InputMaybe<SourceOrder>;
};
/** A new dated entry in a source’s reliability history. */
export type RateSourceInput = {
    /** When it was judged; now when omitted. */
    assessedAt?: InputMaybe<Scalars['DateTime']['input']>;
    /** A commit message, kept with the write in the audit log. */
    message?: InputMaybe<Scalars['String']['input']>;
    /** The Admiralty rating. */
    rating: ReliabilityRating;
    /** Why. */
    rationale: Scalars['String']['input'];
    /** The source’s global ID. */
    sourceId: Scalars['ID']['input'];
};
/** What `rateSource` returns: the source with its new current rating, or why nothing changed. */
export type RateSourceResult = ConflictError | ForbiddenError | NotFoundError | RateSourceSuccess | ValidationError;
/** `rateSource` succeeded. */
export type RateSourceSuccess = {
    __typename?: 'RateSourceSuccess';
    /** The source with its new current rating. */
    source: Source;
};
/** A reviewer’s own textual rating and the verification status it means. */
export type RatingMappingInput = {
    /** The rating’s words, e.g. "Four Pinocchios" (case and punctuation aside). */
    rating: Scalars['String']['input'];
    /** What it means. */
    status: VerificationStatus;
};
/** What became of an appearance when its article got a new version. */
export type ReanchorStatus = 
/** Its words are not in the new text (or are there more than once); it is marked orphaned. */
'ORPHANED'
/** Its words were found in the new text; a new appearance anchors them there. */
 | 'REANCHORED';
/** One appearance of the previous version, and what became of it in the new one. */
export type ReanchoredAppearance = {
    __typename?: 'ReanchoredAppearance';
    /** The new appearance in the new version; null when orphaned. */
    appearance?: Maybe<ClaimAppearance>;
    /** The appearance in the previous version. */
    previous: ClaimAppearance;
    /** The words that were looked for. */
    quote: Scalars['String']['output'];
    /** Why it was orphaned. */
    reason?: Maybe<Scalars['String']['output']>;
    /** Found again, or orphaned. */
    status: ReanchorStatus;
};
/** A link between two claims: `from` bears on `to` as `type` says. */
export type RelateClaimsInput = {
    /** The claim that bears on the other. */
    fromClaimId: Scalars['ID']['input'];
    /** A commit message, kept with the write in the audit log. */
    message?: InputMaybe<Scalars['String']['input']>;
    /** Why. */
    note?: InputMaybe<Scalars['String']['input']>;
    /** The claim borne on. */
    toClaimId: Scalars['ID']['input'];
    /** How. */
    type: RelationType;
};
/** What `relateClaims` returns: the new relation, or why nothing changed. */
export type RelateClaimsResult = ConflictError | ForbiddenError | NotFoundError | RelateClaimsSuccess | ValidationError;
/** `relateClaims` succeeded. */
export type RelateClaimsSuccess = {
    __typename?: 'RelateClaimsSuccess';
    /** The new relation. */
    relation: ClaimRelation;
};
/** How one claim bears on another. */
export type RelationType = 
/** Cannot both be true. */
'CONTRADICTS'
/** Is synthesised from the other (a headline from its reports). */
 | 'DERIVED_FROM'
/** Is the same proposition. */
 | 'SAME_AS'
/** Adds detail to the other (a place, a time). */
 | 'SPECIFIES'
/** Makes the other more likely. */
 | 'SUPPORTS'
/** Weakens the other without contradicting it, e.g. an absence of confirmation. */
 | 'UNDERCUTS';
/** Admiralty-code source reliability, A (best) to F, plus G for deliberate deception. */
export type ReliabilityRating = 
/** Completely reliable. */
'A'
/** Usually reliable. */
 | 'B'
/** Fairly reliable. */
 | 'C'
/** Not usually reliable. */
 | 'D'
/** Unreliable. */
 | 'E'
/** Reliability cannot be judged. */
 | 'F'
/** Deliberately deceptive. */
 | 'G';
/** A hop to remove; later hops move up. */
export type RemoveAttributionHopInput = {
    /** The hop’s global ID. */
    id: Scalars['ID']['input'];
    /** A commit message, kept with the write in the audit log. */
    message?: InputMaybe<Scalars['String']['input']>;
};
/** What `removeAttributionHop` returns: the appearance with its shortened chain, or why nothing changed. */
export type RemoveAttributionHopResult = ConflictError | ForbiddenError | NotFoundError | RemoveAttributionHopSuccess | ValidationError;
/** `removeAttributionHop` succeeded. */
export type RemoveAttributionHopSuccess = {
    __typename?: 'RemoveAttributionHopSuccess';
    /** The appearance with its shortened chain. */
    appearance: ClaimAppearance;
};
/** What `removeClaimActor` returns: the claim, or why nothing changed. */
export type RemoveClaimActorResult = ConflictError | ForbiddenError | NotFoundError | RemoveClaimActorSuccess | ValidationError;
/** `removeClaimActor` succeeded. */
export type RemoveClaimActorSuccess = {
    __typename?: 'RemoveClaimActorSuccess';
    /** The claim. */
    claim: Claim;
};
/** A cue to remove. */
export type RemoveCueInput = {
    /** The cue’s global ID. */
    id: Scalars['ID']['input'];
    /** A commit message, kept with the write in the audit log. */
    message?: InputMaybe<Scalars['String']['input']>;
};
/** What `removeCue` returns: the appearance without the cue, or why nothing changed. */
export type RemoveCueResult = ConflictError | ForbiddenError | NotFoundError | RemoveCueSuccess | ValidationError;
/** `removeCue` succeeded. */
export type RemoveCueSuccess = {
    __typename?: 'RemoveCueSuccess';
    /** The appearance without the cue. */
    appearance: ClaimAppearance;
};
/** An API key to revoke; it stops working at once. */
export type RevokeApiKeyInput = {
    /** The key’s global ID. */
    id: Scalars['ID']['input'];
    /** A commit message, kept with the write in the audit log. */
    message?: InputMaybe<Scalars['String']['input']>;
};
/** What `revokeApiKey` returns: the revoked key, or why nothing changed. */
export type RevokeApiKeyResult = ConflictError | ForbiddenError | NotFoundError | RevokeApiKeySuccess | ValidationError;
/** `revokeApiKey` succeeded. */
export type RevokeApiKeySuccess = {
    __typename?: 'RevokeApiKeySuccess';
    /** The revoked key. */
    apiKey: ApiKey;
};
/** One search result, with its rank and the fragments that matched. */
export type SearchHit = {
    __typename?: 'SearchHit';
    /** Fragments of the matched text with the matching words marked. */
    highlights: Array<Highlight>;
    /** What was found. */
    node: SearchResult;
    /** Relevance: higher is better; comparable within one search. */
    rank: Scalars['Float']['output'];
};
/** Anything `search` can find. */
export type SearchResult = Actor | Article | Claim | Source;
/** The kinds of object `search` can find. */
export type SearchableType = 
/** Actors, by name and aliases. */
'ACTOR'
/** Articles, by headline and text. */
 | 'ARTICLE'
/** Claims, by their words. */
 | 'CLAIM'
/** Sources, by name and domain. */
 | 'SOURCE';
/** An outlet, platform, account, document or unnamed collective that carried words. */
export type Source = Node & {
    __typename?: 'Source';
    /** The attribution hops where this source carried a claim: what it reported or relayed. */
    attributions: AttributionHopConnection;
    /** Sources that belong to this one. */
    children: Array<Source>;
    /** ISO 3166-1 alpha-2 country code. */
    country?: Maybe<Scalars['String']['output']>;
    /** When it was recorded. */
    createdAt: Scalars['DateTime']['output'];
    /** A note on the source. */
    description?: Maybe<Scalars['String']['output']>;
    /** Its web domain, e.g. independent.co.uk. */
    domain?: Maybe<Scalars['String']['output']>;
    /** Every write to this object (and, for a claim, to its appearances, relations and assessments), oldest first. */
    history: ChangeEventConnection;
    /** The opaque global ID; pass it to `node` to fetch this object again. */
    id: Scalars['ID']['output'];
    /** What kind of channel this is. */
    kind: SourceKind;
    /** BCP 47 language codes it publishes in. */
    languages: Array<Scalars['String']['output']>;
    /** The source’s name. */
    name: Scalars['String']['output'];
    /** The source this one belongs to. */
    parent?: Maybe<Source>;
    /** Articles this source published. */
    publishedArticles: ArticleConnection;
    /** The current reliability rating: the latest entry of the history. */
    reliability?: Maybe<SourceReliability>;
    /** Every reliability rating given to this source, latest first. */
    reliabilityHistory: Array<SourceReliability>;
    /** Increases with every change; send it back with an update. */
    revision: Scalars['Int']['output'];
    /** Owned or controlled by a state. */
    stateAffiliated: Scalars['Boolean']['output'];
    /** When it was last changed. */
    updatedAt: Scalars['DateTime']['output'];
    /** Its home page, when it has one. */
    url?: Maybe<Scalars['String']['output']>;
};
/** An outlet, platform, account, document or unnamed collective that carried words. */
export type SourceAttributionsArgs = {
    after?: InputMaybe<Scalars['String']['input']>;
    before?: InputMaybe<Scalars['String']['input']>;
    first?: InputMaybe<Scalars['Int']['input']>;
    last?: InputMaybe<Scalars['Int']['input']>;
    role?: InputMaybe<HopRole>;
};
/** An outlet, platform, account, document or unnamed collective that carried words. */
export type SourceHistoryArgs = {
    after?: InputMaybe<Scalars['String']['input']>;
    before?: InputMaybe<Scalars['String']['input']>;
    first?: InputMaybe<Scalars['Int']['input']>;
    last?: InputMaybe<Scalars['Int']['input']>;
};
/** An outlet, platform, account, document or unnamed collective that carried words. */
export type SourcePublishedArticlesArgs = {
    after?: InputMaybe<Scalars['String']['input']>;
    before?: InputMaybe<Scalars['String']['input']>;
    first?: InputMaybe<Scalars['Int']['input']>;
    last?: InputMaybe<Scalars['Int']['input']>;
};
/** A page of sources. */
export type SourceConnection = {
    __typename?: 'SourceConnection';
    /** The edges of this page. */
    edges: Array<SourceEdge>;
    /** Whether there are more pages, and the cursors to reach them. */
    pageInfo: PageInfo;
    /** How many items the whole connection holds, across all pages. */
    totalCount: Scalars['Int']['output'];
};
/** One item of a SourceConnection page, with its cursor. */
export type SourceEdge = {
    __typename?: 'SourceEdge';
    /** An opaque cursor for this edge; pass it as `after` for the next page. */
    cursor: Scalars['String']['output'];
    /** The item at the end of this edge. */
    node: Source;
};
/** Narrows a list of sources; all given conditions must hold. */
export type SourceFilter = {
    /** ISO 3166-1 alpha-2 country code. */
    country?: InputMaybe<Scalars['String']['input']>;
    /** Any of these kinds. */
    kinds?: InputMaybe<Array<SourceKind>>;
    /** Name or domain contains this text (case-insensitive). */
    name?: InputMaybe<Scalars['String']['input']>;
    /** State-affiliated or not. */
    stateAffiliated?: InputMaybe<Scalars['Boolean']['input']>;
};
/** What kind of channel a source is. */
export type SourceKind = 
/** A television or radio broadcaster. */
'BROADCASTER'
/** A document: a report, a filing, a leaked file. */
 | 'DOCUMENT'
/** Video or images, as a source of their own. */
 | 'FOOTAGE'
/** A newspaper, magazine or news site. */
 | 'NEWS_OUTLET'
/** A government or organisation speaking for itself. */
 | 'OFFICIAL_BODY'
/** One account on a social platform. */
 | 'SOCIAL_ACCOUNT'
/** A social media platform as a whole. */
 | 'SOCIAL_PLATFORM'
/** Media owned or controlled by a state. */
 | 'STATE_MEDIA'
/** Sources a text refers to without naming them ("Arabic language media"). */
 | 'UNNAMED_COLLECTIVE'
/** A news agency selling copy to other outlets. */
 | 'WIRE';
/** An ordering of sources. */
export type SourceOrder = {
    /** Which way. */
    direction?: InputMaybe<OrderDirection>;
    /** What to order by. */
    field: SourceOrderField;
};
/** What to order sources by. */
export type SourceOrderField = 
/** When it was recorded. */
'CREATED_AT'
/** The name. */
 | 'NAME';
/** One dated rating in a source’s reliability history. */
export type SourceReliability = {
    __typename?: 'SourceReliability';
    /** When the rating was given. */
    assessedAt: Scalars['DateTime']['output'];
    /** Who gave the rating. */
    assessedBy: Scalars['String']['output'];
    /** The Admiralty rating. */
    rating: ReliabilityRating;
    /** Why the source was rated so. */
    rationale: Scalars['String']['output'];
};
/** How certain the text itself says a claim is: what it states, not what is true. */
export type StatedCertainty = 
/** The text notes that something has not been said or confirmed. */
'ABSENCE_OF_CONFIRMATION'
/** An accusation or contested claim by a party. */
 | 'ALLEGATION'
/** Asserted by the writer without naming a source. */
 | 'ASSERTED_UNATTRIBUTED'
/** Said by a named speaker or source. */
 | 'ATTRIBUTED_STATEMENT'
/** A party denies it. */
 | 'DENIAL'
/** Stated as settled background fact. */
 | 'ESTABLISHED_FACT'
/** A figure given as an estimate. */
 | 'ESTIMATE'
/** A stated plan or pledge. */
 | 'INTENTION'
/** An official speaking for a government or body. */
 | 'OFFICIAL_STATEMENT'
/** A judgement rather than a fact. */
 | 'OPINION'
/** Circulating rumour. */
 | 'RUMOUR'
/** A possibility the writer raises ("may have"). */
 | 'SPECULATION'
/** Reports the text says are unconfirmed. */
 | 'UNCONFIRMED_REPORT';
/** Live updates over Server-Sent Events (GraphQL over SSE): committed writes, as they happen. */
export type Subscription = {
    __typename?: 'Subscription';
    /** Hears new appearances of claims. */
    appearanceAdded: AppearanceAdded;
    /** Hears new assessments of claims. */
    assessmentAdded: AssessmentAdded;
    /** Hears every committed write to claims: the claim itself, its appearances, relations and assessments. */
    claimChanged: ClaimChange;
};
/** Live updates over Server-Sent Events (GraphQL over SSE): committed writes, as they happen. */
export type SubscriptionAppearanceAddedArgs = {
    filter?: InputMaybe<ChangeFilter>;
};
/** Live updates over Server-Sent Events (GraphQL over SSE): committed writes, as they happen. */
export type SubscriptionAssessmentAddedArgs = {
    filter?: InputMaybe<ChangeFilter>;
};
/** Live updates over Server-Sent Events (GraphQL over SSE): committed writes, as they happen. */
export type SubscriptionClaimChangedArgs = {
    filter?: InputMaybe<ChangeFilter>;
};
/** Where words sit in a stored text, after the W3C Web Annotation selectors: a text-quote selector (exact, prefix, suffix) and a text-position selector (start, end), with text[start:end] equal to exact. */
export type TextAnchor = {
    __typename?: 'TextAnchor';
    /** End offset, exclusive. */
    end: Scalars['Int']['output'];
    /** The words, exactly as the text has them. */
    exact: Scalars['String']['output'];
    /** Up to 32 characters before the words. */
    prefix: Scalars['String']['output'];
    /** Start offset (UTF-16 code units). */
    start: Scalars['Int']['output'];
    /** Up to 32 characters after the words. */
    suffix: Scalars['String']['output'];
};
/** A block of a version’s text, as a [start, end) span. */
export type TextBlock = {
    __typename?: 'TextBlock';
    /** End offset, exclusive. */
    end: Scalars['Int']['output'];
    /** The block’s role. */
    kind: BlockKind;
    /** Start offset in the version’s text (UTF-16 code units). */
    start: Scalars['Int']['output'];
    /** The block’s words. */
    text: Scalars['String']['output'];
};
/** Words of a stored text, as a W3C text-quote selector. Plain or typographic quotes, dashes and spaces all match; a prefix or suffix chooses between repeats. */
export type TextQuoteInput = {
    /** The words. */
    exact: Scalars['String']['input'];
    /** Text just before them. */
    prefix?: InputMaybe<Scalars['String']['input']>;
    /** Text just after them. */
    suffix?: InputMaybe<Scalars['String']['input']>;
};
/** Removes a link between two claims. */
export type UnrelateClaimsInput = {
    /** The relation’s global ID. */
    id: Scalars['ID']['input'];
    /** A commit message, kept with the write in the audit log. */
    message?: InputMaybe<Scalars['String']['input']>;
};
/** What `unrelateClaims` returns: the claim the link went from, or why nothing changed. */
export type UnrelateClaimsResult = ConflictError | ForbiddenError | NotFoundError | UnrelateClaimsSuccess | ValidationError;
/** `unrelateClaims` succeeded. */
export type UnrelateClaimsSuccess = {
    __typename?: 'UnrelateClaimsSuccess';
    /** The claim the link went from. */
    claim: Claim;
};
/** Changes to an actor: omitted fields stay as they are; null clears a field. */
export type UpdateActorInput = {
    /** Other names and spellings as texts use them. */
    aliases?: InputMaybe<Array<Scalars['String']['input']>>;
    /** ISO 3166-1 alpha-2 country code. */
    country?: InputMaybe<Scalars['String']['input']>;
    /** A note on the actor. */
    description?: InputMaybe<Scalars['String']['input']>;
    /** The actor’s global ID. */
    id: Scalars['ID']['input'];
    /** What kind of actor. */
    kind?: InputMaybe<ActorKind>;
    /** A commit message, kept with the write in the audit log. */
    message?: InputMaybe<Scalars['String']['input']>;
    /** The canonical name. */
    name?: InputMaybe<Scalars['String']['input']>;
    /** What this actor is part of. */
    parentId?: InputMaybe<Scalars['ID']['input']>;
    /** The revision the change was made against. */
    revision: Scalars['Int']['input'];
    /** The Wikidata item, e.g. Q148. */
    wikidataId?: InputMaybe<Scalars['String']['input']>;
};
/** What `updateActor` returns: the actor as changed, or why nothing changed. */
export type UpdateActorResult = ConflictError | ForbiddenError | NotFoundError | UpdateActorSuccess | ValidationError;
/** `updateActor` succeeded. */
export type UpdateActorSuccess = {
    __typename?: 'UpdateActorSuccess';
    /** The actor as changed. */
    actor: Actor;
};
/** Changes to an appearance’s reading (its words are fixed by its anchor). */
export type UpdateAppearanceInput = {
    /** The appearance’s global ID. */
    id: Scalars['ID']['input'];
    /** A commit message, kept with the write in the audit log. */
    message?: InputMaybe<Scalars['String']['input']>;
    /** An analyst’s note. */
    note?: InputMaybe<Scalars['String']['input']>;
    /** The revision the change was made against. */
    revision: Scalars['Int']['input'];
    /** How certain the text says it is. */
    statedCertainty?: InputMaybe<StatedCertainty>;
};
/** What `updateAppearance` returns: the appearance as changed, or why nothing changed. */
export type UpdateAppearanceResult = ConflictError | ForbiddenError | NotFoundError | UpdateAppearanceSuccess | ValidationError;
/** `updateAppearance` succeeded. */
export type UpdateAppearanceSuccess = {
    __typename?: 'UpdateAppearanceSuccess';
    /** The appearance as changed. */
    appearance: ClaimAppearance;
};
/** Changes to an article’s details (its text changes by ingesting a new version). */
export type UpdateArticleInput = {
    /** The author(s), as credited. */
    byline?: InputMaybe<Scalars['String']['input']>;
    /** The headline. */
    headline?: InputMaybe<Scalars['String']['input']>;
    /** The article’s global ID. */
    id: Scalars['ID']['input'];
    /** BCP 47 language code; en when omitted. */
    language?: InputMaybe<Scalars['String']['input']>;
    /** A commit message, kept with the write in the audit log. */
    message?: InputMaybe<Scalars['String']['input']>;
    /** The source that first published it. */
    originalPublisherId?: InputMaybe<Scalars['ID']['input']>;
    /** When it was published, if known. */
    publishedAt?: InputMaybe<Scalars['DateTime']['input']>;
    /** The source that published this copy. */
    publisherId?: InputMaybe<Scalars['ID']['input']>;
    /** The revision the change was made against. */
    revision: Scalars['Int']['input'];
    /** Where it was published. */
    url?: InputMaybe<Scalars['String']['input']>;
};
/** What `updateArticle` returns: the article as changed, or why nothing changed. */
export type UpdateArticleResult = ConflictError | ForbiddenError | NotFoundError | UpdateArticleSuccess | ValidationError;
/** `updateArticle` succeeded. */
export type UpdateArticleSuccess = {
    __typename?: 'UpdateArticleSuccess';
    /** The article as changed. */
    article: Article;
};
/** Changes to a claim: omitted fields stay as they are; null clears a field. */
export type UpdateClaimInput = {
    /** The claim’s global ID. */
    id: Scalars['ID']['input'];
    /** The actor (a place) where it happens. */
    locationId?: InputMaybe<Scalars['ID']['input']>;
    /** A commit message, kept with the write in the audit log. */
    message?: InputMaybe<Scalars['String']['input']>;
    /** The quantity it gives. */
    quantity?: InputMaybe<QuantityInput>;
    /** The revision the change was made against. */
    revision: Scalars['Int']['input'];
    /** The proposition, in canonical words. */
    text?: InputMaybe<Scalars['String']['input']>;
    /** Resolved end of the event time, exclusive. */
    timeEnd?: InputMaybe<Scalars['DateTime']['input']>;
    /** Resolved start of the event time. */
    timeStart?: InputMaybe<Scalars['DateTime']['input']>;
    /** The event time as written, e.g. "on Thursday". */
    timeText?: InputMaybe<Scalars['String']['input']>;
    /** What kind of proposition it is. */
    type?: InputMaybe<ClaimType>;
};
/** What `updateClaim` returns: the claim as changed, or why nothing changed. */
export type UpdateClaimResult = ConflictError | ForbiddenError | NotFoundError | UpdateClaimSuccess | ValidationError;
/** `updateClaim` succeeded. */
export type UpdateClaimSuccess = {
    __typename?: 'UpdateClaimSuccess';
    /** The claim as changed. */
    claim: Claim;
};
/** Changes to a source: omitted fields stay as they are; null clears a field. */
export type UpdateSourceInput = {
    /** ISO 3166-1 alpha-2 country code. */
    country?: InputMaybe<Scalars['String']['input']>;
    /** A note on the source. */
    description?: InputMaybe<Scalars['String']['input']>;
    /** Its web domain. */
    domain?: InputMaybe<Scalars['String']['input']>;
    /** The source’s global ID. */
    id: Scalars['ID']['input'];
    /** What kind of channel it is. */
    kind?: InputMaybe<SourceKind>;
    /** BCP 47 language codes. */
    languages?: InputMaybe<Array<Scalars['String']['input']>>;
    /** A commit message, kept with the write in the audit log. */
    message?: InputMaybe<Scalars['String']['input']>;
    /** Its name. */
    name?: InputMaybe<Scalars['String']['input']>;
    /** The source this one belongs to. */
    parentId?: InputMaybe<Scalars['ID']['input']>;
    /** The revision the change was made against. */
    revision: Scalars['Int']['input'];
    /** Owned or controlled by a state. */
    stateAffiliated?: InputMaybe<Scalars['Boolean']['input']>;
    /** Its home page. */
    url?: InputMaybe<Scalars['String']['input']>;
};
/** What `updateSource` returns: the source as changed, or why nothing changed. */
export type UpdateSourceResult = ConflictError | ForbiddenError | NotFoundError | UpdateSourceSuccess | ValidationError;
/** `updateSource` succeeded. */
export type UpdateSourceSuccess = {
    __typename?: 'UpdateSourceSuccess';
    /** The source as changed. */
    source: Source;
};
/** The input is not valid; `issues` names each field at fault. */
export type ValidationError = Error & {
    __typename?: 'ValidationError';
    /** What went wrong, for programs: VALIDATION, NOT_FOUND, CONFLICT or FORBIDDEN. */
    code: Scalars['String']['output'];
    /** The input fields at fault, when the failure is about particular fields. */
    issues: Array<FieldIssue>;
    /** What went wrong, for people. */
    message: Scalars['String']['output'];
};
/** What an analyst concluded about a claim. Every status but UNVERIFIED and IN_PROGRESS closes it. */
export type VerificationStatus = 
/** Established as false. */
'CONFIRMED_FALSE'
/** Established as true. */
 | 'CONFIRMED_TRUE'
/** Being checked. */
 | 'IN_PROGRESS'
/** True in its words, false in what it implies. */
 | 'MISLEADING'
/** Partly true, partly false. */
 | 'MIXED'
/** Not a checkable proposition (an opinion, a prediction). */
 | 'NOT_CHECKABLE'
/** Likely false on the evidence. */
 | 'PROBABLY_FALSE'
/** Likely true on the evidence. */
 | 'PROBABLY_TRUE'
/** Cannot be checked with the evidence that can be had. */
 | 'UNVERIFIABLE'
/** Not yet looked at. */
 | 'UNVERIFIED';
/** Who the request acts as. */
export type Viewer = {
    __typename?: 'Viewer';
    /** The API key’s owner. */
    owner: Scalars['String']['output'];
    /** The API key’s role. */
    role: ApiKeyRole;
};
/** What a Web Annotation import wrote. */
export type WebAnnotationImport = {
    __typename?: 'WebAnnotationImport';
    /** Each annotation, in document order. */
    annotations: Array<ImportedAnnotation>;
    /** Appearances created. */
    appearancesCreated: Scalars['Int']['output'];
    /** The article annotated. */
    article: Article;
    /** Claims created for annotations that gave only words. */
    claimsCreated: Scalars['Int']['output'];
    /** Annotations whose claim was already stated at those words. */
    unchanged: Scalars['Int']['output'];
};
