using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wijkkracht.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class FieldWork : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ApproachClosing",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ApproachId = table.Column<Guid>(type: "uuid", nullable: false),
                    HandoverTo = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    HandoverNote = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Continuation = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ClosedByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    Visibility = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    VisibleToPartnerTypes = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Checklist = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApproachClosing", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ApproachClosing_Approaches_ApproachId",
                        column: x => x.ApproachId,
                        principalTable: "Approaches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ApproachClosing_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EvaluationRound",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ApproachId = table.Column<Guid>(type: "uuid", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Participants = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    OwnRole = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Adjustments = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    CommunicatedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CommunicatedHow = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Status = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ClosedByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    Visibility = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    VisibleToPartnerTypes = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Answers = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvaluationRound", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EvaluationRound_Approaches_ApproachId",
                        column: x => x.ApproachId,
                        principalTable: "Approaches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EvaluationRound_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Indicator",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ApproachId = table.Column<Guid>(type: "uuid", nullable: false),
                    GoalId = table.Column<Guid>(type: "uuid", nullable: true),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: false),
                    Unit = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Source = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    BaselineDate = table.Column<DateOnly>(type: "date", nullable: true),
                    BaselineValue = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    BaselineNote = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    TargetValue = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    Visibility = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    VisibleToPartnerTypes = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Measurements = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Indicator", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Indicator_Approaches_ApproachId",
                        column: x => x.ApproachId,
                        principalTable: "Approaches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Indicator_Goal_GoalId",
                        column: x => x.GoalId,
                        principalTable: "Goal",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Indicator_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Lesson",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ApproachId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Tags = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    LearnedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ShareInOrganisation = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Lesson", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Lesson_Approaches_ApproachId",
                        column: x => x.ApproachId,
                        principalTable: "Approaches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Lesson_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "NeighbourhoodActions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ApproachId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    PpctLevel = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    ParticipationRung = table.Column<int>(type: "integer", nullable: true),
                    ActivityExample = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    PlaceName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: true),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Organisers = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    LocalSuppliers = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Cost = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    OwnerUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    GoalIds = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    ThemeIds = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    OpportunityIds = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    InterventionSlugs = table.Column<List<string>>(type: "text[]", nullable: false),
                    WhoJoined = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    WhoDidNotJoin = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    PatternChange = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    ResidentFeedback = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Pattern = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    ExpectedEffect = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    EvaluationPlan = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    EvaluationDate = table.Column<DateOnly>(type: "date", nullable: true),
                    StopCriterion = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    UndoPlan = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Decision = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    DecisionDate = table.Column<DateOnly>(type: "date", nullable: true),
                    DecisionNote = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    BorgingOwner = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    BorgingFunding = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    DecidedByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    Visibility = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    VisibleToPartnerTypes = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NeighbourhoodActions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NeighbourhoodActions_Approaches_ApproachId",
                        column: x => x.ApproachId,
                        principalTable: "Approaches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_NeighbourhoodActions_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Meeting",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ApproachId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    StartTime = table.Column<TimeOnly>(type: "time without time zone", nullable: true),
                    EndTime = table.Column<TimeOnly>(type: "time without time zone", nullable: true),
                    Place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AttendeeUserIds = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    AttendeeActorIds = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    AttendingGroups = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Chair = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    NoteTaker = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Notes = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    Signals = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Decisions = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    ExperimentId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    Visibility = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    VisibleToPartnerTypes = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Agenda = table.Column<string>(type: "jsonb", nullable: true),
                    WorkingAgreements = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Meeting", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Meeting_Approaches_ApproachId",
                        column: x => x.ApproachId,
                        principalTable: "Approaches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Meeting_NeighbourhoodActions_ExperimentId",
                        column: x => x.ExperimentId,
                        principalTable: "NeighbourhoodActions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Meeting_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MeetingAgreement",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ApproachId = table.Column<Guid>(type: "uuid", nullable: false),
                    MeetingId = table.Column<Guid>(type: "uuid", nullable: false),
                    What = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    OwnerUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    OwnerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Progress = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    DoneOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingAgreement", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeetingAgreement_Approaches_ApproachId",
                        column: x => x.ApproachId,
                        principalTable: "Approaches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MeetingAgreement_Meeting_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Meeting",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MeetingAgreement_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ApproachClosing_ApproachId",
                table: "ApproachClosing",
                column: "ApproachId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ApproachClosing_OrganisationId",
                table: "ApproachClosing",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationRound_ApproachId_HeldOn",
                table: "EvaluationRound",
                columns: new[] { "ApproachId", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationRound_OrganisationId",
                table: "EvaluationRound",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_Indicator_ApproachId",
                table: "Indicator",
                column: "ApproachId");

            migrationBuilder.CreateIndex(
                name: "IX_Indicator_GoalId",
                table: "Indicator",
                column: "GoalId");

            migrationBuilder.CreateIndex(
                name: "IX_Indicator_OrganisationId",
                table: "Indicator",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_Lesson_ApproachId",
                table: "Lesson",
                column: "ApproachId");

            migrationBuilder.CreateIndex(
                name: "IX_Lesson_OrganisationId",
                table: "Lesson",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_Lesson_OrganisationId_ShareInOrganisation",
                table: "Lesson",
                columns: new[] { "OrganisationId", "ShareInOrganisation" });

            migrationBuilder.CreateIndex(
                name: "IX_Meeting_ApproachId_Date",
                table: "Meeting",
                columns: new[] { "ApproachId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_Meeting_ExperimentId",
                table: "Meeting",
                column: "ExperimentId");

            migrationBuilder.CreateIndex(
                name: "IX_Meeting_OrganisationId",
                table: "Meeting",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingAgreement_ApproachId_Status_DueDate",
                table: "MeetingAgreement",
                columns: new[] { "ApproachId", "Status", "DueDate" });

            migrationBuilder.CreateIndex(
                name: "IX_MeetingAgreement_MeetingId",
                table: "MeetingAgreement",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingAgreement_OrganisationId",
                table: "MeetingAgreement",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingAgreement_OwnerUserId",
                table: "MeetingAgreement",
                column: "OwnerUserId");

            migrationBuilder.CreateIndex(
                name: "IX_NeighbourhoodActions_ApproachId_EndDate",
                table: "NeighbourhoodActions",
                columns: new[] { "ApproachId", "EndDate" });

            migrationBuilder.CreateIndex(
                name: "IX_NeighbourhoodActions_ApproachId_Kind_Status",
                table: "NeighbourhoodActions",
                columns: new[] { "ApproachId", "Kind", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_NeighbourhoodActions_OrganisationId",
                table: "NeighbourhoodActions",
                column: "OrganisationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ApproachClosing");

            migrationBuilder.DropTable(
                name: "EvaluationRound");

            migrationBuilder.DropTable(
                name: "Indicator");

            migrationBuilder.DropTable(
                name: "Lesson");

            migrationBuilder.DropTable(
                name: "MeetingAgreement");

            migrationBuilder.DropTable(
                name: "Meeting");

            migrationBuilder.DropTable(
                name: "NeighbourhoodActions");
        }
    }
}
