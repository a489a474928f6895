using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Tanso.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Inventory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_governments_AdministrativeCode_ValidFrom",
                table: "governments");

            migrationBuilder.AddColumn<bool>(
                name: "IsSample",
                table: "inventory_editions",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "Note",
                table: "governments",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "government_affiliations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    GovernmentId = table.Column<int>(type: "integer", nullable: false),
                    ParentId = table.Column<int>(type: "integer", nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    ValidTo = table.Column<DateOnly>(type: "date", nullable: true),
                    Source = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_government_affiliations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_government_affiliations_governments_GovernmentId",
                        column: x => x.GovernmentId,
                        principalTable: "governments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_government_affiliations_governments_ParentId",
                        column: x => x.ParentId,
                        principalTable: "governments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "government_statistics",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    GovernmentId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Population = table.Column<long>(type: "bigint", nullable: true),
                    GrdpMillionKrw = table.Column<decimal>(type: "numeric(20,2)", precision: 20, scale: 2, nullable: true),
                    Source = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_government_statistics", x => x.Id);
                    table.ForeignKey(
                        name: "FK_government_statistics_governments_GovernmentId",
                        column: x => x.GovernmentId,
                        principalTable: "governments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "inventory_entries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EditionId = table.Column<int>(type: "integer", nullable: false),
                    GovernmentId = table.Column<int>(type: "integer", nullable: false),
                    Sector = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    SubSector = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Gas = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Emissions = table.Column<decimal>(type: "numeric(20,4)", precision: 20, scale: 4, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inventory_entries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_inventory_entries_governments_GovernmentId",
                        column: x => x.GovernmentId,
                        principalTable: "governments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_inventory_entries_inventory_editions_EditionId",
                        column: x => x.EditionId,
                        principalTable: "inventory_editions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "inventory_imports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EditionId = table.Column<int>(type: "integer", nullable: false),
                    FileName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    Format = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Entries = table.Column<int>(type: "integer", nullable: false),
                    ImportedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inventory_imports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_inventory_imports_inventory_editions_EditionId",
                        column: x => x.EditionId,
                        principalTable: "inventory_editions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "pending_uploads",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    FileName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false),
                    EditionCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    EditionName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Publisher = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    PublishedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    MethodNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Source = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pending_uploads", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_governments_AdministrativeCode_ValidFrom",
                table: "governments",
                columns: new[] { "AdministrativeCode", "ValidFrom" });

            migrationBuilder.CreateIndex(
                name: "IX_government_affiliations_GovernmentId_ValidFrom",
                table: "government_affiliations",
                columns: new[] { "GovernmentId", "ValidFrom" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_government_affiliations_ParentId",
                table: "government_affiliations",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_government_statistics_GovernmentId_Year",
                table: "government_statistics",
                columns: new[] { "GovernmentId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_inventory_entries_EditionId",
                table: "inventory_entries",
                column: "EditionId");

            migrationBuilder.CreateIndex(
                name: "IX_inventory_entries_GovernmentId_EditionId_Sector_SubSector_G~",
                table: "inventory_entries",
                columns: new[] { "GovernmentId", "EditionId", "Sector", "SubSector", "Gas", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_inventory_imports_EditionId",
                table: "inventory_imports",
                column: "EditionId");

            migrationBuilder.CreateIndex(
                name: "IX_pending_uploads_CreatedUtc",
                table: "pending_uploads",
                column: "CreatedUtc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "government_affiliations");

            migrationBuilder.DropTable(
                name: "government_statistics");

            migrationBuilder.DropTable(
                name: "inventory_entries");

            migrationBuilder.DropTable(
                name: "inventory_imports");

            migrationBuilder.DropTable(
                name: "pending_uploads");

            migrationBuilder.DropIndex(
                name: "IX_governments_AdministrativeCode_ValidFrom",
                table: "governments");

            migrationBuilder.DropColumn(
                name: "IsSample",
                table: "inventory_editions");

            migrationBuilder.DropColumn(
                name: "Note",
                table: "governments");

            migrationBuilder.CreateIndex(
                name: "IX_governments_AdministrativeCode_ValidFrom",
                table: "governments",
                columns: new[] { "AdministrativeCode", "ValidFrom" },
                unique: true);
        }
    }
}
