-- Every attempt to import a file, stored or refused. Nothing of a refused file is kept but this row.
CREATE TABLE imports (
    id              BIGINT PRIMARY KEY,
    file_name       VARCHAR NOT NULL,
    sha256          VARCHAR NOT NULL,
    format_id       VARCHAR,
    imported_by     VARCHAR NOT NULL,
    imported_at     TIMESTAMP NOT NULL,       -- UTC
    status          VARCHAR NOT NULL,         -- STORED or REFUSED
    statement_count INTEGER NOT NULL,
    receipt_count   BIGINT NOT NULL,
    credit_pence    BIGINT NOT NULL,          -- summed per currency only when the file holds one currency
    debit_pence     BIGINT NOT NULL,
    currency        VARCHAR,                  -- NULL when the file mixes currencies
    accepted_reason VARCHAR,                  -- why an administrator accepted figures that disagree
    refusal         VARCHAR                   -- every problem found, one per line
);

-- Statements (or batches) as their files gave them, with the figures the file stated and what was counted.
CREATE TABLE statements (
    id                    BIGINT PRIMARY KEY,
    import_id             BIGINT NOT NULL REFERENCES imports (id),
    position              INTEGER NOT NULL,   -- 1-based order in the file
    location              VARCHAR NOT NULL,
    account               VARCHAR NOT NULL,   -- as the file writes it
    bank_account          VARCHAR NOT NULL,   -- the council's code for it, or the file's text
    sequence              VARCHAR NOT NULL,
    currency              VARCHAR NOT NULL,
    from_date             DATE,
    to_date               DATE,
    opening_pence         BIGINT,
    closing_pence         BIGINT,
    declared_credit_pence BIGINT,
    declared_debit_pence  BIGINT,
    declared_count        BIGINT,
    receipt_count         BIGINT NOT NULL,
    credit_pence          BIGINT NOT NULL,
    debit_pence           BIGINT NOT NULL,
    reconciles            BOOLEAN NOT NULL
);

-- One row per money movement, exactly as the file gave it. Never updated or deleted.
CREATE TABLE receipts (
    id               BIGINT NOT NULL,
    import_id        BIGINT NOT NULL,
    statement_id     BIGINT NOT NULL,
    source_line      BIGINT,                  -- 1-based line in the file, for text formats
    source_element   VARCHAR,                 -- element path, for XML formats
    value_date       DATE NOT NULL,
    booking_date     DATE,
    amount_pence     BIGINT NOT NULL,         -- signed: negative for a debit
    currency         VARCHAR NOT NULL,
    kind             VARCHAR NOT NULL,        -- PAYMENT, SETTLEMENT, REVERSAL, FEE, OTHER
    channel          VARCHAR NOT NULL,
    bank_account     VARCHAR NOT NULL,
    reference        VARCHAR NOT NULL,
    narrative        VARCHAR NOT NULL,
    counterparty     VARCHAR NOT NULL,
    bank_reference   VARCHAR NOT NULL,
    transaction_code VARCHAR NOT NULL
);

-- Money put on a fund. Never updated or deleted: a correction is a new posting that reverses another.
-- channel and bank_account repeat the receipt's, so that income reports need no join.
CREATE TABLE postings (
    id                BIGINT NOT NULL,
    receipt_id        BIGINT NOT NULL,
    fund_code         VARCHAR NOT NULL,
    account_reference VARCHAR NOT NULL,
    amount_pence      BIGINT NOT NULL,
    currency          VARCHAR NOT NULL,
    effective_date    DATE NOT NULL,
    financial_year    INTEGER NOT NULL,       -- the year the financial year starts in: 2025 for 2025/26
    period            INTEGER NOT NULL,       -- 1 (April) to 12 (March), 13 for adjustments
    channel           VARCHAR NOT NULL,
    bank_account      VARCHAR NOT NULL,
    made_by           VARCHAR NOT NULL,
    made_at           TIMESTAMP NOT NULL,
    reason            VARCHAR NOT NULL,
    reverses          BIGINT
);

-- Append-only record of every change and money action; each row carries the hash of the one before.
CREATE TABLE audit_log (
    seq       BIGINT PRIMARY KEY,
    logged_at TIMESTAMP NOT NULL,      -- UTC
    actor     VARCHAR NOT NULL,
    action    VARCHAR NOT NULL,
    subject   VARCHAR NOT NULL,
    before    VARCHAR,
    after     VARCHAR,
    prev_hash VARCHAR NOT NULL,
    hash      VARCHAR NOT NULL
);
