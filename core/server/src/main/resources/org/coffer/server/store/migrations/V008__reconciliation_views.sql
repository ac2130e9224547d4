-- Daily bank reconciliation and the fees settlers keep, as views over the stored lines, postings and matches, so
-- that the pages, the reports and anyone with SQL read the same figures.

-- Each line of each statement with balances, with what Coffer posted from it and whether a match in force (not a
-- proposal) settles it. A statement with no lines keeps one row, with no line.
CREATE VIEW reconciliation_lines AS
WITH posted AS (
    SELECT receipt_id, CAST(sum(amount_pence) AS BIGINT) AS pence FROM postings GROUP BY receipt_id),
days AS (
    SELECT s.id AS statement_id, s.bank_account, s.currency, coalesce(s.to_date, s.from_date) AS day,
           s.opening_pence, s.closing_pence
    FROM statements s JOIN imports i ON i.id = s.import_id
    WHERE i.status = 'STORED' AND s.opening_pence IS NOT NULL AND s.closing_pence IS NOT NULL)
SELECT d.*, r.id AS receipt_id, r.kind, coalesce(r.amount_pence, 0) AS amount_pence, r.reference,
       coalesce(p.pence, 0) AS posted,
       r.id IN (SELECT receipt_id FROM live_settlement_lines WHERE role = 'BANK' AND method <> 'PROPOSED') AS matched
FROM days d LEFT JOIN receipts r ON r.statement_id = d.statement_id
LEFT JOIN posted p ON p.receipt_id = r.id;

-- One bank account's statement day: opening balance + payments posted + settlements + fees and other lines (debits
-- negative) against the statement's closing balance. The difference is zero when the day reconciles.
CREATE VIEW reconciliation_days AS
WITH day AS (
    SELECT statement_id, bank_account, currency, day, any_value(opening_pence) AS opening_pence,
           CAST(sum(CASE WHEN kind IN ('PAYMENT', 'REVERSAL') THEN posted ELSE 0 END) AS BIGINT) AS payments_pence,
           CAST(sum(CASE WHEN kind = 'SETTLEMENT' THEN amount_pence ELSE 0 END) AS BIGINT) AS settlements_pence,
           CAST(coalesce(sum(amount_pence) FILTER (WHERE kind = 'SETTLEMENT' AND matched), 0) AS BIGINT)
               AS matched_settlement_pence,
           count(*) FILTER (WHERE kind = 'SETTLEMENT' AND NOT matched) AS unmatched_settlements,
           CAST(coalesce(sum(amount_pence) FILTER (WHERE kind = 'SETTLEMENT' AND NOT matched), 0) AS BIGINT)
               AS unmatched_settlement_pence,
           CAST(sum(CASE WHEN kind IN ('FEE', 'OTHER') THEN amount_pence ELSE 0 END) AS BIGINT) AS other_pence,
           any_value(closing_pence) AS closing_pence
    FROM reconciliation_lines
    GROUP BY statement_id, bank_account, currency, day)
SELECT *, closing_pence - (opening_pence + payments_pence + settlements_pence + other_pence) AS difference_pence
FROM day;

-- What settlers kept of the payments they settled, per match in force (proposals and reversals aside), channel and
-- day of the payments:
--   FILE       the fee lines of the matched batches, as the detail file gives them (GOV.UK Pay),
--   FEE_RULE   the fee by the settler's rule in settlers.csv, where the file carries none (card acquirers),
--   SHORTFALL  what the bank line paid short of the detail less fees (negative when it paid more).
-- A match's rule fee and shortfall are shared over its batches' channels and days in proportion to their sales
-- (payments only: refunds and fees aside), rounded toward zero, the pennies left going to the largest share, so that the shares
-- add up to the match's figure exactly.
CREATE VIEW settlement_fees AS
WITH settled AS (
    SELECT id AS match_id, settler, fee_pence, difference_pence
    FROM live_settlement_matches
    WHERE method <> 'PROPOSED' AND shape <> 'REVERSAL'),
detail AS (
    SELECT s.match_id, s.settler, r.channel, r.currency, r.value_date AS day, r.kind, r.amount_pence
    FROM settled s
    JOIN settlement_match_lines l ON l.match_id = s.match_id AND l.role = 'DETAIL'
    JOIN receipts r ON r.statement_id = l.statement_id),
sales AS (
    SELECT match_id, settler, channel, currency, day,
           CAST(coalesce(sum(amount_pence) FILTER (WHERE kind <> 'FEE' AND amount_pence > 0), 0) AS BIGINT) AS sales
    FROM detail
    GROUP BY ALL),
charges AS (
    SELECT match_id, 'FEE_RULE' AS source, fee_pence AS pence FROM settled WHERE fee_pence <> 0
    UNION ALL
    SELECT match_id, 'SHORTFALL', -difference_pence FROM settled WHERE difference_pence <> 0),
shares AS (
    SELECT c.match_id, c.source, c.pence, s.settler, s.channel, s.currency, s.day, s.sales,
           sum(s.sales) OVER (PARTITION BY c.match_id, c.source) AS match_sales,
           row_number() OVER (PARTITION BY c.match_id, c.source ORDER BY s.sales DESC, s.channel, s.day) AS place
    FROM charges c JOIN sales s ON s.match_id = c.match_id),
shared AS (
    -- divide() is integer division, here written as a function: a migration script reads two slashes as a comment.
    SELECT *, CAST(CASE WHEN match_sales > 0 THEN divide(CAST(pence AS HUGEINT) * sales, match_sales) ELSE 0 END
                   AS BIGINT) AS share
    FROM shares),
apportioned AS (
    SELECT match_id, source, settler, channel, currency, day,
           share + CASE WHEN place = 1 THEN pence - sum(share) OVER (PARTITION BY match_id, source) ELSE 0 END
               AS fee_pence
    FROM shared)
SELECT match_id, settler, channel, currency, day, 'FILE' AS source, CAST(-sum(amount_pence) AS BIGINT) AS fee_pence
FROM detail
WHERE kind = 'FEE'
GROUP BY match_id, settler, channel, currency, day
UNION ALL
SELECT match_id, settler, channel, currency, day, source, CAST(fee_pence AS BIGINT)
FROM apportioned
WHERE fee_pence <> 0;
