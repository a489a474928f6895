using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tanso.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Foundation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FriendlyName = table.Column<string>(type: "TEXT", nullable: true),
                    Xml = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "figure_series",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ReferenceName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NameKo = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ShortKo = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ShortEn = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    PublishedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_figure_series", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "governments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Level = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    NameKo = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    AdministrativeCode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: true),
                    SgisCode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: true),
                    ParentId = table.Column<int>(type: "INTEGER", nullable: true),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ValidTo = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_governments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_governments_governments_ParentId",
                        column: x => x.ParentId,
                        principalTable: "governments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "inventory_editions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    NameKo = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Publisher = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PublishedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    MethodNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inventory_editions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "official_figures",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SeriesId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Line = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Value = table.Column<decimal>(type: "TEXT", precision: 20, scale: 4, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    EditionId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_official_figures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_official_figures_figure_series_SeriesId",
                        column: x => x.SeriesId,
                        principalTable: "figure_series",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_official_figures_inventory_editions_EditionId",
                        column: x => x.EditionId,
                        principalTable: "inventory_editions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_figure_series_Code",
                table: "figure_series",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_figure_series_ReferenceName",
                table: "figure_series",
                column: "ReferenceName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_governments_AdministrativeCode_ValidFrom",
                table: "governments",
                columns: new[] { "AdministrativeCode", "ValidFrom" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_governments_Level",
                table: "governments",
                column: "Level");

            migrationBuilder.CreateIndex(
                name: "IX_governments_ParentId",
                table: "governments",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_governments_SgisCode",
                table: "governments",
                column: "SgisCode");

            migrationBuilder.CreateIndex(
                name: "IX_inventory_editions_Code",
                table: "inventory_editions",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_official_figures_EditionId",
                table: "official_figures",
                column: "EditionId");

            migrationBuilder.CreateIndex(
                name: "IX_official_figures_SeriesId_Year_Line",
                table: "official_figures",
                columns: new[] { "SeriesId", "Year", "Line" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "governments");

            migrationBuilder.DropTable(
                name: "official_figures");

            migrationBuilder.DropTable(
                name: "figure_series");

            migrationBuilder.DropTable(
                name: "inventory_editions");
        }
    }
}
