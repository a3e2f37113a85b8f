-- A resident's own applications, newest first, are read for "once only" (`GET
-- /api/v1/account/details`) and the links are deleted with the account: both look them up by
-- account, which without this index reads every link the city has.
CREATE INDEX application_accounts_by_account ON application_accounts (account_id);
