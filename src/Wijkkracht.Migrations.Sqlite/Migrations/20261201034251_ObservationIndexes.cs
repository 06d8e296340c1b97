using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wijkkracht.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ObservationIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Observation_ApproachId_ObservedOn",
                table: "Observation");

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
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
