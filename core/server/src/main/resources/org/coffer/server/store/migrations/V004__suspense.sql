-- Working the suspense queue. Money moves only as postings; these tables hold what is not money: who did what, the
-- notes people write, marks for return to the payer, and who is working an item now.

-- One row per thing a person did to money or to a suspense item: ALLOCATE (one line or several, credit notes
-- included), TRANSFER, RETURN (a mark, no money), UNDO. Never updated or deleted.
CREATE TABLE money_actions (
    id         BIGINT PRIMARY KEY,
    kind       VARCHAR NOT NULL,
    receipt_id BIGINT,                 -- the suspense item; NULL for a transfer, whose receipts are its postings'
    made_by    VARCHAR NOT NULL,
    made_at    TIMESTAMP NOT NULL,     -- UTC
    made_on    DATE NOT NULL,          -- the council's day, for the figures per person per day
    clears     BOOLEAN NOT NULL,       -- whether it took the item's whole amount out of suspense
    undoes     BIGINT UNIQUE,          -- the action an UNDO reverses; an action is undone at most once
    reason     VARCHAR NOT NULL
);

-- The postings each action wrote, so that an undo reverses exactly those.
CREATE TABLE money_action_postings (
    action_id  BIGINT NOT NULL,
    posting_id BIGINT NOT NULL PRIMARY KEY
);

-- Notes on suspense items, in the order written. Append-only.
CREATE TABLE suspense_notes (
    id         BIGINT PRIMARY KEY,
    receipt_id BIGINT NOT NULL,
    written_by VARCHAR NOT NULL,
    written_at TIMESTAMP NOT NULL,     -- UTC
    note       VARCHAR NOT NULL
);

-- Who is working an item, and until when. Replaced when taken again, removed when released; every change is audited.
CREATE TABLE suspense_locks (
    receipt_id BIGINT PRIMARY KEY,
    held_by    VARCHAR NOT NULL,
    held_until TIMESTAMP NOT NULL      -- UTC
);
