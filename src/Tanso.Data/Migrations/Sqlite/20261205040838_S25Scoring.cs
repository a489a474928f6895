using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tanso.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class S25Scoring : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "Settings",
                table: "check_cycles",
                type: "TEXT",
                nullable: false,
                defaultValue: "{\"Tasks\":50,\"Emissions\":30,\"Budget\":20,\"Quantitative\":60,\"Qualitative\":40,\"Grades\":[{\"Ko\":\"우수\",\"En\":\"Excellent\",\"Min\":90},{\"Ko\":\"양호\",\"En\":\"Good\",\"Min\":80},{\"Ko\":\"보통\",\"En\":\"Fair\",\"Min\":70},{\"Ko\":\"미흡\",\"En\":\"Poor\",\"Min\":60},{\"Ko\":\"부진\",\"En\":\"Very poor\",\"Min\":0}],\"TrimFrom\":5,\"MaxSd\":15,\"MaxRange\":40,\"RefuseLate\":false,\"Quorum\":null}",
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldDefaultValue: "{\"Tasks\":50,\"Emissions\":30,\"Budget\":20,\"Quantitative\":60,\"Qualitative\":40,\"Grades\":[{\"Ko\":\"우수\",\"En\":\"Excellent\",\"Min\":90},{\"Ko\":\"양호\",\"En\":\"Good\",\"Min\":80},{\"Ko\":\"보통\",\"En\":\"Fair\",\"Min\":70},{\"Ko\":\"미흡\",\"En\":\"Poor\",\"Min\":60},{\"Ko\":\"부진\",\"En\":\"Very poor\",\"Min\":0}],\"TrimFrom\":5,\"MaxSd\":15,\"MaxRange\":40}");

            migrationBuilder.AddColumn<int>(
                name: "ReportDaysLate",
                table: "check_cycles",
                type: "INTEGER",
                nullable: true);

            // Reports submitted before lateness was recorded: their days late against the reporting deadline as it stands.
            migrationBuilder.Sql("""
                UPDATE check_cycles SET "ReportDaysLate" = COALESCE((SELECT MAX(0, CAST(julianday(check_cycles."ReportSubmittedOn") - julianday(d."DueOn") AS INTEGER)) FROM check_cycle_deadlines d WHERE d."CycleId" = check_cycles."Id" AND d."Stage" = 'Reporting'), 0) WHERE "ReportSubmittedOn" IS NOT NULL;
                """);

            migrationBuilder.CreateTable(
                name: "check_calibrations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CycleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Criterion = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Scores = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ResolvedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ResolvedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_check_calibrations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_check_calibrations_check_cycles_CycleId",
                        column: x => x.CycleId,
                        principalTable: "check_cycles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "check_review_reply_items",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ReviewId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    TargetId = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_check_review_reply_items", x => x.Id);
                    table.ForeignKey(
                        name: "FK_check_review_reply_items_check_reviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "check_reviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_check_calibrations_CycleId_Criterion",
                table: "check_calibrations",
                columns: new[] { "CycleId", "Criterion" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_check_review_reply_items_ReviewId_Kind_TargetId",
                table: "check_review_reply_items",
                columns: new[] { "ReviewId", "Kind", "TargetId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "check_calibrations");

            migrationBuilder.DropTable(
                name: "check_review_reply_items");

            migrationBuilder.DropColumn(
                name: "ReportDaysLate",
                table: "check_cycles");

            migrationBuilder.AlterColumn<string>(
                name: "Settings",
                table: "check_cycles",
                type: "TEXT",
                nullable: false,
                defaultValue: "{\"Tasks\":50,\"Emissions\":30,\"Budget\":20,\"Quantitative\":60,\"Qualitative\":40,\"Grades\":[{\"Ko\":\"우수\",\"En\":\"Excellent\",\"Min\":90},{\"Ko\":\"양호\",\"En\":\"Good\",\"Min\":80},{\"Ko\":\"보통\",\"En\":\"Fair\",\"Min\":70},{\"Ko\":\"미흡\",\"En\":\"Poor\",\"Min\":60},{\"Ko\":\"부진\",\"En\":\"Very poor\",\"Min\":0}],\"TrimFrom\":5,\"MaxSd\":15,\"MaxRange\":40}",
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldDefaultValue: "{\"Tasks\":50,\"Emissions\":30,\"Budget\":20,\"Quantitative\":60,\"Qualitative\":40,\"Grades\":[{\"Ko\":\"우수\",\"En\":\"Excellent\",\"Min\":90},{\"Ko\":\"양호\",\"En\":\"Good\",\"Min\":80},{\"Ko\":\"보통\",\"En\":\"Fair\",\"Min\":70},{\"Ko\":\"미흡\",\"En\":\"Poor\",\"Min\":60},{\"Ko\":\"부진\",\"En\":\"Very poor\",\"Min\":0}],\"TrimFrom\":5,\"MaxSd\":15,\"MaxRange\":40,\"RefuseLate\":false,\"Quorum\":null}");
        }
    }
}
