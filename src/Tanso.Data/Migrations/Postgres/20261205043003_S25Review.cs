using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Tanso.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class S25Review : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "CommitteeDate",
                table: "plans",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CommitteeDecision",
                table: "plans",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CommitteeMinutesName",
                table: "plans",
                type: "character varying(260)",
                maxLength: 260,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PublishedAtUtc",
                table: "plans",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReturnReason",
                table: "plans",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ReviewedAtUtc",
                table: "plans",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReviewerId",
                table: "plans",
                type: "character varying(450)",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReviewerName",
                table: "plans",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "SubmittedAtUtc",
                table: "plans",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SubmittedById",
                table: "plans",
                type: "character varying(450)",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SubmittedByName",
                table: "plans",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WaitingFor",
                table: "plans",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "plan_committee_minutes",
                columns: table => new
                {
                    PlanId = table.Column<int>(type: "integer", nullable: false),
                    FileName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false),
                    UploadedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plan_committee_minutes", x => x.PlanId);
                    table.ForeignKey(
                        name: "FK_plan_committee_minutes_plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "plan_review_opinions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PlanId = table.Column<int>(type: "integer", nullable: false),
                    AuthorId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    AuthorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    FromProvince = table.Column<bool>(type: "boolean", nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    WrittenAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Answer = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    AnsweredByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    AnsweredAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plan_review_opinions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_plan_review_opinions_plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            foreach (var statement in PlanReviewBackfill.Statements)
            {
                migrationBuilder.Sql(statement);
            }

            migrationBuilder.CreateIndex(
                name: "IX_plans_WaitingFor_Status",
                table: "plans",
                columns: new[] { "WaitingFor", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_plan_review_opinions_PlanId_WrittenAtUtc",
                table: "plan_review_opinions",
                columns: new[] { "PlanId", "WrittenAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "plan_committee_minutes");

            migrationBuilder.DropTable(
                name: "plan_review_opinions");

            migrationBuilder.DropIndex(
                name: "IX_plans_WaitingFor_Status",
                table: "plans");

            migrationBuilder.DropColumn(
                name: "CommitteeDate",
                table: "plans");

            migrationBuilder.DropColumn(
                name: "CommitteeDecision",
                table: "plans");

            migrationBuilder.DropColumn(
                name: "CommitteeMinutesName",
                table: "plans");

            migrationBuilder.DropColumn(
                name: "PublishedAtUtc",
                table: "plans");

            migrationBuilder.DropColumn(
                name: "ReturnReason",
                table: "plans");

            migrationBuilder.DropColumn(
                name: "ReviewedAtUtc",
                table: "plans");

            migrationBuilder.DropColumn(
                name: "ReviewerId",
                table: "plans");

            migrationBuilder.DropColumn(
                name: "ReviewerName",
                table: "plans");

            migrationBuilder.DropColumn(
                name: "SubmittedAtUtc",
                table: "plans");

            migrationBuilder.DropColumn(
                name: "SubmittedById",
                table: "plans");

            migrationBuilder.DropColumn(
                name: "SubmittedByName",
                table: "plans");

            migrationBuilder.DropColumn(
                name: "WaitingFor",
                table: "plans");
        }
    }
}
