using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wijkkracht.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class NetworkGroupSetupsObservationIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Observation_ApproachId_ObservedOn",
                table: "Observation");

            migrationBuilder.CreateTable(
                name: "GroupSetup",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ApproachId = table.Column<Guid>(type: "uuid", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Group = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Participants = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    CreatedByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Answers = table.Column<string>(type: "jsonb", nullable: true),
                    Figures = table.Column<string>(type: "jsonb", nullable: true),
                    Ties = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GroupSetup", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GroupSetup_Approaches_ApproachId",
                        column: x => x.ApproachId,
                        principalTable: "Approaches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_GroupSetup_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "NetworkActor",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ApproachId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DisplayName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Informal = table.Column<bool>(type: "boolean", nullable: false),
                    Roles = table.Column<List<string>>(type: "text[]", nullable: false),
                    Sphere = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Talents = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Drives = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    RespondsTo = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Willingness = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Contribution = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    LanguageNeeds = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Compensation = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    MemberSince = table.Column<DateOnly>(type: "date", nullable: true),
                    ContactUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    Protection = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Influence = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Stance = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CreatedByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NetworkActor", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NetworkActor_Approaches_ApproachId",
                        column: x => x.ApproachId,
                        principalTable: "Approaches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_NetworkActor_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ContactLogEntry",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ApproachId = table.Column<Guid>(type: "uuid", nullable: false),
                    ActorId = table.Column<Guid>(type: "uuid", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    TeamMember = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    CreatedByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContactLogEntry", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContactLogEntry_Approaches_ApproachId",
                        column: x => x.ApproachId,
                        principalTable: "Approaches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ContactLogEntry_NetworkActor_ActorId",
                        column: x => x.ActorId,
                        principalTable: "NetworkActor",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ContactLogEntry_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "NetworkRelation",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ApproachId = table.Column<Guid>(type: "uuid", nullable: false),
                    FromActorId = table.Column<Guid>(type: "uuid", nullable: false),
                    ToActorId = table.Column<Guid>(type: "uuid", nullable: false),
                    Type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Directed = table.Column<bool>(type: "boolean", nullable: false),
                    Strength = table.Column<int>(type: "integer", nullable: false),
                    Since = table.Column<DateOnly>(type: "date", nullable: true),
                    RecordedByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    RecordedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Source = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Confidence = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ExpiresOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ConfirmedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NetworkRelation", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NetworkRelation_Approaches_ApproachId",
                        column: x => x.ApproachId,
                        principalTable: "Approaches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_NetworkRelation_NetworkActor_FromActorId",
                        column: x => x.FromActorId,
                        principalTable: "NetworkActor",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_NetworkRelation_NetworkActor_ToActorId",
                        column: x => x.ToActorId,
                        principalTable: "NetworkActor",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_NetworkRelation_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Observation_Counts",
                table: "Observation",
                columns: new[] { "ApproachId", "OrganisationId", "PartOfDay", "DayType", "Kind", "ObservedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Observation_Grid",
                table: "Observation",
                columns: new[] { "ApproachId", "OrganisationId", "PlaceName", "PartOfDay", "Groups" });

            migrationBuilder.CreateIndex(
                name: "IX_Observation_List",
                table: "Observation",
                columns: new[] { "ApproachId", "OrganisationId", "ObservedOn", "ObservedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ContactLogEntry_ActorId",
                table: "ContactLogEntry",
                column: "ActorId");

            migrationBuilder.CreateIndex(
                name: "IX_ContactLogEntry_ApproachId_Date",
                table: "ContactLogEntry",
                columns: new[] { "ApproachId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_ContactLogEntry_OrganisationId",
                table: "ContactLogEntry",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_GroupSetup_ApproachId_Date",
                table: "GroupSetup",
                columns: new[] { "ApproachId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_GroupSetup_OrganisationId",
                table: "GroupSetup",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_NetworkActor_ApproachId_DisplayName",
                table: "NetworkActor",
                columns: new[] { "ApproachId", "DisplayName" });

            migrationBuilder.CreateIndex(
                name: "IX_NetworkActor_OrganisationId",
                table: "NetworkActor",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_NetworkRelation_ApproachId",
                table: "NetworkRelation",
                column: "ApproachId");

            migrationBuilder.CreateIndex(
                name: "IX_NetworkRelation_FromActorId",
                table: "NetworkRelation",
                column: "FromActorId");

            migrationBuilder.CreateIndex(
                name: "IX_NetworkRelation_OrganisationId",
                table: "NetworkRelation",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_NetworkRelation_ToActorId",
                table: "NetworkRelation",
                column: "ToActorId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ContactLogEntry");

            migrationBuilder.DropTable(
                name: "GroupSetup");

            migrationBuilder.DropTable(
                name: "NetworkRelation");

            migrationBuilder.DropTable(
                name: "NetworkActor");

            migrationBuilder.DropIndex(
                name: "IX_Observation_Counts",
                table: "Observation");

            migrationBuilder.DropIndex(
                name: "IX_Observation_Grid",
                table: "Observation");

            migrationBuilder.DropIndex(
                name: "IX_Observation_List",
                table: "Observation");

            migrationBuilder.CreateIndex(
                name: "IX_Observation_ApproachId_ObservedOn",
                table: "Observation",
                columns: new[] { "ApproachId", "ObservedOn" });
        }
    }
}
