using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tanso.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ScenarioBasis : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "BasisAdjustments",
                table: "scenarios",
                type: "TEXT",
                maxLength: 80,
                nullable: false,
                defaultValue: "None");

            migrationBuilder.AddColumn<string>(
                name: "BasisGuidelines",
                table: "scenarios",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "Unknown");

            migrationBuilder.AddColumn<string>(
                name: "BasisKind",
                table: "scenarios",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "Gross");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "BasisAdjustments",
                table: "scenarios");

            migrationBuilder.DropColumn(
                name: "BasisGuidelines",
                table: "scenarios");

            migrationBuilder.DropColumn(
                name: "BasisKind",
                table: "scenarios");
        }
    }
}
