using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wijkkracht.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Observations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Observation",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApproachId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ObservedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ObservedAt = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    PartOfDay = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    DayType = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Latitude = table.Column<double>(type: "REAL", nullable: true),
                    Longitude = table.Column<double>(type: "REAL", nullable: true),
                    PlaceName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Groups = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Factors = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    WhatHappens = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    PromptAnswers = table.Column<string>(type: "TEXT", maxLength: 12000, nullable: false),
                    RecordedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OtherObservers = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Companion = table.Column<string>(type: "TEXT", maxLength: 15, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Observation", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Observation_Approaches_ApproachId",
                        column: x => x.ApproachId,
                        principalTable: "Approaches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Observation_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Observation_ApproachId_ObservedOn",
                table: "Observation",
                columns: new[] { "ApproachId", "ObservedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Observation_OrganisationId",
                table: "Observation",
                column: "OrganisationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Observation");
        }
    }
}
