-- What a payment enquiry searches: the reference and the narrative, upper case, without the spaces, hyphens and
-- slashes payers put in, kept apart by '|' so that a match never spans the two. Derived from the receipt's own
-- columns when it is stored; filled in here once for receipts stored before the column existed.
ALTER TABLE receipts ADD COLUMN search_key VARCHAR;

UPDATE receipts
SET search_key = regexp_replace(upper(reference), '[[:space:]/-]', '', 'g') || '|'
                 || regexp_replace(upper(narrative), '[[:space:]/-]', '', 'g');
