-- Stories: one real-world event reported by one or more documents. Rebuilt per block (root + actor1) whenever
-- documents with events in that block are added.
CREATE TABLE stories (
    id          TEXT PRIMARY KEY,
    block       TEXT NOT NULL,
    date        TEXT,
    root        TEXT NOT NULL,
    code        TEXT NOT NULL,
    quad        INTEGER NOT NULL,
    goldstein   REAL NOT NULL,
    actor1      TEXT NOT NULL,
    actor2      TEXT,
    location    TEXT,
    sources     INTEGER NOT NULL,
    issues      TEXT NOT NULL,
    record      TEXT NOT NULL
);

CREATE TABLE story_events (
    story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
    event_id INTEGER NOT NULL,
    PRIMARY KEY (story_id, event_id)
);

CREATE INDEX stories_block ON stories(block);
CREATE INDEX stories_date ON stories(date);
CREATE INDEX stories_dyad ON stories(actor1, actor2);
