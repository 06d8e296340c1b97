using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wijkkracht.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class StepEleven : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Celebration",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ApproachId = table.Column<Guid>(type: "uuid", nullable: false),
                    CelebratedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Success = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    How = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    WithWhom = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Attention = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    AgreedWithNetwork = table.Column<bool>(type: "boolean", nullable: false),
                    ActionId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    Visibility = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    VisibleToPartnerTypes = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Celebration", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Celebration_Approaches_ApproachId",
                        column: x => x.ApproachId,
                        principalTable: "Approaches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Celebration_NeighbourhoodActions_ActionId",
                        column: x => x.ActionId,
                        principalTable: "NeighbourhoodActions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Celebration_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Resistance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ApproachId = table.Column<Guid>(type: "uuid", nullable: false),
                    NoticedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Source = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SourceDetail = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Kind = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Response = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Handling = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    ReviewOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    Visibility = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    VisibleToPartnerTypes = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Resistance", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Resistance_Approaches_ApproachId",
                        column: x => x.ApproachId,
                        principalTable: "Approaches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Resistance_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Celebration_ActionId",
                table: "Celebration",
                column: "ActionId");

            migrationBuilder.CreateIndex(
                name: "IX_Celebration_ApproachId_CelebratedOn",
                table: "Celebration",
                columns: new[] { "ApproachId", "CelebratedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Celebration_OrganisationId",
                table: "Celebration",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_Resistance_ApproachId_NoticedOn",
                table: "Resistance",
                columns: new[] { "ApproachId", "NoticedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Resistance_OrganisationId",
                table: "Resistance",
                column: "OrganisationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Celebration");

            migrationBuilder.DropTable(
                name: "Resistance");
        }
    }
}
