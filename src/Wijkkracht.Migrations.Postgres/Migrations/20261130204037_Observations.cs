using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wijkkracht.Migrations.Postgres.Migrations
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ApproachId = table.Column<Guid>(type: "uuid", nullable: false),
                    ObservedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ObservedAt = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    PartOfDay = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    DayType = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Latitude = table.Column<double>(type: "double precision", nullable: true),
                    Longitude = table.Column<double>(type: "double precision", nullable: true),
                    PlaceName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Groups = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Factors = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Kind = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    WhatHappens = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    PromptAnswers = table.Column<string>(type: "character varying(12000)", maxLength: 12000, nullable: false),
                    RecordedByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    OtherObservers = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Companion = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
