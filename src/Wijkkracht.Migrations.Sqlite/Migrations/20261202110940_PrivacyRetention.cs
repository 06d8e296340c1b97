using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wijkkracht.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PrivacyRetention : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PrivacyStatement",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Markdown = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PrivacyStatement", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PrivacyStatement_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ProcessingRecord",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApproachId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    LegalBasis = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    DataSubjects = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    DataCategories = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Recipients = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Retention = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    SecurityMeasures = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Controller = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProcessingRecord", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProcessingRecord_Approaches_ApproachId",
                        column: x => x.ApproachId,
                        principalTable: "Approaches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ProcessingRecord_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RetentionRule",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordType = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Months = table.Column<int>(type: "INTEGER", nullable: false),
                    CountFrom = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RetentionRule", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RetentionRule_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PrivacyStatement_OrganisationId",
                table: "PrivacyStatement",
                column: "OrganisationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProcessingRecord_ApproachId",
                table: "ProcessingRecord",
                column: "ApproachId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProcessingRecord_OrganisationId",
                table: "ProcessingRecord",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_RetentionRule_OrganisationId",
                table: "RetentionRule",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_RetentionRule_OrganisationId_RecordType",
                table: "RetentionRule",
                columns: new[] { "OrganisationId", "RecordType" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PrivacyStatement");

            migrationBuilder.DropTable(
                name: "ProcessingRecord");

            migrationBuilder.DropTable(
                name: "RetentionRule");
        }
    }
}
