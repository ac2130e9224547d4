-- Export runs: files written for a finance system by a ledger export plugin. Never updated or deleted: a run is
-- reversed by a later run that names it in reverses, whose file carries the original's lines with debit and
-- credit swapped. A run is live while no run reverses it.
CREATE TABLE export_runs (
    number        BIGINT PRIMARY KEY,        -- from 1
    target        VARCHAR NOT NULL,          -- the council's target id in ledger-targets.csv
    export_id     VARCHAR NOT NULL,          -- the plugin's LedgerExport id
    detail        VARCHAR NOT NULL,          -- SUMMARY or DETAIL
    from_date     DATE,                      -- NULL: everything not yet exported up to to_date
    to_date       DATE NOT NULL,
    bank_accounts VARCHAR NOT NULL,          -- the council's bank account codes in the run, comma-separated
    file_name     VARCHAR NOT NULL,          -- in the exports folder beside the database
    sha256        VARCHAR NOT NULL,
    journal_count INTEGER NOT NULL,
    line_count    BIGINT NOT NULL,
    posting_count BIGINT NOT NULL,
    gross_pence   BIGINT NOT NULL,           -- the postings exported: income, VAT and suspense together
    vat_pence     BIGINT NOT NULL,
    debit_pence   BIGINT NOT NULL,           -- the journals' debits, equal to their credits
    credit_pence  BIGINT NOT NULL,
    currency      VARCHAR NOT NULL,          -- of the amounts above; a run holds one currency
    made_by       VARCHAR NOT NULL,
    made_at       TIMESTAMP NOT NULL,        -- UTC
    reverses      BIGINT UNIQUE,             -- the run this one reverses; a run is reversed at most once
    CHECK (debit_pence = credit_pence)
);

-- Which postings each run exported. Each target (the general ledger, a back-office system) receives a posting
-- once. The n-th export of a posting to a target has attempt n, so two runs that both took a posting as free break
-- the primary key even if they raced; a later attempt is taken only once the earlier run is reversed.
CREATE TABLE export_postings (
    posting_id BIGINT NOT NULL,
    target     VARCHAR NOT NULL,
    attempt    INTEGER NOT NULL,
    run_number BIGINT NOT NULL,
    PRIMARY KEY (posting_id, target, attempt)
);

-- The codes a run posted to, as the council's configuration gave them when it ran, so that reversing it later
-- writes exactly its lines again even if the configuration has changed since.
CREATE TABLE export_fund_codes (
    run_number      BIGINT NOT NULL,
    fund_code       VARCHAR NOT NULL,
    ledger_code     VARCHAR NOT NULL,
    cost_centre     VARCHAR NOT NULL,
    dimensions      VARCHAR NOT NULL,        -- name=value;name=value
    vat_code        VARCHAR NOT NULL,
    vat_rate_bp     INTEGER NOT NULL,        -- the VAT rate in hundredths of a percent: 2000 for 20%
    vat_ledger_code VARCHAR NOT NULL,
    PRIMARY KEY (run_number, fund_code)
);

CREATE TABLE export_bank_codes (
    run_number   BIGINT NOT NULL,
    bank_account VARCHAR NOT NULL,
    ledger_code  VARCHAR NOT NULL,
    PRIMARY KEY (run_number, bank_account)
);

-- Financial periods an administrator has closed: no posting may be dated in one afterwards.
CREATE TABLE closed_periods (
    financial_year INTEGER NOT NULL,
    period         INTEGER NOT NULL,
    closed_by      VARCHAR NOT NULL,
    closed_at      TIMESTAMP NOT NULL,       -- UTC
    PRIMARY KEY (financial_year, period)
);
