using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Tanso.Data.Migrations.Postgres
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
                type: "text",
                nullable: false,
                defaultValue: "{\"Tasks\":50,\"Emissions\":30,\"Budget\":20,\"Quantitative\":60,\"Qualitative\":40,\"Grades\":[{\"Ko\":\"우수\",\"En\":\"Excellent\",\"Min\":90},{\"Ko\":\"양호\",\"En\":\"Good\",\"Min\":80},{\"Ko\":\"보통\",\"En\":\"Fair\",\"Min\":70},{\"Ko\":\"미흡\",\"En\":\"Poor\",\"Min\":60},{\"Ko\":\"부진\",\"En\":\"Very poor\",\"Min\":0}],\"TrimFrom\":5,\"MaxSd\":15,\"MaxRange\":40,\"RefuseLate\":false,\"Quorum\":null}",
                oldClrType: typeof(string),
                oldType: "text",
                oldDefaultValue: "{\"Tasks\":50,\"Emissions\":30,\"Budget\":20,\"Quantitative\":60,\"Qualitative\":40,\"Grades\":[{\"Ko\":\"우수\",\"En\":\"Excellent\",\"Min\":90},{\"Ko\":\"양호\",\"En\":\"Good\",\"Min\":80},{\"Ko\":\"보통\",\"En\":\"Fair\",\"Min\":70},{\"Ko\":\"미흡\",\"En\":\"Poor\",\"Min\":60},{\"Ko\":\"부진\",\"En\":\"Very poor\",\"Min\":0}],\"TrimFrom\":5,\"MaxSd\":15,\"MaxRange\":40}");

            migrationBuilder.AddColumn<int>(
                name: "ReportDaysLate",
                table: "check_cycles",
                type: "integer",
                nullable: true);

            // Reports submitted before lateness was recorded: their days late against the reporting deadline as it stands.
            migrationBuilder.Sql("""
                UPDATE check_cycles c SET "ReportDaysLate" = COALESCE((SELECT GREATEST(0, c."ReportSubmittedOn" - d."DueOn") FROM check_cycle_deadlines d WHERE d."CycleId" = c."Id" AND d."Stage" = 'Reporting'), 0) WHERE c."ReportSubmittedOn" IS NOT NULL;
                """);

            migrationBuilder.CreateTable(
                name: "check_calibrations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CycleId = table.Column<int>(type: "integer", nullable: false),
                    Criterion = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Scores = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Note = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    ResolvedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ResolvedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ReviewId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    TargetId = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false)
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
                type: "text",
                nullable: false,
                defaultValue: "{\"Tasks\":50,\"Emissions\":30,\"Budget\":20,\"Quantitative\":60,\"Qualitative\":40,\"Grades\":[{\"Ko\":\"우수\",\"En\":\"Excellent\",\"Min\":90},{\"Ko\":\"양호\",\"En\":\"Good\",\"Min\":80},{\"Ko\":\"보통\",\"En\":\"Fair\",\"Min\":70},{\"Ko\":\"미흡\",\"En\":\"Poor\",\"Min\":60},{\"Ko\":\"부진\",\"En\":\"Very poor\",\"Min\":0}],\"TrimFrom\":5,\"MaxSd\":15,\"MaxRange\":40}",
                oldClrType: typeof(string),
                oldType: "text",
                oldDefaultValue: "{\"Tasks\":50,\"Emissions\":30,\"Budget\":20,\"Quantitative\":60,\"Qualitative\":40,\"Grades\":[{\"Ko\":\"우수\",\"En\":\"Excellent\",\"Min\":90},{\"Ko\":\"양호\",\"En\":\"Good\",\"Min\":80},{\"Ko\":\"보통\",\"En\":\"Fair\",\"Min\":70},{\"Ko\":\"미흡\",\"En\":\"Poor\",\"Min\":60},{\"Ko\":\"부진\",\"En\":\"Very poor\",\"Min\":0}],\"TrimFrom\":5,\"MaxSd\":15,\"MaxRange\":40,\"RefuseLate\":false,\"Quorum\":null}");
        }
    }
}
