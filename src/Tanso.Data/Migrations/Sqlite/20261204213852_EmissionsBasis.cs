using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tanso.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class EmissionsBasis : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "BasisAdjustments",
                table: "plans",
                type: "TEXT",
                maxLength: 80,
                nullable: false,
                defaultValue: "None");

            migrationBuilder.AddColumn<string>(
                name: "BasisGuidelines",
                table: "plans",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "NotStated");

            migrationBuilder.AddColumn<string>(
                name: "BasisKind",
                table: "plans",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "Gross");

            migrationBuilder.AddColumn<string>(
                name: "Guidelines",
                table: "inventory_editions",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "NotStated");
            // The NDC's base-year edition (seeded from inventory-editions.csv) is on the 1996 IPCC guidelines.
            migrationBuilder.Sql("UPDATE inventory_editions SET \"Guidelines\" = 'Ipcc1996' WHERE \"Code\" = 'ndc-base-2018'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "BasisAdjustments",
                table: "plans");

            migrationBuilder.DropColumn(
                name: "BasisGuidelines",
                table: "plans");

            migrationBuilder.DropColumn(
                name: "BasisKind",
                table: "plans");

            migrationBuilder.DropColumn(
                name: "Guidelines",
                table: "inventory_editions");
        }
    }
}
