-- Watched questions (analysis stage). Created on first use by detente.analysis.QuestionBook;
-- the store's own schema.sql is not touched.

CREATE TABLE IF NOT EXISTS question (
    question_id VARCHAR PRIMARY KEY,
    text VARCHAR NOT NULL,
    kind VARCHAR NOT NULL,              -- binary
    subjects VARCHAR[] NOT NULL,        -- two actor/country/grouping codes, or one grouping
    event_codes VARCHAR[] NOT NULL,     -- CAMEO prefixes of the resolution pattern
    keywords VARCHAR[] NOT NULL,        -- the evidence sentence must contain one (when given)
    obligations VARCHAR[] NOT NULL,     -- treaty obligations that resolve it (defence, ...)
    treaty_stage VARCHAR NOT NULL,      -- signed | in_force
    factuality VARCHAR NOT NULL,        -- the factuality that resolves it (asserted)
    min_confidence DOUBLE NOT NULL,
    opened_on DATE NOT NULL,
    deadline DATE NOT NULL,             -- exclusive: "before 2026-01-01"
    resolution_sources VARCHAR,
    notes VARCHAR,
    status VARCHAR NOT NULL,            -- open | evidence_for | evidence_against | resolved_yes | resolved_no
    checked_asof DATE,
    added_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP
);

CREATE TABLE IF NOT EXISTS question_evidence (
    question_id VARCHAR NOT NULL,
    event_id VARCHAR NOT NULL,
    stance VARCHAR NOT NULL,            -- for | against
    resolves BOOLEAN NOT NULL,
    linked_at TIMESTAMP NOT NULL,
    PRIMARY KEY (question_id, event_id)
);

CREATE TABLE IF NOT EXISTS question_log (
    question_id VARCHAR NOT NULL,
    logged_at TIMESTAMP NOT NULL,
    as_of DATE,
    change VARCHAR NOT NULL,            -- added | redefined | status
    status VARCHAR NOT NULL,
    n_for INTEGER,
    n_against INTEGER,
    treaties_for VARCHAR[],
    treaties_against VARCHAR[],
    base_events INTEGER,                -- base rate: matching asserted events in the store's history
    base_years DOUBLE,                  -- ... over this many years
    partnerships INTEGER,               -- registry partnerships without the rule's obligations
    upgraded INTEGER,                   -- ... later followed by a treaty that carries one
    reason VARCHAR
);

CREATE TABLE IF NOT EXISTS question_forecast (
    question_id VARCHAR NOT NULL,
    made_on DATE NOT NULL,              -- the day the forecast speaks for
    forecaster VARCHAR NOT NULL,        -- a person or a model ("analyst" by default)
    probability DOUBLE NOT NULL,        -- P(resolves yes), 0..1
    note VARCHAR,                       -- the evidence that moved it
    logged_at TIMESTAMP NOT NULL
);
