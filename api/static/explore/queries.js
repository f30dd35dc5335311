// GraphQL documents, written against the public contract (schema.graphql). Nothing outside it is used.

const HEAD = `
fragment Head on Entity {
  id kind name
  ... on Organization { categories }
  ... on Product { productKind }
}`;

const EVIDENCE = `
fragment Ev on Evidence {
  quote start end recordedAt confidence
  source { id title url publisher publishedAt loadedAt format }
}`;

export const SEARCH = `
query Search($text: String!, $limit: Int) {
  search(text: $text, limit: $limit) { score matched entity { ...Head } }
}${HEAD}`;

// An entity with all its relations (any period: the time slider fades them client-side after asking the
// server which ones hold at asOf) and its events (for the badge).
export const NEIGHBOURHOOD = `
query Neighbourhood($id: ID!) {
  entity(id: $id) {
    ...Head
    events { id kind date summary pctChange direction subject { id } }
    relations { type direction validFrom validTo dated endedBefore text properties other { ...Head } }
  }
}${HEAD}`;

// The neighbours' price moves, asked after the first draw so that badges never hold the graph back.
export const NEIGHBOUR_MOVES = `
query NeighbourMoves($id: ID!) {
  entity(id: $id) {
    id
    relations { other { id events(kinds: [PRICE_MOVE]) { id kind date pctChange direction } } }
  }
}`;

export function relationsAsOfQuery(count) {
  const vars = Array.from({ length: count }, (_, i) => `$id${i}: ID!`).join(", ");
  const fields = Array.from(
    { length: count },
    (_, i) =>
      `e${i}: entity(id: $id${i}) { id relations(asOf: $asOf) { type direction validFrom validTo properties other { id } } }`,
  ).join("\n  ");
  return `query RelationsAsOf($asOf: PartialDate, ${vars}) {\n  ${fields}\n}`;
}

export const RELATION_EVIDENCE = `
query RelationEvidence($id: ID!, $types: [RelationType!], $target: ID!) {
  entity(id: $id) {
    id
    relations(types: $types, direction: OUT) {
      type validFrom validTo dated endedBefore text properties other { id } evidence { ...Ev }
    }
  }
  target: entity(id: $target) {
    id
    ... on Organization { fundingRounds { id date stage amount { amount currency } } }
  }
}${EVIDENCE}`;

// The entity and its timeline: its events plus what the graph's dates tell (founding, releases, role changes...).
export const DETAILS = `
query Details($id: ID!, $ref: String!) {
  timeline(entity: $ref) {
    id kind date summary derived pctChange direction action fromRating toRating instrument
    amount { amount currency }
    subject { id name }
    actor { id name }
    evidence { ...Ev }
  }
  entity(id: $id) {
    id kind name aliases
    ... on Organization {
      legalName categories foundedOn dissolvedOn description
      headquarters { id name }
      founders { id name }
      parent { id name }
      fundingRounds {
        id date stage
        amount { amount currency }
        preMoneyValuation { amount currency }
        postMoneyValuation { amount currency }
        leads { id name }
        investors { id name }
      }
      attributeHistory { ...AV }
    }
    ... on Product {
      productKind releasedOn discontinuedOn attributes description
      developer { id name }
      basedOn { id name }
    }
    ... on Person { description }
    sources { id title url publisher publishedAt loadedAt format }
  }
}
fragment AV on AttributeValue {
  attribute value validFrom validTo dated
  evidence { ...Ev }
  conflictsWith { value validFrom validTo evidence { source { title publisher publishedAt } } }
}${EVIDENCE}`;

export const PATHS = `
query Paths($from: String!, $to: String!, $maxHops: Int, $asOf: PartialDate) {
  paths(from: $from, to: $to, maxHops: $maxHops, asOf: $asOf, limit: 5) {
    hops {
      relation forward text validFrom validTo dated endedBefore
      from { ...Head } to { ...Head } subject { id name } object { id name } evidence { ...Ev }
    }
  }
}${HEAD}${EVIDENCE}`;

// Relations of several entities restricted to one type each: used to draw a path's hops as the real, dated edges.
export function hopRelationsQuery(count) {
  const vars = Array.from({ length: count }, (_, i) => `$id${i}: ID!, $t${i}: [RelationType!]`).join(", ");
  const fields = Array.from(
    { length: count },
    (_, i) =>
      `h${i}: entity(id: $id${i}) { ...Head relations(types: $t${i}) { type direction validFrom validTo dated endedBefore text properties other { ...Head } } }`,
  ).join("\n  ");
  return `query HopRelations(${vars}) {\n  ${fields}\n}${HEAD}`;
}
