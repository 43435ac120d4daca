-- Runs after every migration: the application role may read and write rows, never change the schema,
-- never rewrite the audit log and never touch Flyway's history. Skipped when the application and Flyway
-- share one role (then FORCE ROW LEVEL SECURITY still binds it, being the owner).
DO $grants$
BEGIN
    IF current_user <> '${app_role}' THEN
        EXECUTE format('GRANT USAGE ON SCHEMA public TO %I', '${app_role}');
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %I', '${app_role}');
        EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %I', '${app_role}');
        EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM %I', '${app_role}');
        EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON expert_assessment_history FROM %I', '${app_role}');
        EXECUTE format('REVOKE ALL ON flyway_schema_history FROM %I', '${app_role}');
    END IF;
END
$grants$;
