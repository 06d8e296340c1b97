using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wijkkracht.Migrations.Sqlite.Migrations
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApproachId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HandoverTo = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    HandoverNote = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Continuation = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ClosedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Visibility = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    VisibleToPartnerTypes = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Checklist = table.Column<string>(type: "TEXT", nullable: true)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApproachId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Participants = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    OwnRole = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Adjustments = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    CommunicatedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CommunicatedHow = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ClosedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Visibility = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    VisibleToPartnerTypes = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Answers = table.Column<string>(type: "TEXT", nullable: true)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApproachId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GoalId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 15, nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    BaselineDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    BaselineValue = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true),
                    BaselineNote = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    TargetValue = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true),
                    Visibility = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    VisibleToPartnerTypes = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Measurements = table.Column<string>(type: "TEXT", nullable: true)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApproachId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Tags = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    LearnedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ShareInOrganisation = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApproachId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    PpctLevel = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    ParticipationRung = table.Column<int>(type: "INTEGER", nullable: true),
                    ActivityExample = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PlaceName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Organisers = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    LocalSuppliers = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Cost = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    OwnerUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    GoalIds = table.Column<string>(type: "TEXT", nullable: false),
                    ThemeIds = table.Column<string>(type: "TEXT", nullable: false),
                    OpportunityIds = table.Column<string>(type: "TEXT", nullable: false),
                    InterventionSlugs = table.Column<string>(type: "TEXT", nullable: false),
                    WhoJoined = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    WhoDidNotJoin = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    PatternChange = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ResidentFeedback = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Pattern = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ExpectedEffect = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    EvaluationPlan = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    EvaluationDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    StopCriterion = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    UndoPlan = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    DecisionDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DecisionNote = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    BorgingOwner = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    BorgingFunding = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    DecidedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Visibility = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    VisibleToPartnerTypes = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApproachId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    StartTime = table.Column<TimeOnly>(type: "TEXT", nullable: true),
                    EndTime = table.Column<TimeOnly>(type: "TEXT", nullable: true),
                    Place = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AttendeeUserIds = table.Column<string>(type: "TEXT", nullable: false),
                    AttendeeActorIds = table.Column<string>(type: "TEXT", nullable: false),
                    AttendingGroups = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Chair = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NoteTaker = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    Signals = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Decisions = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ExperimentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Visibility = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    VisibleToPartnerTypes = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Agenda = table.Column<string>(type: "TEXT", nullable: true),
                    WorkingAgreements = table.Column<string>(type: "TEXT", nullable: true)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApproachId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    What = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    OwnerUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OwnerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Progress = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    DoneOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
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
