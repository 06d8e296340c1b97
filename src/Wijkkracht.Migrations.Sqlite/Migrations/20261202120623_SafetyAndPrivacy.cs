using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wijkkracht.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SafetyAndPrivacy : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "PersonErasedAt",
                table: "NetworkAnalysisRun",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PoliceContact",
                table: "NeighbourhoodActions",
                type: "TEXT",
                maxLength: 4000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<bool>(
                name: "Risky",
                table: "NeighbourhoodActions",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "CheckIn",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApproachId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MemberUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ActorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HowAreYouProtected = table.Column<string>(type: "TEXT", maxLength: 24000, nullable: false),
                    UnsafeSituation = table.Column<bool>(type: "INTEGER", nullable: false),
                    Incident = table.Column<bool>(type: "INTEGER", nullable: false),
                    Threatened = table.Column<bool>(type: "INTEGER", nullable: false),
                    NotesProtected = table.Column<string>(type: "TEXT", maxLength: 24000, nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CheckIn", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CheckIn_Approaches_ApproachId",
                        column: x => x.ApproachId,
                        principalTable: "Approaches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CheckIn_NetworkActor_ActorId",
                        column: x => x.ActorId,
                        principalTable: "NetworkActor",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CheckIn_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ErasedTerm",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TermProtected = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ErasedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ErasedTerm", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ErasedTerm_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Notice",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Link = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ReadAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Emailed = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Notice", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Notice_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Notice_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

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

            migrationBuilder.CreateTable(
                name: "SafetyAgreement",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApproachId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ActionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Agreed = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Parties = table.Column<int>(type: "INTEGER", nullable: false),
                    OtherParties = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    AgreedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReviewOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RemindedFor = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Visibility = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    VisibleToPartnerTypes = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SafetyAgreement", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SafetyAgreement_Approaches_ApproachId",
                        column: x => x.ApproachId,
                        principalTable: "Approaches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SafetyAgreement_NeighbourhoodActions_ActionId",
                        column: x => x.ActionId,
                        principalTable: "NeighbourhoodActions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_SafetyAgreement_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SafetyReport",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApproachId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    HappenedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    WhatHappenedProtected = table.Column<string>(type: "TEXT", maxLength: 24000, nullable: false),
                    WhereProtected = table.Column<string>(type: "TEXT", maxLength: 24000, nullable: false),
                    Feeling = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    PoliceAware = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ContactPreference = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    ContactDetailsProtected = table.Column<string>(type: "TEXT", maxLength: 24000, nullable: false),
                    OnBehalfOf = table.Column<bool>(type: "INTEGER", nullable: false),
                    OnBehalfOfProtected = table.Column<string>(type: "TEXT", maxLength: 24000, nullable: false),
                    ReportedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReportedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    FirstContactDueAt = table.Column<long>(type: "INTEGER", nullable: false),
                    FirstContactAt = table.Column<long>(type: "INTEGER", nullable: true),
                    EscalatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    PoliceInvolved = table.Column<bool>(type: "INTEGER", nullable: false),
                    ConcernsActorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ActorPreviousProtection = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    EvaluationProtected = table.Column<string>(type: "TEXT", maxLength: 24000, nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SafetyReport", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SafetyReport_Approaches_ApproachId",
                        column: x => x.ApproachId,
                        principalTable: "Approaches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SafetyReport_NetworkActor_ConcernsActorId",
                        column: x => x.ConcernsActorId,
                        principalTable: "NetworkActor",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_SafetyReport_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SafetySetup",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApproachId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ResponsibleUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PoliceContactUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    FirstContactHours = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SafetySetup", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SafetySetup_Approaches_ApproachId",
                        column: x => x.ApproachId,
                        principalTable: "Approaches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SafetySetup_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SafetyFollowUp",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApproachId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReportId = table.Column<Guid>(type: "TEXT", nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    TextProtected = table.Column<string>(type: "TEXT", maxLength: 24000, nullable: false),
                    ByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SafetyFollowUp", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SafetyFollowUp_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SafetyFollowUp_SafetyReport_ReportId",
                        column: x => x.ReportId,
                        principalTable: "SafetyReport",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CheckIn_ActorId",
                table: "CheckIn",
                column: "ActorId");

            migrationBuilder.CreateIndex(
                name: "IX_CheckIn_ApproachId_On",
                table: "CheckIn",
                columns: new[] { "ApproachId", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_CheckIn_OrganisationId",
                table: "CheckIn",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_ErasedTerm_OrganisationId",
                table: "ErasedTerm",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_Notice_OrganisationId",
                table: "Notice",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_Notice_UserId_ReadAt",
                table: "Notice",
                columns: new[] { "UserId", "ReadAt" });

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

            migrationBuilder.CreateIndex(
                name: "IX_SafetyAgreement_ActionId",
                table: "SafetyAgreement",
                column: "ActionId");

            migrationBuilder.CreateIndex(
                name: "IX_SafetyAgreement_ApproachId_ReviewOn",
                table: "SafetyAgreement",
                columns: new[] { "ApproachId", "ReviewOn" });

            migrationBuilder.CreateIndex(
                name: "IX_SafetyAgreement_OrganisationId",
                table: "SafetyAgreement",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_SafetyFollowUp_OrganisationId",
                table: "SafetyFollowUp",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_SafetyFollowUp_ReportId_On",
                table: "SafetyFollowUp",
                columns: new[] { "ReportId", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_SafetyReport_ApproachId_Status",
                table: "SafetyReport",
                columns: new[] { "ApproachId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_SafetyReport_ConcernsActorId",
                table: "SafetyReport",
                column: "ConcernsActorId");

            migrationBuilder.CreateIndex(
                name: "IX_SafetyReport_OrganisationId",
                table: "SafetyReport",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_SafetyReport_Status_FirstContactDueAt",
                table: "SafetyReport",
                columns: new[] { "Status", "FirstContactDueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SafetySetup_ApproachId",
                table: "SafetySetup",
                column: "ApproachId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SafetySetup_OrganisationId",
                table: "SafetySetup",
                column: "OrganisationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CheckIn");

            migrationBuilder.DropTable(
                name: "ErasedTerm");

            migrationBuilder.DropTable(
                name: "Notice");

            migrationBuilder.DropTable(
                name: "PrivacyStatement");

            migrationBuilder.DropTable(
                name: "ProcessingRecord");

            migrationBuilder.DropTable(
                name: "RetentionRule");

            migrationBuilder.DropTable(
                name: "SafetyAgreement");

            migrationBuilder.DropTable(
                name: "SafetyFollowUp");

            migrationBuilder.DropTable(
                name: "SafetySetup");

            migrationBuilder.DropTable(
                name: "SafetyReport");

            migrationBuilder.DropColumn(
                name: "PersonErasedAt",
                table: "NetworkAnalysisRun");

            migrationBuilder.DropColumn(
                name: "PoliceContact",
                table: "NeighbourhoodActions");

            migrationBuilder.DropColumn(
                name: "Risky",
                table: "NeighbourhoodActions");
        }
    }
}
