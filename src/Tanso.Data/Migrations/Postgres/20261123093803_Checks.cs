using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Tanso.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Checks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "check_cycles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    GovernmentId = table.Column<int>(type: "integer", nullable: false),
                    ReportSubmittedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    PlanId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Month = table.Column<int>(type: "integer", nullable: true),
                    Stage = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_check_cycles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_check_cycles_governments_GovernmentId",
                        column: x => x.GovernmentId,
                        principalTable: "governments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_check_cycles_plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "check_cycle_deadlines",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Stage = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CycleId = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_check_cycle_deadlines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_check_cycle_deadlines_check_cycles_CycleId",
                        column: x => x.CycleId,
                        principalTable: "check_cycles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "check_cycle_evaluators",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CycleId = table.Column<int>(type: "integer", nullable: false),
                    UserId = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_check_cycle_evaluators", x => x.Id);
                    table.ForeignKey(
                        name: "FK_check_cycle_evaluators_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_check_cycle_evaluators_check_cycles_CycleId",
                        column: x => x.CycleId,
                        principalTable: "check_cycles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "check_task_progress",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CycleId = table.Column<int>(type: "integer", nullable: false),
                    TaskId = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    BudgetExecutedKrw = table.Column<decimal>(type: "numeric(20,0)", precision: 20, scale: 0, nullable: true),
                    Narrative = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Evidence = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_check_task_progress", x => x.Id);
                    table.ForeignKey(
                        name: "FK_check_task_progress_check_cycles_CycleId",
                        column: x => x.CycleId,
                        principalTable: "check_cycles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_check_task_progress_plan_tasks_TaskId",
                        column: x => x.TaskId,
                        principalTable: "plan_tasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "check_kpi_actuals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TaskProgressId = table.Column<int>(type: "integer", nullable: false),
                    KpiId = table.Column<int>(type: "integer", nullable: false),
                    Value = table.Column<decimal>(type: "numeric(20,4)", precision: 20, scale: 4, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_check_kpi_actuals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_check_kpi_actuals_check_task_progress_TaskProgressId",
                        column: x => x.TaskProgressId,
                        principalTable: "check_task_progress",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_check_kpi_actuals_plan_kpis_KpiId",
                        column: x => x.KpiId,
                        principalTable: "plan_kpis",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_check_cycle_deadlines_CycleId",
                table: "check_cycle_deadlines",
                column: "CycleId");

            migrationBuilder.CreateIndex(
                name: "IX_check_cycle_evaluators_CycleId_UserId",
                table: "check_cycle_evaluators",
                columns: new[] { "CycleId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_check_cycle_evaluators_UserId",
                table: "check_cycle_evaluators",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_check_cycles_GovernmentId_Year",
                table: "check_cycles",
                columns: new[] { "GovernmentId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_check_cycles_PlanId_Year_Month",
                table: "check_cycles",
                columns: new[] { "PlanId", "Year", "Month" });

            migrationBuilder.CreateIndex(
                name: "IX_check_kpi_actuals_KpiId",
                table: "check_kpi_actuals",
                column: "KpiId");

            migrationBuilder.CreateIndex(
                name: "IX_check_kpi_actuals_TaskProgressId_KpiId",
                table: "check_kpi_actuals",
                columns: new[] { "TaskProgressId", "KpiId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_check_task_progress_CycleId_TaskId",
                table: "check_task_progress",
                columns: new[] { "CycleId", "TaskId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_check_task_progress_TaskId",
                table: "check_task_progress",
                column: "TaskId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "check_cycle_deadlines");

            migrationBuilder.DropTable(
                name: "check_cycle_evaluators");

            migrationBuilder.DropTable(
                name: "check_kpi_actuals");

            migrationBuilder.DropTable(
                name: "check_task_progress");

            migrationBuilder.DropTable(
                name: "check_cycles");
        }
    }
}
