using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tanso.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OneCheckCyclePerPeriod : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_check_cycles_PlanId_Year_Month",
                table: "check_cycles");

            migrationBuilder.CreateIndex(
                name: "IX_check_cycles_PlanId_Year_annual",
                table: "check_cycles",
                columns: new[] { "PlanId", "Year" },
                unique: true,
                filter: "\"Month\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_check_cycles_PlanId_Year_Month",
                table: "check_cycles",
                columns: new[] { "PlanId", "Year", "Month" },
                unique: true,
                filter: "\"Month\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_check_cycles_PlanId_Year_annual",
                table: "check_cycles");

            migrationBuilder.DropIndex(
                name: "IX_check_cycles_PlanId_Year_Month",
                table: "check_cycles");

            migrationBuilder.CreateIndex(
                name: "IX_check_cycles_PlanId_Year_Month",
                table: "check_cycles",
                columns: new[] { "PlanId", "Year", "Month" });
        }
    }
}
