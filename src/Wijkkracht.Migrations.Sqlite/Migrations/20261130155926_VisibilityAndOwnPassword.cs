using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wijkkracht.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class VisibilityAndOwnPassword : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Visibility",
                table: "StepProgress",
                type: "TEXT",
                maxLength: 10,
                nullable: false,
                defaultValue: "Partners");

            migrationBuilder.AddColumn<int>(
                name: "VisibleToPartnerTypes",
                table: "StepProgress",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Visibility",
                table: "PreconditionAssessment",
                type: "TEXT",
                maxLength: 10,
                nullable: false,
                defaultValue: "Kernteam");

            migrationBuilder.AddColumn<int>(
                name: "VisibleToPartnerTypes",
                table: "PreconditionAssessment",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Visibility",
                table: "PlanVersion",
                type: "TEXT",
                maxLength: 10,
                nullable: false,
                defaultValue: "Partners");

            migrationBuilder.AddColumn<int>(
                name: "VisibleToPartnerTypes",
                table: "PlanVersion",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<bool>(
                name: "MustChangePassword",
                table: "AspNetUsers",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "PartnerType",
                table: "ApproachMembers",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "Geen");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Visibility",
                table: "StepProgress");

            migrationBuilder.DropColumn(
                name: "VisibleToPartnerTypes",
                table: "StepProgress");

            migrationBuilder.DropColumn(
                name: "Visibility",
                table: "PreconditionAssessment");

            migrationBuilder.DropColumn(
                name: "VisibleToPartnerTypes",
                table: "PreconditionAssessment");

            migrationBuilder.DropColumn(
                name: "Visibility",
                table: "PlanVersion");

            migrationBuilder.DropColumn(
                name: "VisibleToPartnerTypes",
                table: "PlanVersion");

            migrationBuilder.DropColumn(
                name: "MustChangePassword",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "PartnerType",
                table: "ApproachMembers");
        }
    }
}
