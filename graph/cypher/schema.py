"""The storage schema of each backend: Ladybug's tables, Neo4j's constraints and indexes (graph/cypher/queries.py
describes the shape both hold). Each backend's init() runs its tuple; every statement is idempotent."""

from __future__ import annotations

LADYBUG_SCHEMA: tuple[str, ...] = (
    "CREATE NODE TABLE IF NOT EXISTS Entity(id STRING PRIMARY KEY, kind STRING, name STRING, names STRING[],"
    " name_folded STRING, categories STRING[], founded_key STRING, retracted_at STRING, merged_into STRING,"
    " data STRING)",
    "CREATE NODE TABLE IF NOT EXISTS NameKey(key STRING PRIMARY KEY)",
    "CREATE NODE TABLE IF NOT EXISTS Event(id STRING PRIMARY KEY, kind STRING, date_key STRING,"
    " retracted_at STRING, data STRING)",
    "CREATE NODE TABLE IF NOT EXISTS AttributeValue(id STRING PRIMARY KEY, attribute STRING,"
    " retracted_at STRING, data STRING)",
    "CREATE NODE TABLE IF NOT EXISTS Source(id STRING PRIMARY KEY, sha256 STRING, loaded_at STRING, data STRING)",
    "CREATE NODE TABLE IF NOT EXISTS MergeRecord(id STRING PRIMARY KEY, data STRING)",
    "CREATE NODE TABLE IF NOT EXISTS MergeCandidate(id STRING PRIMARY KEY, data STRING)",
    "CREATE NODE TABLE IF NOT EXISTS RelationId(id STRING PRIMARY KEY)",
    "CREATE REL TABLE IF NOT EXISTS REL(FROM Entity TO Entity, id STRING, type STRING, from_key STRING,"
    " to_key STRING, retracted_at STRING, data STRING)",
    "CREATE REL TABLE IF NOT EXISTS NAMES(FROM NameKey TO Entity)",
    "CREATE REL TABLE IF NOT EXISTS INVOLVES(FROM Event TO Entity, role STRING)",
    "CREATE REL TABLE IF NOT EXISTS HAS_VALUE(FROM Entity TO AttributeValue)",
    "CREATE NODE TABLE IF NOT EXISTS RetractionLog(id STRING PRIMARY KEY, data STRING)",
    "CREATE NODE TABLE IF NOT EXISTS ReviewLog(id STRING PRIMARY KEY, data STRING)",
    # Added after the first release: a store written before gets the column (null: a fact) when opened.
    "ALTER TABLE REL ADD IF NOT EXISTS review STRING",
    "ALTER TABLE Event ADD IF NOT EXISTS review STRING",
    "ALTER TABLE AttributeValue ADD IF NOT EXISTS review STRING",
)

NEO4J_SCHEMA: tuple[str, ...] = (
    "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE",
    "CREATE CONSTRAINT namekey_key IF NOT EXISTS FOR (n:NameKey) REQUIRE n.key IS UNIQUE",
    "CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE",
    "CREATE CONSTRAINT attribute_value_id IF NOT EXISTS FOR (n:AttributeValue) REQUIRE n.id IS UNIQUE",
    "CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE",
    "CREATE CONSTRAINT merge_record_id IF NOT EXISTS FOR (n:MergeRecord) REQUIRE n.id IS UNIQUE",
    "CREATE CONSTRAINT merge_candidate_id IF NOT EXISTS FOR (n:MergeCandidate) REQUIRE n.id IS UNIQUE",
    "CREATE CONSTRAINT relation_id IF NOT EXISTS FOR (n:RelationId) REQUIRE n.id IS UNIQUE",
    "CREATE INDEX entity_kind IF NOT EXISTS FOR (n:Entity) ON (n.kind)",
    "CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name)",
    "CREATE INDEX source_sha IF NOT EXISTS FOR (n:Source) ON (n.sha256)",
    "CREATE INDEX source_loaded_at IF NOT EXISTS FOR (n:Source) ON (n.loaded_at)",  # PAGE_SOURCES order
    "CREATE INDEX event_kind IF NOT EXISTS FOR (n:Event) ON (n.kind)",
    "CREATE INDEX attribute_value_attribute IF NOT EXISTS FOR (n:AttributeValue) ON (n.attribute)",
    "CREATE INDEX rel_id IF NOT EXISTS FOR ()-[r:REL]-() ON (r.id)",
    "CREATE INDEX rel_type IF NOT EXISTS FOR ()-[r:REL]-() ON (r.type)",
    "CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Entity) ON EACH [n.name_folded]",
    "CREATE CONSTRAINT retraction_log_id IF NOT EXISTS FOR (n:RetractionLog) REQUIRE n.id IS UNIQUE",
    "CREATE CONSTRAINT review_log_id IF NOT EXISTS FOR (n:ReviewLog) REQUIRE n.id IS UNIQUE",
    "CREATE INDEX rel_review IF NOT EXISTS FOR ()-[r:REL]-() ON (r.review)",
    "CREATE INDEX event_review IF NOT EXISTS FOR (n:Event) ON (n.review)",
    "CREATE INDEX attribute_value_review IF NOT EXISTS FOR (n:AttributeValue) ON (n.review)",
)
