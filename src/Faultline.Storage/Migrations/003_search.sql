-- Full-text search over sentences (SQLite FTS5). The index keeps its own copy of the text rather than pointing at
-- sentences' implicit rowid, which VACUUM may renumber; triggers keep it in step with the sentences table.
CREATE VIRTUAL TABLE sentence_search USING fts5(
    text,
    document_id UNINDEXED,
    idx UNINDEXED,
    tokenize = 'unicode61 remove_diacritics 2'
);

INSERT INTO sentence_search (text, document_id, idx) SELECT text, document_id, idx FROM sentences;

CREATE TRIGGER sentences_search_insert AFTER INSERT ON sentences BEGIN
    INSERT INTO sentence_search (text, document_id, idx) VALUES (new.text, new.document_id, new.idx);
END;

CREATE TRIGGER sentences_search_delete AFTER DELETE ON sentences BEGIN
    DELETE FROM sentence_search WHERE document_id = old.document_id AND idx = old.idx;
END;
