using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tanso.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RegionalPublishedData : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SourceUrl",
                table: "news_posts",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "published_targets",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    GovernmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Plan = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    BaseYear = table.Column<int>(type: "INTEGER", nullable: false),
                    BaseEmissionsText = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    BaseEmissionsMt = table.Column<decimal>(type: "TEXT", precision: 12, scale: 4, nullable: true),
                    BaseScope = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    TargetYear = table.Column<int>(type: "INTEGER", nullable: false),
                    ReductionPercent = table.Column<decimal>(type: "TEXT", precision: 8, scale: 3, nullable: true),
                    TargetEmissionsMt = table.Column<decimal>(type: "TEXT", precision: 12, scale: 4, nullable: true),
                    NetZeroYear = table.Column<int>(type: "INTEGER", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_published_targets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_published_targets_governments_GovernmentId",
                        column: x => x.GovernmentId,
                        principalTable: "governments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "regional_figures",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    GovernmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Series = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Scope = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    LineKo = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    LineEn = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Value = table.Column<decimal>(type: "TEXT", precision: 20, scale: 4, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_regional_figures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_regional_figures_governments_GovernmentId",
                        column: x => x.GovernmentId,
                        principalTable: "governments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_published_targets_GovernmentId_Plan_TargetYear",
                table: "published_targets",
                columns: new[] { "GovernmentId", "Plan", "TargetYear" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_regional_figures_GovernmentId_Series_Year_Scope_LineKo",
                table: "regional_figures",
                columns: new[] { "GovernmentId", "Series", "Year", "Scope", "LineKo" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "published_targets");

            migrationBuilder.DropTable(
                name: "regional_figures");

            migrationBuilder.DropColumn(
                name: "SourceUrl",
                table: "news_posts");
        }
    }
}
