-- Notices with no money in them (Bacs ADDACS, AUDDIS, Input Reports) as their files gave them. Never updated or
-- deleted; never counted as income.
CREATE TABLE advices (
    import_id      BIGINT NOT NULL,
    position       INTEGER NOT NULL,      -- 1-based order in the file
    location       VARCHAR NOT NULL,
    kind           VARCHAR NOT NULL,      -- ADDACS, AUDDIS, INPUT_REPORT...
    reference      VARCHAR NOT NULL,      -- the payer's reference, or empty for a whole-file notice
    payer_name     VARCHAR NOT NULL,
    effective_date DATE NOT NULL,
    code           VARCHAR NOT NULL,      -- the reason or result code as the file gives it
    description    VARCHAR NOT NULL
);
