using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tanso.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Plans : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "plans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LineageId = table.Column<int>(type: "INTEGER", nullable: false),
                    GovernmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    PeriodStart = table.Column<int>(type: "INTEGER", nullable: false),
                    PeriodEnd = table.Column<int>(type: "INTEGER", nullable: false),
                    BaseYear = table.Column<int>(type: "INTEGER", nullable: false),
                    BaseEmissions = table.Column<decimal>(type: "TEXT", precision: 20, scale: 4, nullable: false),
                    BaseSource = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    BaseEditionId = table.Column<int>(type: "INTEGER", nullable: true),
                    ScopeNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    NetZeroYear = table.Column<int>(type: "INTEGER", nullable: true),
                    Interpolation = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    IsSample = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_plans_governments_GovernmentId",
                        column: x => x.GovernmentId,
                        principalTable: "governments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_plans_inventory_editions_BaseEditionId",
                        column: x => x.BaseEditionId,
                        principalTable: "inventory_editions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "plan_targets",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Sector = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Value = table.Column<decimal>(type: "TEXT", precision: 20, scale: 4, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plan_targets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_plan_targets_plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "plan_tasks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    ParentId = table.Column<int>(type: "INTEGER", nullable: true),
                    Level = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Department = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Sector = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    StartYear = table.Column<int>(type: "INTEGER", nullable: false),
                    EndYear = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plan_tasks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_plan_tasks_plan_tasks_ParentId",
                        column: x => x.ParentId,
                        principalTable: "plan_tasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_plan_tasks_plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "plan_kpis",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TaskId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Direction = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    BaseValue = table.Column<decimal>(type: "TEXT", precision: 20, scale: 4, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plan_kpis", x => x.Id);
                    table.ForeignKey(
                        name: "FK_plan_kpis_plan_tasks_TaskId",
                        column: x => x.TaskId,
                        principalTable: "plan_tasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "plan_task_years",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TaskId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    BudgetKrw = table.Column<decimal>(type: "TEXT", precision: 20, scale: 0, nullable: true),
                    ExpectedReduction = table.Column<decimal>(type: "TEXT", precision: 20, scale: 4, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plan_task_years", x => x.Id);
                    table.ForeignKey(
                        name: "FK_plan_task_years_plan_tasks_TaskId",
                        column: x => x.TaskId,
                        principalTable: "plan_tasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "plan_kpi_targets",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    KpiId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Value = table.Column<decimal>(type: "TEXT", precision: 20, scale: 4, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plan_kpi_targets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_plan_kpi_targets_plan_kpis_KpiId",
                        column: x => x.KpiId,
                        principalTable: "plan_kpis",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_plan_kpi_targets_KpiId_Year",
                table: "plan_kpi_targets",
                columns: new[] { "KpiId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_plan_kpis_TaskId",
                table: "plan_kpis",
                column: "TaskId");

            migrationBuilder.CreateIndex(
                name: "IX_plan_targets_PlanId_Year_Sector",
                table: "plan_targets",
                columns: new[] { "PlanId", "Year", "Sector" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_plan_task_years_TaskId_Year",
                table: "plan_task_years",
                columns: new[] { "TaskId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_plan_tasks_ParentId",
                table: "plan_tasks",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_plan_tasks_PlanId_Code",
                table: "plan_tasks",
                columns: new[] { "PlanId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_plans_BaseEditionId",
                table: "plans",
                column: "BaseEditionId");

            migrationBuilder.CreateIndex(
                name: "IX_plans_GovernmentId_Status",
                table: "plans",
                columns: new[] { "GovernmentId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_plans_LineageId_Revision",
                table: "plans",
                columns: new[] { "LineageId", "Revision" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "plan_kpi_targets");

            migrationBuilder.DropTable(
                name: "plan_targets");

            migrationBuilder.DropTable(
                name: "plan_task_years");

            migrationBuilder.DropTable(
                name: "plan_kpis");

            migrationBuilder.DropTable(
                name: "plan_tasks");

            migrationBuilder.DropTable(
                name: "plans");
        }
    }
}
