using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wijkkracht.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Reports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "Shareable",
                table: "NeighbourhoodActions",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "Newsletters",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApproachId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    EditionDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    CoAuthors = table.Column<string>(type: "TEXT", nullable: false),
                    IntroName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IntroRole = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IntroText = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    IntroIsResident = table.Column<bool>(type: "INTEGER", nullable: false),
                    IntroConsent = table.Column<bool>(type: "INTEGER", nullable: false),
                    IntroConsentRecordedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IntroConsentRecordedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    HubName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    HubText = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    CallToAction = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    CreatedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Agenda = table.Column<string>(type: "TEXT", nullable: true),
                    Events = table.Column<string>(type: "TEXT", nullable: true),
                    ReportBack = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Newsletters", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Newsletters_Approaches_ApproachId",
                        column: x => x.ApproachId,
                        principalTable: "Approaches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Newsletters_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Newsletters_ApproachId_EditionDate",
                table: "Newsletters",
                columns: new[] { "ApproachId", "EditionDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Newsletters_OrganisationId",
                table: "Newsletters",
                column: "OrganisationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Newsletters");

            migrationBuilder.DropColumn(
                name: "Shareable",
                table: "NeighbourhoodActions");
        }
    }
}
