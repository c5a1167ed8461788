-- detente store schema, version 1 (DuckDB).
-- Column names are the field names of shared/spec/events.md; nested spec objects are STRUCTs
-- (source.actor_code, evidence.text, plover.event_type, location.lat ...).

CREATE TABLE IF NOT EXISTS meta (
    key VARCHAR PRIMARY KEY,
    value VARCHAR
);

CREATE TABLE IF NOT EXISTS runs (
    run_id VARCHAR PRIMARY KEY,
    started_at TIMESTAMP NOT NULL,
    finished_at TIMESTAMP,
    status VARCHAR NOT NULL,            -- running | finished | failed | interrupted
    command VARCHAR,                    -- e.g. "ingest examples/articles"
    inputs VARCHAR[],                   -- the paths given
    detente_version VARCHAR,
    model_version VARCHAR,
    kb_version VARCHAR,
    codebook_version VARCHAR,
    n_articles INTEGER DEFAULT 0,
    n_events INTEGER DEFAULT 0,
    n_problems INTEGER DEFAULT 0,
    versions VARCHAR                    -- every version given to start_run, as a JSON object
);

CREATE TABLE IF NOT EXISTS articles (
    article_id VARCHAR PRIMARY KEY,
    title VARCHAR,
    url VARCHAR,
    publisher VARCHAR,
    published_on DATE,
    text VARCHAR NOT NULL,
    source VARCHAR,                     -- path, path:line, feed URL or <stdin>
    content_hash VARCHAR NOT NULL,
    status VARCHAR NOT NULL,            -- stored (raw input kept, not yet coded) | coded
    n_sentences INTEGER,
    run_id VARCHAR,                     -- the run that last wrote it
    ingested_at TIMESTAMP NOT NULL,
    coded_at TIMESTAMP
);

CREATE TABLE IF NOT EXISTS events (
    event_id VARCHAR PRIMARY KEY,
    article_id VARCHAR NOT NULL,
    sentence_index INTEGER NOT NULL,
    evidence STRUCT("text" VARCHAR, "start" INTEGER, "end" INTEGER) NOT NULL,
    event_date DATE,
    source STRUCT(actor_code VARCHAR, "name" VARCHAR, country VARCHAR, sector VARCHAR, mention VARCHAR),
    target STRUCT(actor_code VARCHAR, "name" VARCHAR, country VARCHAR, sector VARCHAR, mention VARCHAR),
    event_code VARCHAR NOT NULL,
    root_code VARCHAR NOT NULL,
    plover STRUCT(event_type VARCHAR, "mode" VARCHAR),
    quad_class INTEGER NOT NULL,
    goldstein DOUBLE NOT NULL,
    factuality VARCHAR NOT NULL,
    location STRUCT("name" VARCHAR, country VARCHAR, lat DOUBLE, lon DOUBLE),
    confidence DOUBLE NOT NULL,
    "trigger" VARCHAR,
    attribution STRUCT(actor_code VARCHAR, "name" VARCHAR, country VARCHAR, sector VARCHAR, mention VARCHAR),
    cluster_id VARCHAR,                 -- cross-article deduplication: events of one real-world event share it
    run_id VARCHAR
);

CREATE TABLE IF NOT EXISTS problems (
    problem_id VARCHAR PRIMARY KEY,     -- hash of (run_id, source, line, code)
    run_id VARCHAR,
    source VARCHAR NOT NULL,
    line INTEGER,
    article_id VARCHAR,
    code VARCHAR NOT NULL,
    message VARCHAR NOT NULL,
    hint VARCHAR,
    created_at TIMESTAMP NOT NULL
);
