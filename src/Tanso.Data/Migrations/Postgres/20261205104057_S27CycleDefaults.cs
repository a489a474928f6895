using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tanso.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class S27CycleDefaults : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "Settings",
                table: "check_cycles",
                type: "text",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "text",
                oldDefaultValue: "{\"Tasks\":50,\"Emissions\":30,\"Budget\":20,\"Quantitative\":60,\"Qualitative\":40,\"Grades\":[{\"Ko\":\"우수\",\"En\":\"Excellent\",\"Min\":90},{\"Ko\":\"양호\",\"En\":\"Good\",\"Min\":80},{\"Ko\":\"보통\",\"En\":\"Fair\",\"Min\":70},{\"Ko\":\"미흡\",\"En\":\"Poor\",\"Min\":60},{\"Ko\":\"부진\",\"En\":\"Very poor\",\"Min\":0}],\"TrimFrom\":5,\"MaxSd\":15,\"MaxRange\":40,\"RefuseLate\":false,\"Quorum\":null}");

            migrationBuilder.AlterColumn<string>(
                name: "Rubric",
                table: "check_cycles",
                type: "text",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "text",
                oldDefaultValue: "{\"Name\":\"정성평가 기준표 (Tanso 기본값)\",\"Criteria\":[{\"Name\":\"추진체계\",\"Weight\":20,\"Levels\":[{\"Label\":\"매우 우수\",\"Description\":\"전담 조직과 인력이 있고, 지방 탄소중립녹색성장위원회가 계획과 점검 결과를 정기적으로 심의하며, 부서 간 협업이 문서로 운영된다.\",\"Score\":100},{\"Label\":\"우수\",\"Description\":\"전담 조직과 위원회 심의가 있으나 부서 간 협업이 일부 과제에 그친다.\",\"Score\":80},{\"Label\":\"보통\",\"Description\":\"전담 인력은 있으나 위원회 심의나 부서 간 협업이 형식적이다.\",\"Score\":60},{\"Label\":\"미흡\",\"Description\":\"담당 부서만 있고 위원회 심의 기록이 없다.\",\"Score\":40},{\"Label\":\"매우 미흡\",\"Description\":\"추진 조직과 심의 절차가 확인되지 않는다.\",\"Score\":20}]},{\"Name\":\"목표·경로의 적정성\",\"Weight\":20,\"Levels\":[{\"Label\":\"매우 우수\",\"Description\":\"국가·상위 계획과 정합한 감축목표와 연도별·부문별 감축경로가 근거와 함께 제시되고, 실적과의 차이를 분석해 경로를 관리한다.\",\"Score\":100},{\"Label\":\"우수\",\"Description\":\"목표와 연도별 경로가 정합하나 부문별 근거나 차이 분석이 일부 부족하다.\",\"Score\":80},{\"Label\":\"보통\",\"Description\":\"목표는 정합하나 연도별 경로가 단순 선형 배분에 그친다.\",\"Score\":60},{\"Label\":\"미흡\",\"Description\":\"목표의 근거가 약하거나 상위 계획과 어긋난다.\",\"Score\":40},{\"Label\":\"매우 미흡\",\"Description\":\"연도별 목표나 경로가 없다.\",\"Score\":20}]},{\"Name\":\"이행과제의 충실성\",\"Weight\":25,\"Levels\":[{\"Label\":\"매우 우수\",\"Description\":\"모든 과제에 측정 가능한 성과지표와 연차 목표가 있고, 지연·부진 과제는 원인을 분석해 보완 대책을 세웠다.\",\"Score\":100},{\"Label\":\"우수\",\"Description\":\"대부분의 과제에 성과지표가 있고 부진 과제 대책이 있으나 일부가 구체적이지 않다.\",\"Score\":80},{\"Label\":\"보통\",\"Description\":\"성과지표가 일부 과제에만 있거나 부진 과제 대책이 원인 분석 없이 제시되었다.\",\"Score\":60},{\"Label\":\"미흡\",\"Description\":\"과제 실적이 활동 나열에 그치고 부진 과제 대책이 없다.\",\"Score\":40},{\"Label\":\"매우 미흡\",\"Description\":\"과제별 실적을 확인할 수 없다.\",\"Score\":20}]},{\"Name\":\"재원 확보·집행\",\"Weight\":15,\"Levels\":[{\"Label\":\"매우 우수\",\"Description\":\"과제별 연차 재원 계획이 확보되어 있고 집행률이 계획에 부합하며, 미집행 사유와 조치가 제시되었다.\",\"Score\":100},{\"Label\":\"우수\",\"Description\":\"재원 계획과 집행 실적이 있으나 일부 과제의 미집행 사유가 없다.\",\"Score\":80},{\"Label\":\"보통\",\"Description\":\"재원 계획은 있으나 집행이 계획에 크게 못 미친다.\",\"Score\":60},{\"Label\":\"미흡\",\"Description\":\"재원 계획이 과제와 연결되지 않는다.\",\"Score\":40},{\"Label\":\"매우 미흡\",\"Description\":\"재원 계획과 집행 실적이 없다.\",\"Score\":20}]},{\"Name\":\"주민 참여·소통\",\"Weight\":20,\"Levels\":[{\"Label\":\"매우 우수\",\"Description\":\"주민·청년·산업계 등 이해관계자가 계획 수립과 점검에 참여하고, 점검 결과와 개선 조치를 공개한다.\",\"Score\":100},{\"Label\":\"우수\",\"Description\":\"이해관계자 의견을 수렴하고 점검 결과를 공개하나 참여가 일회성이다.\",\"Score\":80},{\"Label\":\"보통\",\"Description\":\"의견 수렴은 있으나 반영 결과나 점검 결과 공개가 없다.\",\"Score\":60},{\"Label\":\"미흡\",\"Description\":\"공청회 등 형식적 절차만 있다.\",\"Score\":40},{\"Label\":\"매우 미흡\",\"Description\":\"주민 참여와 정보 공개가 확인되지 않는다.\",\"Score\":20}]}]}");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "Settings",
                table: "check_cycles",
                type: "text",
                nullable: false,
                defaultValue: "{\"Tasks\":50,\"Emissions\":30,\"Budget\":20,\"Quantitative\":60,\"Qualitative\":40,\"Grades\":[{\"Ko\":\"우수\",\"En\":\"Excellent\",\"Min\":90},{\"Ko\":\"양호\",\"En\":\"Good\",\"Min\":80},{\"Ko\":\"보통\",\"En\":\"Fair\",\"Min\":70},{\"Ko\":\"미흡\",\"En\":\"Poor\",\"Min\":60},{\"Ko\":\"부진\",\"En\":\"Very poor\",\"Min\":0}],\"TrimFrom\":5,\"MaxSd\":15,\"MaxRange\":40,\"RefuseLate\":false,\"Quorum\":null}",
                oldClrType: typeof(string),
                oldType: "text");

            migrationBuilder.AlterColumn<string>(
                name: "Rubric",
                table: "check_cycles",
                type: "text",
                nullable: false,
                defaultValue: "{\"Name\":\"정성평가 기준표 (Tanso 기본값)\",\"Criteria\":[{\"Name\":\"추진체계\",\"Weight\":20,\"Levels\":[{\"Label\":\"매우 우수\",\"Description\":\"전담 조직과 인력이 있고, 지방 탄소중립녹색성장위원회가 계획과 점검 결과를 정기적으로 심의하며, 부서 간 협업이 문서로 운영된다.\",\"Score\":100},{\"Label\":\"우수\",\"Description\":\"전담 조직과 위원회 심의가 있으나 부서 간 협업이 일부 과제에 그친다.\",\"Score\":80},{\"Label\":\"보통\",\"Description\":\"전담 인력은 있으나 위원회 심의나 부서 간 협업이 형식적이다.\",\"Score\":60},{\"Label\":\"미흡\",\"Description\":\"담당 부서만 있고 위원회 심의 기록이 없다.\",\"Score\":40},{\"Label\":\"매우 미흡\",\"Description\":\"추진 조직과 심의 절차가 확인되지 않는다.\",\"Score\":20}]},{\"Name\":\"목표·경로의 적정성\",\"Weight\":20,\"Levels\":[{\"Label\":\"매우 우수\",\"Description\":\"국가·상위 계획과 정합한 감축목표와 연도별·부문별 감축경로가 근거와 함께 제시되고, 실적과의 차이를 분석해 경로를 관리한다.\",\"Score\":100},{\"Label\":\"우수\",\"Description\":\"목표와 연도별 경로가 정합하나 부문별 근거나 차이 분석이 일부 부족하다.\",\"Score\":80},{\"Label\":\"보통\",\"Description\":\"목표는 정합하나 연도별 경로가 단순 선형 배분에 그친다.\",\"Score\":60},{\"Label\":\"미흡\",\"Description\":\"목표의 근거가 약하거나 상위 계획과 어긋난다.\",\"Score\":40},{\"Label\":\"매우 미흡\",\"Description\":\"연도별 목표나 경로가 없다.\",\"Score\":20}]},{\"Name\":\"이행과제의 충실성\",\"Weight\":25,\"Levels\":[{\"Label\":\"매우 우수\",\"Description\":\"모든 과제에 측정 가능한 성과지표와 연차 목표가 있고, 지연·부진 과제는 원인을 분석해 보완 대책을 세웠다.\",\"Score\":100},{\"Label\":\"우수\",\"Description\":\"대부분의 과제에 성과지표가 있고 부진 과제 대책이 있으나 일부가 구체적이지 않다.\",\"Score\":80},{\"Label\":\"보통\",\"Description\":\"성과지표가 일부 과제에만 있거나 부진 과제 대책이 원인 분석 없이 제시되었다.\",\"Score\":60},{\"Label\":\"미흡\",\"Description\":\"과제 실적이 활동 나열에 그치고 부진 과제 대책이 없다.\",\"Score\":40},{\"Label\":\"매우 미흡\",\"Description\":\"과제별 실적을 확인할 수 없다.\",\"Score\":20}]},{\"Name\":\"재원 확보·집행\",\"Weight\":15,\"Levels\":[{\"Label\":\"매우 우수\",\"Description\":\"과제별 연차 재원 계획이 확보되어 있고 집행률이 계획에 부합하며, 미집행 사유와 조치가 제시되었다.\",\"Score\":100},{\"Label\":\"우수\",\"Description\":\"재원 계획과 집행 실적이 있으나 일부 과제의 미집행 사유가 없다.\",\"Score\":80},{\"Label\":\"보통\",\"Description\":\"재원 계획은 있으나 집행이 계획에 크게 못 미친다.\",\"Score\":60},{\"Label\":\"미흡\",\"Description\":\"재원 계획이 과제와 연결되지 않는다.\",\"Score\":40},{\"Label\":\"매우 미흡\",\"Description\":\"재원 계획과 집행 실적이 없다.\",\"Score\":20}]},{\"Name\":\"주민 참여·소통\",\"Weight\":20,\"Levels\":[{\"Label\":\"매우 우수\",\"Description\":\"주민·청년·산업계 등 이해관계자가 계획 수립과 점검에 참여하고, 점검 결과와 개선 조치를 공개한다.\",\"Score\":100},{\"Label\":\"우수\",\"Description\":\"이해관계자 의견을 수렴하고 점검 결과를 공개하나 참여가 일회성이다.\",\"Score\":80},{\"Label\":\"보통\",\"Description\":\"의견 수렴은 있으나 반영 결과나 점검 결과 공개가 없다.\",\"Score\":60},{\"Label\":\"미흡\",\"Description\":\"공청회 등 형식적 절차만 있다.\",\"Score\":40},{\"Label\":\"매우 미흡\",\"Description\":\"주민 참여와 정보 공개가 확인되지 않는다.\",\"Score\":20}]}]}",
                oldClrType: typeof(string),
                oldType: "text");
        }
    }
}
