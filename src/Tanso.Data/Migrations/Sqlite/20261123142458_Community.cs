using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tanso.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Community : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "campaigns",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    GovernmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Goal = table.Column<int>(type: "INTEGER", nullable: false),
                    IsSample = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_campaigns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_campaigns_governments_GovernmentId",
                        column: x => x.GovernmentId,
                        principalTable: "governments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "good_practices",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    GovernmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    Sector = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    CheckCycleId = table.Column<int>(type: "INTEGER", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    PublishedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    IsSample = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_good_practices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_good_practices_check_cycles_CheckCycleId",
                        column: x => x.CheckCycleId,
                        principalTable: "check_cycles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_good_practices_governments_GovernmentId",
                        column: x => x.GovernmentId,
                        principalTable: "governments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "news_posts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Organisation = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    PostedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Views = table.Column<int>(type: "INTEGER", nullable: false),
                    ImportedFrom = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_news_posts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "plan_feedback",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    GovernmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    TaskId = table.Column<int>(type: "INTEGER", nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    SubmittedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RejectionReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ModeratedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ModeratedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plan_feedback", x => x.Id);
                    table.ForeignKey(
                        name: "FK_plan_feedback_governments_GovernmentId",
                        column: x => x.GovernmentId,
                        principalTable: "governments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_plan_feedback_plan_tasks_TaskId",
                        column: x => x.TaskId,
                        principalTable: "plan_tasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_plan_feedback_plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "campaign_actions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CampaignId = table.Column<int>(type: "INTEGER", nullable: false),
                    Label = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_campaign_actions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_campaign_actions_campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "good_practice_tasks",
                columns: table => new
                {
                    GoodPracticeId = table.Column<int>(type: "INTEGER", nullable: false),
                    TaskId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_good_practice_tasks", x => new { x.GoodPracticeId, x.TaskId });
                    table.ForeignKey(
                        name: "FK_good_practice_tasks_good_practices_GoodPracticeId",
                        column: x => x.GoodPracticeId,
                        principalTable: "good_practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_good_practice_tasks_plan_tasks_TaskId",
                        column: x => x.TaskId,
                        principalTable: "plan_tasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "practice_bookmarks",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    GoodPracticeId = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_practice_bookmarks", x => new { x.UserId, x.GoodPracticeId });
                    table.ForeignKey(
                        name: "FK_practice_bookmarks_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_practice_bookmarks_good_practices_GoodPracticeId",
                        column: x => x.GoodPracticeId,
                        principalTable: "good_practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "community_files",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    NewsPostId = table.Column<int>(type: "INTEGER", nullable: true),
                    GoodPracticeId = table.Column<int>(type: "INTEGER", nullable: true),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Length = table.Column<long>(type: "INTEGER", nullable: false),
                    UploadedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_community_files", x => x.Id);
                    table.ForeignKey(
                        name: "FK_community_files_good_practices_GoodPracticeId",
                        column: x => x.GoodPracticeId,
                        principalTable: "good_practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_community_files_news_posts_NewsPostId",
                        column: x => x.NewsPostId,
                        principalTable: "news_posts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "pledges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CampaignId = table.Column<int>(type: "INTEGER", nullable: false),
                    ActionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    PledgedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pledges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_pledges_campaign_actions_ActionId",
                        column: x => x.ActionId,
                        principalTable: "campaign_actions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_pledges_campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "community_file_contents",
                columns: table => new
                {
                    FileId = table.Column<int>(type: "INTEGER", nullable: false),
                    Bytes = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_community_file_contents", x => x.FileId);
                    table.ForeignKey(
                        name: "FK_community_file_contents_community_files_FileId",
                        column: x => x.FileId,
                        principalTable: "community_files",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_campaign_actions_CampaignId",
                table: "campaign_actions",
                column: "CampaignId");

            migrationBuilder.CreateIndex(
                name: "IX_campaigns_GovernmentId",
                table: "campaigns",
                column: "GovernmentId");

            migrationBuilder.CreateIndex(
                name: "IX_community_files_GoodPracticeId",
                table: "community_files",
                column: "GoodPracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_community_files_NewsPostId",
                table: "community_files",
                column: "NewsPostId");

            migrationBuilder.CreateIndex(
                name: "IX_good_practice_tasks_TaskId",
                table: "good_practice_tasks",
                column: "TaskId");

            migrationBuilder.CreateIndex(
                name: "IX_good_practices_CheckCycleId",
                table: "good_practices",
                column: "CheckCycleId");

            migrationBuilder.CreateIndex(
                name: "IX_good_practices_GovernmentId",
                table: "good_practices",
                column: "GovernmentId");

            migrationBuilder.CreateIndex(
                name: "IX_good_practices_Status_GovernmentId",
                table: "good_practices",
                columns: new[] { "Status", "GovernmentId" });

            migrationBuilder.CreateIndex(
                name: "IX_news_posts_Number",
                table: "news_posts",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_plan_feedback_GovernmentId",
                table: "plan_feedback",
                column: "GovernmentId");

            migrationBuilder.CreateIndex(
                name: "IX_plan_feedback_PlanId_Status",
                table: "plan_feedback",
                columns: new[] { "PlanId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_plan_feedback_Status_GovernmentId",
                table: "plan_feedback",
                columns: new[] { "Status", "GovernmentId" });

            migrationBuilder.CreateIndex(
                name: "IX_plan_feedback_TaskId",
                table: "plan_feedback",
                column: "TaskId");

            migrationBuilder.CreateIndex(
                name: "IX_pledges_ActionId",
                table: "pledges",
                column: "ActionId");

            migrationBuilder.CreateIndex(
                name: "IX_pledges_CampaignId_ActionId",
                table: "pledges",
                columns: new[] { "CampaignId", "ActionId" });

            migrationBuilder.CreateIndex(
                name: "IX_practice_bookmarks_GoodPracticeId",
                table: "practice_bookmarks",
                column: "GoodPracticeId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "community_file_contents");

            migrationBuilder.DropTable(
                name: "good_practice_tasks");

            migrationBuilder.DropTable(
                name: "plan_feedback");

            migrationBuilder.DropTable(
                name: "pledges");

            migrationBuilder.DropTable(
                name: "practice_bookmarks");

            migrationBuilder.DropTable(
                name: "community_files");

            migrationBuilder.DropTable(
                name: "campaign_actions");

            migrationBuilder.DropTable(
                name: "good_practices");

            migrationBuilder.DropTable(
                name: "news_posts");

            migrationBuilder.DropTable(
                name: "campaigns");
        }
    }
}
