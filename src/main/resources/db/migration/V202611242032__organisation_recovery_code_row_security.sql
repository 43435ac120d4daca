-- Recovery codes are tenant rows like the people they belong to.
SELECT kw_isolate_identity_rows('recovery_code');
