using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wijkkracht.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AuditAppendOnly : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The audit log is append-only: privileges to change rows are revoked from the application role and from
            // PUBLIC, and a trigger refuses updates, deletes and truncates even for the table owner.
            migrationBuilder.Sql("""
                CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'audit log is append-only';
                END;
                $$;
                """);
            migrationBuilder.Sql("CREATE TRIGGER audit_events_no_change BEFORE UPDATE OR DELETE ON \"AuditEvents\" FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();");
            migrationBuilder.Sql("CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON \"AuditEvents\" FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only();");
            migrationBuilder.Sql("REVOKE UPDATE, DELETE, TRUNCATE ON \"AuditEvents\" FROM PUBLIC;");
            migrationBuilder.Sql("REVOKE UPDATE, DELETE, TRUNCATE ON \"AuditEvents\" FROM CURRENT_USER;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("GRANT UPDATE, DELETE, TRUNCATE ON \"AuditEvents\" TO CURRENT_USER;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS audit_events_no_truncate ON \"AuditEvents\";");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS audit_events_no_change ON \"AuditEvents\";");
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS audit_events_append_only();");
        }
    }
}
