-- Documents are identified by the SHA-256 of their bytes; a changed file with the same name is a new version.
CREATE TABLE documents (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    doc             TEXT NOT NULL,
    version         INTEGER NOT NULL,
    content_hash    TEXT NOT NULL UNIQUE,
    path            TEXT,
    title           TEXT,
    outlet          TEXT,
    author          TEXT,
    published       TEXT,
    published_basis TEXT,
    text            TEXT NOT NULL,
    analysis        TEXT NOT NULL,
    analyzed_at     TEXT NOT NULL,
    UNIQUE (doc, version)
);

CREATE TABLE sentences (
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx         INTEGER NOT NULL,
    start_char  INTEGER NOT NULL,
    end_char    INTEGER NOT NULL,
    text        TEXT NOT NULL,
    PRIMARY KEY (document_id, idx)
);

CREATE TABLE actors (
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    actor_id    TEXT NOT NULL,
    country     TEXT,
    grp         TEXT,
    name        TEXT NOT NULL,
    mentions    INTEGER NOT NULL
);

CREATE TABLE people (
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    person_id   TEXT NOT NULL,
    name        TEXT NOT NULL,
    country     TEXT,
    grp         TEXT,
    role        TEXT,
    mentions    INTEGER NOT NULL
);

CREATE TABLE places (
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    place_id    TEXT NOT NULL,
    name        TEXT NOT NULL,
    country     TEXT,
    lat         REAL,
    lon         REAL,
    mentions    INTEGER NOT NULL
);

CREATE TABLE events (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    document_id    INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx            INTEGER NOT NULL,
    code           TEXT NOT NULL,
    root           TEXT NOT NULL,
    quad           INTEGER NOT NULL,
    goldstein      REAL NOT NULL,
    date           TEXT,
    actor1_country TEXT, actor1_group TEXT, actor1_role TEXT, actor1_name TEXT, actor1_cameo TEXT,
    actor2_country TEXT, actor2_group TEXT, actor2_role TEXT, actor2_name TEXT, actor2_cameo TEXT,
    location       TEXT,
    location_country TEXT,
    lat            REAL,
    lon            REAL,
    fatalities     INTEGER,
    sentence_idx   INTEGER,
    evidence_start INTEGER,
    evidence_end   INTEGER,
    pattern        TEXT NOT NULL,
    record         TEXT NOT NULL
);

CREATE TABLE claims (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx          INTEGER NOT NULL,
    value        REAL NOT NULL,
    value_high   REAL,
    unit         TEXT NOT NULL,
    qualifier    TEXT,
    subject      TEXT,
    kind         TEXT,
    period       TEXT,
    baseline     TEXT,
    source       TEXT,
    sentence_idx INTEGER,
    start_char   INTEGER,
    end_char     INTEGER,
    rule         TEXT NOT NULL,
    record       TEXT NOT NULL
);

CREATE TABLE failures (
    id     INTEGER PRIMARY KEY AUTOINCREMENT,
    path   TEXT NOT NULL,
    reason TEXT NOT NULL,
    at     TEXT NOT NULL
);

CREATE INDEX events_document ON events(document_id);
CREATE INDEX events_dyad ON events(actor1_group, actor1_country, actor2_group, actor2_country);
CREATE INDEX claims_document ON claims(document_id);
CREATE INDEX actors_document ON actors(document_id);

-- The newest version of each document: what queries show by default.
CREATE VIEW current_documents AS
SELECT d.* FROM documents d
WHERE d.version = (SELECT MAX(v.version) FROM documents v WHERE v.doc = d.doc);
