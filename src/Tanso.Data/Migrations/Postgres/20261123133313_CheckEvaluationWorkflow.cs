using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Tanso.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CheckEvaluationWorkflow : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Rubric",
                table: "check_cycles",
                type: "text",
                nullable: false,
                defaultValue: "{\"Name\":\"정성평가 기준표 (Tanso 기본값)\",\"Criteria\":[{\"Name\":\"추진체계\",\"Weight\":20,\"Levels\":[{\"Label\":\"매우 우수\",\"Description\":\"전담 조직과 인력이 있고, 지방 탄소중립녹색성장위원회가 계획과 점검 결과를 정기적으로 심의하며, 부서 간 협업이 문서로 운영된다.\",\"Score\":100},{\"Label\":\"우수\",\"Description\":\"전담 조직과 위원회 심의가 있으나 부서 간 협업이 일부 과제에 그친다.\",\"Score\":80},{\"Label\":\"보통\",\"Description\":\"전담 인력은 있으나 위원회 심의나 부서 간 협업이 형식적이다.\",\"Score\":60},{\"Label\":\"미흡\",\"Description\":\"담당 부서만 있고 위원회 심의 기록이 없다.\",\"Score\":40},{\"Label\":\"매우 미흡\",\"Description\":\"추진 조직과 심의 절차가 확인되지 않는다.\",\"Score\":20}]},{\"Name\":\"목표·경로의 적정성\",\"Weight\":20,\"Levels\":[{\"Label\":\"매우 우수\",\"Description\":\"국가·상위 계획과 정합한 감축목표와 연도별·부문별 감축경로가 근거와 함께 제시되고, 실적과의 차이를 분석해 경로를 관리한다.\",\"Score\":100},{\"Label\":\"우수\",\"Description\":\"목표와 연도별 경로가 정합하나 부문별 근거나 차이 분석이 일부 부족하다.\",\"Score\":80},{\"Label\":\"보통\",\"Description\":\"목표는 정합하나 연도별 경로가 단순 선형 배분에 그친다.\",\"Score\":60},{\"Label\":\"미흡\",\"Description\":\"목표의 근거가 약하거나 상위 계획과 어긋난다.\",\"Score\":40},{\"Label\":\"매우 미흡\",\"Description\":\"연도별 목표나 경로가 없다.\",\"Score\":20}]},{\"Name\":\"이행과제의 충실성\",\"Weight\":25,\"Levels\":[{\"Label\":\"매우 우수\",\"Description\":\"모든 과제에 측정 가능한 성과지표와 연차 목표가 있고, 지연·부진 과제는 원인을 분석해 보완 대책을 세웠다.\",\"Score\":100},{\"Label\":\"우수\",\"Description\":\"대부분의 과제에 성과지표가 있고 부진 과제 대책이 있으나 일부가 구체적이지 않다.\",\"Score\":80},{\"Label\":\"보통\",\"Description\":\"성과지표가 일부 과제에만 있거나 부진 과제 대책이 원인 분석 없이 제시되었다.\",\"Score\":60},{\"Label\":\"미흡\",\"Description\":\"과제 실적이 활동 나열에 그치고 부진 과제 대책이 없다.\",\"Score\":40},{\"Label\":\"매우 미흡\",\"Description\":\"과제별 실적을 확인할 수 없다.\",\"Score\":20}]},{\"Name\":\"재원 확보·집행\",\"Weight\":15,\"Levels\":[{\"Label\":\"매우 우수\",\"Description\":\"과제별 연차 재원 계획이 확보되어 있고 집행률이 계획에 부합하며, 미집행 사유와 조치가 제시되었다.\",\"Score\":100},{\"Label\":\"우수\",\"Description\":\"재원 계획과 집행 실적이 있으나 일부 과제의 미집행 사유가 없다.\",\"Score\":80},{\"Label\":\"보통\",\"Description\":\"재원 계획은 있으나 집행이 계획에 크게 못 미친다.\",\"Score\":60},{\"Label\":\"미흡\",\"Description\":\"재원 계획이 과제와 연결되지 않는다.\",\"Score\":40},{\"Label\":\"매우 미흡\",\"Description\":\"재원 계획과 집행 실적이 없다.\",\"Score\":20}]},{\"Name\":\"주민 참여·소통\",\"Weight\":20,\"Levels\":[{\"Label\":\"매우 우수\",\"Description\":\"주민·청년·산업계 등 이해관계자가 계획 수립과 점검에 참여하고, 점검 결과와 개선 조치를 공개한다.\",\"Score\":100},{\"Label\":\"우수\",\"Description\":\"이해관계자 의견을 수렴하고 점검 결과를 공개하나 참여가 일회성이다.\",\"Score\":80},{\"Label\":\"보통\",\"Description\":\"의견 수렴은 있으나 반영 결과나 점검 결과 공개가 없다.\",\"Score\":60},{\"Label\":\"미흡\",\"Description\":\"공청회 등 형식적 절차만 있다.\",\"Score\":40},{\"Label\":\"매우 미흡\",\"Description\":\"주민 참여와 정보 공개가 확인되지 않는다.\",\"Score\":20}]}]}");

            migrationBuilder.AddColumn<string>(
                name: "Settings",
                table: "check_cycles",
                type: "text",
                nullable: false,
                defaultValue: "{\"Tasks\":50,\"Emissions\":30,\"Budget\":20,\"Quantitative\":60,\"Qualitative\":40,\"Grades\":[{\"Ko\":\"우수\",\"En\":\"Excellent\",\"Min\":90},{\"Ko\":\"양호\",\"En\":\"Good\",\"Min\":80},{\"Ko\":\"보통\",\"En\":\"Fair\",\"Min\":70},{\"Ko\":\"미흡\",\"En\":\"Poor\",\"Min\":60},{\"Ko\":\"부진\",\"En\":\"Very poor\",\"Min\":0}],\"TrimFrom\":5,\"MaxSd\":15,\"MaxRange\":40}");

            migrationBuilder.CreateTable(
                name: "check_opinions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    CycleId = table.Column<int>(type: "integer", nullable: false),
                    GovernmentId = table.Column<int>(type: "integer", nullable: false),
                    TaskId = table.Column<int>(type: "integer", nullable: true),
                    Issuer = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Response = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    PlanRevision = table.Column<int>(type: "integer", nullable: true),
                    Reason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    RespondedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CarriedFromId = table.Column<int>(type: "integer", nullable: true),
                    OriginalId = table.Column<int>(type: "integer", nullable: true),
                    TimesCarried = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_check_opinions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_check_opinions_check_cycles_CycleId",
                        column: x => x.CycleId,
                        principalTable: "check_cycles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_check_opinions_check_opinions_CarriedFromId",
                        column: x => x.CarriedFromId,
                        principalTable: "check_opinions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_check_opinions_check_opinions_OriginalId",
                        column: x => x.OriginalId,
                        principalTable: "check_opinions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_check_opinions_governments_GovernmentId",
                        column: x => x.GovernmentId,
                        principalTable: "governments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_check_opinions_plan_tasks_TaskId",
                        column: x => x.TaskId,
                        principalTable: "plan_tasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "check_reviews",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    CycleId = table.Column<int>(type: "integer", nullable: false),
                    GovernmentId = table.Column<int>(type: "integer", nullable: false),
                    Scope = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Stage = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Score = table.Column<decimal>(type: "numeric(9,4)", precision: 9, scale: 4, nullable: true),
                    Comment = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    RevisionCount = table.Column<int>(type: "integer", nullable: false),
                    ReplyDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Reply = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    RepliedOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_check_reviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_check_reviews_check_cycles_CycleId",
                        column: x => x.CycleId,
                        principalTable: "check_cycles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_check_reviews_governments_GovernmentId",
                        column: x => x.GovernmentId,
                        principalTable: "governments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "check_score_sheets",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CycleId = table.Column<int>(type: "integer", nullable: false),
                    EvaluatorId = table.Column<string>(type: "text", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_check_score_sheets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_check_score_sheets_AspNetUsers_EvaluatorId",
                        column: x => x.EvaluatorId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_check_score_sheets_check_cycles_CycleId",
                        column: x => x.CycleId,
                        principalTable: "check_cycles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "check_criterion_scores",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SheetId = table.Column<int>(type: "integer", nullable: false),
                    Criterion = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Level = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Score = table.Column<decimal>(type: "numeric(9,4)", precision: 9, scale: 4, nullable: false),
                    Comment = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Evidence = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_check_criterion_scores", x => x.Id);
                    table.ForeignKey(
                        name: "FK_check_criterion_scores_check_score_sheets_SheetId",
                        column: x => x.SheetId,
                        principalTable: "check_score_sheets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_check_criterion_scores_SheetId_Criterion",
                table: "check_criterion_scores",
                columns: new[] { "SheetId", "Criterion" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_check_opinions_CarriedFromId",
                table: "check_opinions",
                column: "CarriedFromId");

            migrationBuilder.CreateIndex(
                name: "IX_check_opinions_CycleId_Id",
                table: "check_opinions",
                columns: new[] { "CycleId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_check_opinions_GovernmentId",
                table: "check_opinions",
                column: "GovernmentId");

            migrationBuilder.CreateIndex(
                name: "IX_check_opinions_OriginalId",
                table: "check_opinions",
                column: "OriginalId");

            migrationBuilder.CreateIndex(
                name: "IX_check_opinions_TaskId",
                table: "check_opinions",
                column: "TaskId");

            migrationBuilder.CreateIndex(
                name: "IX_check_reviews_CycleId_GovernmentId_Scope",
                table: "check_reviews",
                columns: new[] { "CycleId", "GovernmentId", "Scope" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_check_reviews_GovernmentId",
                table: "check_reviews",
                column: "GovernmentId");

            migrationBuilder.CreateIndex(
                name: "IX_check_score_sheets_CycleId_EvaluatorId",
                table: "check_score_sheets",
                columns: new[] { "CycleId", "EvaluatorId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_check_score_sheets_EvaluatorId",
                table: "check_score_sheets",
                column: "EvaluatorId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "check_criterion_scores");

            migrationBuilder.DropTable(
                name: "check_opinions");

            migrationBuilder.DropTable(
                name: "check_reviews");

            migrationBuilder.DropTable(
                name: "check_score_sheets");

            migrationBuilder.DropColumn(
                name: "Rubric",
                table: "check_cycles");

            migrationBuilder.DropColumn(
                name: "Settings",
                table: "check_cycles");
        }
    }
}
