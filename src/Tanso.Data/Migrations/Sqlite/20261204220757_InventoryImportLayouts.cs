using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tanso.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InventoryImportLayouts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Government",
                table: "pending_uploads",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Guidelines",
                table: "pending_uploads",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "Unknown");

            migrationBuilder.AddColumn<int>(
                name: "HeaderRow",
                table: "pending_uploads",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IgnoreColumns",
                table: "pending_uploads",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Numbering",
                table: "pending_uploads",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Unit",
                table: "pending_uploads",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Category",
                table: "inventory_entries",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "Level",
                table: "inventory_entries",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Mark",
                table: "inventory_entries",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "None");

            migrationBuilder.AddColumn<bool>(
                name: "Nested",
                table: "inventory_entries",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "Provisional",
                table: "inventory_entries",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "Guidelines",
                table: "inventory_editions",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "Unknown");

            migrationBuilder.AddColumn<bool>(
                name: "IsProvisional",
                table: "inventory_editions",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "SupersededById",
                table: "inventory_editions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WithdrawnReason",
                table: "inventory_editions",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "WithdrawnUtc",
                table: "inventory_editions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "inventory_reported_lines",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EditionId = table.Column<int>(type: "INTEGER", nullable: false),
                    GovernmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Label = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    Gas = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Tonnes = table.Column<decimal>(type: "TEXT", precision: 20, scale: 4, nullable: true),
                    Mark = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Provisional = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inventory_reported_lines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_inventory_reported_lines_governments_GovernmentId",
                        column: x => x.GovernmentId,
                        principalTable: "governments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_inventory_reported_lines_inventory_editions_EditionId",
                        column: x => x.EditionId,
                        principalTable: "inventory_editions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "sector_aliases",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Scheme = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    MapsTo = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    TopCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    AddedByAdministrator = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sector_aliases", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_inventory_editions_SupersededById",
                table: "inventory_editions",
                column: "SupersededById");

            migrationBuilder.CreateIndex(
                name: "IX_inventory_reported_lines_EditionId",
                table: "inventory_reported_lines",
                column: "EditionId");

            migrationBuilder.CreateIndex(
                name: "IX_inventory_reported_lines_GovernmentId_EditionId_Role_Label_Gas_Year",
                table: "inventory_reported_lines",
                columns: new[] { "GovernmentId", "EditionId", "Role", "Label", "Gas", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_sector_aliases_Scheme_Key",
                table: "sector_aliases",
                columns: new[] { "Scheme", "Key" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_inventory_editions_inventory_editions_SupersededById",
                table: "inventory_editions",
                column: "SupersededById",
                principalTable: "inventory_editions",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_inventory_editions_inventory_editions_SupersededById",
                table: "inventory_editions");

            migrationBuilder.DropTable(
                name: "inventory_reported_lines");

            migrationBuilder.DropTable(
                name: "sector_aliases");

            migrationBuilder.DropIndex(
                name: "IX_inventory_editions_SupersededById",
                table: "inventory_editions");

            migrationBuilder.DropColumn(
                name: "Government",
                table: "pending_uploads");

            migrationBuilder.DropColumn(
                name: "Guidelines",
                table: "pending_uploads");

            migrationBuilder.DropColumn(
                name: "HeaderRow",
                table: "pending_uploads");

            migrationBuilder.DropColumn(
                name: "IgnoreColumns",
                table: "pending_uploads");

            migrationBuilder.DropColumn(
                name: "Numbering",
                table: "pending_uploads");

            migrationBuilder.DropColumn(
                name: "Unit",
                table: "pending_uploads");

            migrationBuilder.DropColumn(
                name: "Category",
                table: "inventory_entries");

            migrationBuilder.DropColumn(
                name: "Level",
                table: "inventory_entries");

            migrationBuilder.DropColumn(
                name: "Mark",
                table: "inventory_entries");

            migrationBuilder.DropColumn(
                name: "Nested",
                table: "inventory_entries");

            migrationBuilder.DropColumn(
                name: "Provisional",
                table: "inventory_entries");

            migrationBuilder.DropColumn(
                name: "Guidelines",
                table: "inventory_editions");

            migrationBuilder.DropColumn(
                name: "IsProvisional",
                table: "inventory_editions");

            migrationBuilder.DropColumn(
                name: "SupersededById",
                table: "inventory_editions");

            migrationBuilder.DropColumn(
                name: "WithdrawnReason",
                table: "inventory_editions");

            migrationBuilder.DropColumn(
                name: "WithdrawnUtc",
                table: "inventory_editions");
        }
    }
}
