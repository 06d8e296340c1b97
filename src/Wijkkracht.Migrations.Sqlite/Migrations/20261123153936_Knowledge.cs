using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wijkkracht.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Knowledge : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ApproachInterventions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApproachId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InterventionId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    StartAnswers = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    Principles = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApproachInterventions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ApproachInterventions_Approaches_ApproachId",
                        column: x => x.ApproachId,
                        principalTable: "Approaches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ApproachInterventions_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "HiddenInterventions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InterventionId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HiddenInterventions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HiddenInterventions_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OwnInterventions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Municipality = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SolutionDirection = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    TargetGroups = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Locations = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Themes = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    PpctLevels = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OwnInterventions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OwnInterventions_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ApproachInterventions_ApproachId_InterventionId",
                table: "ApproachInterventions",
                columns: new[] { "ApproachId", "InterventionId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ApproachInterventions_OrganisationId",
                table: "ApproachInterventions",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_HiddenInterventions_OrganisationId",
                table: "HiddenInterventions",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_HiddenInterventions_OrganisationId_InterventionId",
                table: "HiddenInterventions",
                columns: new[] { "OrganisationId", "InterventionId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OwnInterventions_OrganisationId",
                table: "OwnInterventions",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_OwnInterventions_OrganisationId_Title",
                table: "OwnInterventions",
                columns: new[] { "OrganisationId", "Title" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ApproachInterventions");

            migrationBuilder.DropTable(
                name: "HiddenInterventions");

            migrationBuilder.DropTable(
                name: "OwnInterventions");
        }
    }
}
