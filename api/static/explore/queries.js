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
  source { id title url publisher publishedAt format }
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
    events { id kind date summary pctChange direction }
    relations { type direction validFrom validTo properties other { ...Head } }
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
query RelationEvidence($id: ID!, $types: [RelationType!]) {
  entity(id: $id) {
    id
    relations(types: $types, direction: OUT) { type validFrom validTo properties other { id } evidence { ...Ev } }
  }
}${EVIDENCE}`;

export const DETAILS = `
query Details($id: ID!) {
  entity(id: $id) {
    id kind name aliases
    ... on Organization {
      legalName categories foundedOn
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
      productKind releasedOn discontinuedOn attributes
      developer { id name }
      basedOn { id name }
    }
    events {
      id kind date summary pctChange direction action fromRating toRating instrument
      amount { amount currency }
      actor { id name }
      evidence { ...Ev }
    }
    sources { id title url publisher publishedAt format }
  }
}
fragment AV on AttributeValue {
  attribute value validFrom validTo
  evidence { ...Ev }
  conflictsWith { value validFrom validTo evidence { source { title publisher publishedAt } } }
}${EVIDENCE}`;

export const PATHS = `
query Paths($from: String!, $to: String!, $maxHops: Int, $asOf: PartialDate) {
  paths(from: $from, to: $to, maxHops: $maxHops, asOf: $asOf, limit: 5) {
    hops { relation from { ...Head } to { ...Head } evidence { ...Ev } }
  }
}${HEAD}${EVIDENCE}`;

// Relations of several entities restricted to one type each: used to draw a path's hops as the real, dated edges.
export function hopRelationsQuery(count) {
  const vars = Array.from({ length: count }, (_, i) => `$id${i}: ID!, $t${i}: [RelationType!]`).join(", ");
  const fields = Array.from(
    { length: count },
    (_, i) =>
      `h${i}: entity(id: $id${i}) { ...Head relations(types: $t${i}) { type direction validFrom validTo properties other { ...Head } } }`,
  ).join("\n  ");
  return `query HopRelations(${vars}) {\n  ${fields}\n}${HEAD}`;
}
