-- Settlement matches: which bank lines pay which detail batches, and which unpaid direct debit takes back which
-- collection. Never updated or deleted: a person's confirmation of a proposed match is a new row that confirms it, and
-- an undo is a new row (method UNDO, amounts negated) that undoes it.
CREATE TABLE settlement_matches (
    id               BIGINT PRIMARY KEY,
    settler          VARCHAR NOT NULL,      -- the settler's id in settlers.csv
    shape            VARCHAR NOT NULL,      -- ONE_TO_ONE, SPLIT, MANY_TO_ONE, REVERSAL
    method           VARCHAR NOT NULL,      -- EXACT, PROPOSED, TOLERANCE_CONFIRMED, BY_HAND, UNDO
    bank_pence       BIGINT NOT NULL,       -- the bank lines' total
    detail_pence     BIGINT NOT NULL,       -- the batches' total as their files give it, fees in the file included
    fee_pence        BIGINT NOT NULL,       -- fees by the settler's rule, where the files carry none
    difference_pence BIGINT NOT NULL,       -- bank - (detail - fee); zero for an exact match
    made_by          VARCHAR NOT NULL,
    made_at          TIMESTAMP NOT NULL,    -- UTC
    reason           VARCHAR NOT NULL,      -- why: the rule that matched, or the person's words
    undoes           BIGINT,                -- for an UNDO: the match it takes back
    confirms         BIGINT                 -- for a TOLERANCE_CONFIRMED match: the proposal it confirms
);

-- The two sides of a match: bank lines (BANK), detail batches (DETAIL), and for a reversal the collection line it
-- takes back (REVERSED).
CREATE TABLE settlement_match_lines (
    match_id     BIGINT NOT NULL,
    role         VARCHAR NOT NULL,
    receipt_id   BIGINT,
    statement_id BIGINT
);

-- Matches in force: not undone, and (for a proposal) not yet confirmed.
CREATE VIEW live_settlement_matches AS
SELECT m.*
FROM settlement_matches m
WHERE m.method <> 'UNDO'
  AND NOT EXISTS (SELECT 1 FROM settlement_matches u WHERE u.undoes = m.id)
  AND NOT EXISTS (SELECT 1 FROM settlement_matches c WHERE c.confirms = m.id);

-- The sides of matches in force.
CREATE VIEW live_settlement_lines AS
SELECT l.*, m.method, m.settler
FROM settlement_match_lines l JOIN live_settlement_matches m ON m.id = l.match_id;

-- The sides of matches a person undid: left to people, never matched automatically again.
CREATE VIEW undone_settlement_lines AS
SELECT l.*
FROM settlement_match_lines l JOIN settlement_matches u ON u.undoes = l.match_id AND u.method = 'UNDO';
