using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wijkkracht.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AuditAppendOnly : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The audit log is append-only: the database itself refuses updates and deletes.
            migrationBuilder.Sql("CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON AuditEvents BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;");
            migrationBuilder.Sql("CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON AuditEvents BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS audit_events_no_update;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS audit_events_no_delete;");
        }
    }
}
