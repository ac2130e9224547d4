-- People who sign in. funds is a comma-separated list of fund codes, '' meaning every fund. Only a hash of the
-- password is kept (Argon2id, in PHC text form). Unlike money tables these rows are updated: failed logins,
-- lock-outs. Every change to them is in the audit log.
CREATE TABLE users (
    name          VARCHAR PRIMARY KEY,       -- lower case, [a-z0-9._-]{2,64}
    role          VARCHAR NOT NULL,          -- VIEWER, INCOME_OFFICER, FINANCE_MANAGER, ADMINISTRATOR
    funds         VARCHAR NOT NULL,
    password_hash VARCHAR NOT NULL,
    failed_logins INTEGER NOT NULL,          -- consecutive failures since the last success or lock-out
    locked_until  TIMESTAMP,                 -- UTC; NULL when not locked
    created_at    TIMESTAMP NOT NULL,        -- UTC
    created_by    VARCHAR NOT NULL
);

-- Tokens that machines call the API with. Only the SHA-256 of the secret is kept; the secret is shown once.
CREATE TABLE api_tokens (
    name          VARCHAR PRIMARY KEY,
    secret_sha256 VARCHAR NOT NULL UNIQUE,
    role          VARCHAR NOT NULL,
    funds         VARCHAR NOT NULL,
    created_at    TIMESTAMP NOT NULL,        -- UTC
    created_by    VARCHAR NOT NULL,
    revoked_at    TIMESTAMP                  -- UTC; NULL while the token is valid
);
