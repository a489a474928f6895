CREATE TABLE IF NOT EXISTS "__EFMigrationsHistory" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK___EFMigrationsHistory" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);

CREATE TABLE "AspNetRoles" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetRoles" PRIMARY KEY,
    "Name" TEXT NULL,
    "NormalizedName" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL
);

CREATE TABLE "AspNetUsers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetUsers" PRIMARY KEY,
    "DisplayName" TEXT NOT NULL,
    "DisabledUtc" TEXT NULL,
    "UserName" TEXT NULL,
    "NormalizedUserName" TEXT NULL,
    "Email" TEXT NULL,
    "NormalizedEmail" TEXT NULL,
    "EmailConfirmed" INTEGER NOT NULL,
    "PasswordHash" TEXT NULL,
    "SecurityStamp" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL,
    "PhoneNumber" TEXT NULL,
    "PhoneNumberConfirmed" INTEGER NOT NULL,
    "TwoFactorEnabled" INTEGER NOT NULL,
    "LockoutEnd" TEXT NULL,
    "LockoutEnabled" INTEGER NOT NULL,
    "AccessFailedCount" INTEGER NOT NULL
);

CREATE TABLE "audit_entries" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_audit_entries" PRIMARY KEY AUTOINCREMENT,
    "AtUtc" TEXT NOT NULL,
    "UserId" TEXT NULL,
    "ActorName" TEXT NOT NULL,
    "EntityType" TEXT NOT NULL,
    "EntityId" TEXT NOT NULL,
    "Action" TEXT NOT NULL,
    "Before" TEXT NULL,
    "After" TEXT NULL
);

CREATE TABLE "DataProtectionKeys" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_DataProtectionKeys" PRIMARY KEY AUTOINCREMENT,
    "FriendlyName" TEXT NULL,
    "Xml" TEXT NULL
);

CREATE TABLE "figure_series" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_figure_series" PRIMARY KEY AUTOINCREMENT,
    "Code" TEXT NOT NULL,
    "ReferenceName" TEXT NOT NULL,
    "NameKo" TEXT NOT NULL,
    "NameEn" TEXT NOT NULL,
    "ShortKo" TEXT NOT NULL,
    "ShortEn" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Year" INTEGER NOT NULL,
    "PublishedOn" TEXT NOT NULL,
    "Order" INTEGER NOT NULL
);

CREATE TABLE "governments" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_governments" PRIMARY KEY AUTOINCREMENT,
    "Level" TEXT NOT NULL,
    "Type" TEXT NOT NULL,
    "NameKo" TEXT NOT NULL,
    "NameEn" TEXT NOT NULL,
    "AdministrativeCode" TEXT NULL,
    "SgisCode" TEXT NULL,
    "ParentId" INTEGER NULL,
    "ValidFrom" TEXT NULL,
    "ValidTo" TEXT NULL,
    "Version" INTEGER NOT NULL,
    "Note" TEXT NULL,
    CONSTRAINT "FK_governments_governments_ParentId" FOREIGN KEY ("ParentId") REFERENCES "governments" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "inventory_editions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_inventory_editions" PRIMARY KEY AUTOINCREMENT,
    "Code" TEXT NOT NULL,
    "NameKo" TEXT NOT NULL,
    "NameEn" TEXT NOT NULL,
    "Publisher" TEXT NOT NULL,
    "PublishedOn" TEXT NOT NULL,
    "MethodNote" TEXT NOT NULL,
    "Source" TEXT NOT NULL,
    "IsSample" INTEGER NOT NULL,
    "Guidelines" TEXT NOT NULL,
    "IsProvisional" INTEGER NOT NULL,
    "SupersededById" INTEGER NULL,
    "WithdrawnUtc" TEXT NULL,
    "WithdrawnReason" TEXT NULL,
    CONSTRAINT "FK_inventory_editions_inventory_editions_SupersededById" FOREIGN KEY ("SupersededById") REFERENCES "inventory_editions" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "news_posts" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_news_posts" PRIMARY KEY AUTOINCREMENT,
    "Number" INTEGER NOT NULL,
    "Title" TEXT NOT NULL,
    "Organisation" TEXT NOT NULL,
    "Body" TEXT NOT NULL,
    "PostedOn" TEXT NOT NULL,
    "Views" INTEGER NOT NULL,
    "ImportedFrom" TEXT NULL,
    "SourceUrl" TEXT NULL,
    "IsDeleted" INTEGER NOT NULL,
    "Version" INTEGER NOT NULL
);

CREATE TABLE "pending_uploads" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_pending_uploads" PRIMARY KEY,
    "UserId" TEXT NOT NULL,
    "FileName" TEXT NOT NULL,
    "Content" BLOB NOT NULL,
    "EditionCode" TEXT NOT NULL,
    "EditionName" TEXT NULL,
    "Publisher" TEXT NULL,
    "PublishedOn" TEXT NULL,
    "MethodNote" TEXT NULL,
    "Source" TEXT NULL,
    "Guidelines" TEXT NOT NULL,
    "Unit" TEXT NULL,
    "HeaderRow" INTEGER NULL,
    "Government" TEXT NULL,
    "Numbering" TEXT NOT NULL,
    "IgnoreColumns" TEXT NULL,
    "CreatedUtc" TEXT NOT NULL
);

CREATE TABLE "rate_limit_windows" (
    "Key" TEXT NOT NULL CONSTRAINT "PK_rate_limit_windows" PRIMARY KEY,
    "StartedMs" INTEGER NOT NULL,
    "Hits" INTEGER NOT NULL
);

CREATE TABLE "sector_aliases" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_sector_aliases" PRIMARY KEY AUTOINCREMENT,
    "Scheme" TEXT NOT NULL,
    "Key" TEXT NOT NULL,
    "MapsTo" TEXT NOT NULL,
    "TopCode" TEXT NOT NULL,
    "Note" TEXT NOT NULL,
    "AddedByAdministrator" INTEGER NOT NULL
);

CREATE TABLE "seed_runs" (
    "Stamp" TEXT NOT NULL CONSTRAINT "PK_seed_runs" PRIMARY KEY,
    "AppliedAtUtc" TEXT NOT NULL,
    "RowsInserted" INTEGER NOT NULL
);

CREATE TABLE "shared_secrets" (
    "Name" TEXT NOT NULL CONSTRAINT "PK_shared_secrets" PRIMARY KEY,
    "Value" BLOB NOT NULL
);

CREATE TABLE "AspNetRoleClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetRoleClaims" PRIMARY KEY AUTOINCREMENT,
    "RoleId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetRoleClaims_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE
);

CREATE TABLE "access_tokens" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_access_tokens" PRIMARY KEY AUTOINCREMENT,
    "UserId" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "TokenHash" TEXT NOT NULL,
    "Hint" TEXT NOT NULL,
    "CanWrite" INTEGER NOT NULL,
    "GovernmentIds" TEXT NOT NULL,
    "CreatedUtc" TEXT NOT NULL,
    "ExpiresUtc" TEXT NOT NULL,
    "RevokedUtc" TEXT NULL,
    CONSTRAINT "FK_access_tokens_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUserClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetUserClaims" PRIMARY KEY AUTOINCREMENT,
    "UserId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetUserClaims_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUserLogins" (
    "LoginProvider" TEXT NOT NULL,
    "ProviderKey" TEXT NOT NULL,
    "ProviderDisplayName" TEXT NULL,
    "UserId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserLogins" PRIMARY KEY ("LoginProvider", "ProviderKey"),
    CONSTRAINT "FK_AspNetUserLogins_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUserRoles" (
    "UserId" TEXT NOT NULL,
    "RoleId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserRoles" PRIMARY KEY ("UserId", "RoleId"),
    CONSTRAINT "FK_AspNetUserRoles_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_AspNetUserRoles_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUserTokens" (
    "UserId" TEXT NOT NULL,
    "LoginProvider" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Value" TEXT NULL,
    CONSTRAINT "PK_AspNetUserTokens" PRIMARY KEY ("UserId", "LoginProvider", "Name"),
    CONSTRAINT "FK_AspNetUserTokens_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "notices" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_notices" PRIMARY KEY AUTOINCREMENT,
    "UserId" TEXT NOT NULL,
    "ItemKey" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "ItemKind" TEXT NOT NULL,
    "TitleKo" TEXT NOT NULL,
    "TitleEn" TEXT NOT NULL,
    "Link" TEXT NOT NULL,
    "DueOn" TEXT NULL,
    "CreatedUtc" TEXT NOT NULL,
    "ReadUtc" TEXT NULL,
    "Mail" TEXT NOT NULL,
    "MailAttempts" INTEGER NOT NULL,
    "MailedUtc" TEXT NULL,
    "MailError" TEXT NULL,
    CONSTRAINT "FK_notices_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "notification_preferences" (
    "UserId" TEXT NOT NULL CONSTRAINT "PK_notification_preferences" PRIMARY KEY,
    "Email" INTEGER NOT NULL,
    "DailyDigest" INTEGER NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_notification_preferences_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "user_sessions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_user_sessions" PRIMARY KEY,
    "UserId" TEXT NOT NULL,
    "CreatedUtc" TEXT NOT NULL,
    "LastSeenUtc" TEXT NOT NULL,
    "UserAgent" TEXT NOT NULL,
    "Address" TEXT NOT NULL,
    "EndedUtc" TEXT NULL,
    "EndedReason" TEXT NULL,
    CONSTRAINT "FK_user_sessions_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "campaigns" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_campaigns" PRIMARY KEY AUTOINCREMENT,
    "GovernmentId" INTEGER NOT NULL,
    "Title" TEXT NOT NULL,
    "Description" TEXT NOT NULL,
    "StartsOn" TEXT NOT NULL,
    "EndsOn" TEXT NOT NULL,
    "Goal" INTEGER NOT NULL,
    "IsSample" INTEGER NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_campaigns_governments_GovernmentId" FOREIGN KEY ("GovernmentId") REFERENCES "governments" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "government_affiliations" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_government_affiliations" PRIMARY KEY AUTOINCREMENT,
    "GovernmentId" INTEGER NOT NULL,
    "ParentId" INTEGER NOT NULL,
    "ValidFrom" TEXT NULL,
    "ValidTo" TEXT NULL,
    "Source" TEXT NOT NULL,
    CONSTRAINT "FK_government_affiliations_governments_GovernmentId" FOREIGN KEY ("GovernmentId") REFERENCES "governments" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_government_affiliations_governments_ParentId" FOREIGN KEY ("ParentId") REFERENCES "governments" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "government_former_names" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_government_former_names" PRIMARY KEY AUTOINCREMENT,
    "NameKo" TEXT NOT NULL,
    "NameEn" TEXT NOT NULL,
    "ValidTo" TEXT NOT NULL,
    "Source" TEXT NOT NULL,
    "GovernmentId" INTEGER NOT NULL,
    CONSTRAINT "FK_government_former_names_governments_GovernmentId" FOREIGN KEY ("GovernmentId") REFERENCES "governments" ("Id") ON DELETE CASCADE
);

CREATE TABLE "government_statistics" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_government_statistics" PRIMARY KEY AUTOINCREMENT,
    "GovernmentId" INTEGER NOT NULL,
    "Year" INTEGER NOT NULL,
    "Population" INTEGER NULL,
    "GrdpMillionKrw" TEXT NULL,
    "Source" TEXT NOT NULL,
    CONSTRAINT "FK_government_statistics_governments_GovernmentId" FOREIGN KEY ("GovernmentId") REFERENCES "governments" ("Id") ON DELETE CASCADE
);

CREATE TABLE "published_targets" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_published_targets" PRIMARY KEY AUTOINCREMENT,
    "GovernmentId" INTEGER NOT NULL,
    "Plan" TEXT NOT NULL,
    "BaseYear" INTEGER NOT NULL,
    "BaseEmissionsText" TEXT NOT NULL,
    "BaseEmissionsMt" TEXT NULL,
    "BaseScope" TEXT NOT NULL,
    "TargetYear" INTEGER NOT NULL,
    "ReductionPercent" TEXT NULL,
    "TargetEmissionsMt" TEXT NULL,
    "NetZeroYear" INTEGER NULL,
    "Note" TEXT NOT NULL,
    "Source" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    CONSTRAINT "FK_published_targets_governments_GovernmentId" FOREIGN KEY ("GovernmentId") REFERENCES "governments" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "regional_figures" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_regional_figures" PRIMARY KEY AUTOINCREMENT,
    "GovernmentId" INTEGER NOT NULL,
    "Series" TEXT NOT NULL,
    "Year" INTEGER NOT NULL,
    "Scope" TEXT NOT NULL,
    "LineKo" TEXT NOT NULL,
    "LineEn" TEXT NOT NULL,
    "Value" TEXT NULL,
    "Note" TEXT NOT NULL,
    "Source" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "Order" INTEGER NOT NULL,
    CONSTRAINT "FK_regional_figures_governments_GovernmentId" FOREIGN KEY ("GovernmentId") REFERENCES "governments" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "scenarios" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_scenarios" PRIMARY KEY AUTOINCREMENT,
    "Code" TEXT NULL,
    "GovernmentId" INTEGER NOT NULL,
    "NameKo" TEXT NOT NULL,
    "NameEn" TEXT NOT NULL,
    "Description" TEXT NOT NULL,
    "BaseYear" INTEGER NOT NULL,
    "EndYear" INTEGER NOT NULL,
    "Method" TEXT NOT NULL,
    "IsOfficial" INTEGER NOT NULL,
    "IsPublic" INTEGER NOT NULL,
    "IsSample" INTEGER NOT NULL,
    "CopiedFromId" INTEGER NULL,
    "Version" INTEGER NOT NULL,
    "BasisKind" TEXT NOT NULL,
    "BasisAdjustments" TEXT NOT NULL,
    "BasisGuidelines" TEXT NOT NULL,
    CONSTRAINT "FK_scenarios_governments_GovernmentId" FOREIGN KEY ("GovernmentId") REFERENCES "governments" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_scenarios_scenarios_CopiedFromId" FOREIGN KEY ("CopiedFromId") REFERENCES "scenarios" ("Id") ON DELETE SET NULL
);

CREATE TABLE "user_governments" (
    "UserId" TEXT NOT NULL,
    "GovernmentId" INTEGER NOT NULL,
    CONSTRAINT "PK_user_governments" PRIMARY KEY ("UserId", "GovernmentId"),
    CONSTRAINT "FK_user_governments_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_user_governments_governments_GovernmentId" FOREIGN KEY ("GovernmentId") REFERENCES "governments" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "inventory_entries" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_inventory_entries" PRIMARY KEY AUTOINCREMENT,
    "EditionId" INTEGER NOT NULL,
    "GovernmentId" INTEGER NOT NULL,
    "Sector" TEXT NOT NULL,
    "SubSector" TEXT NOT NULL,
    "Gas" TEXT NOT NULL,
    "Year" INTEGER NOT NULL,
    "Emissions" TEXT NOT NULL,
    "Category" TEXT NOT NULL,
    "Level" INTEGER NOT NULL,
    "Nested" INTEGER NOT NULL,
    "Provisional" INTEGER NOT NULL,
    "Mark" TEXT NOT NULL,
    CONSTRAINT "FK_inventory_entries_governments_GovernmentId" FOREIGN KEY ("GovernmentId") REFERENCES "governments" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_inventory_entries_inventory_editions_EditionId" FOREIGN KEY ("EditionId") REFERENCES "inventory_editions" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "inventory_imports" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_inventory_imports" PRIMARY KEY AUTOINCREMENT,
    "EditionId" INTEGER NOT NULL,
    "FileName" TEXT NOT NULL,
    "Format" TEXT NOT NULL,
    "Entries" INTEGER NOT NULL,
    "ImportedUtc" TEXT NOT NULL,
    CONSTRAINT "FK_inventory_imports_inventory_editions_EditionId" FOREIGN KEY ("EditionId") REFERENCES "inventory_editions" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "inventory_reported_lines" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_inventory_reported_lines" PRIMARY KEY AUTOINCREMENT,
    "EditionId" INTEGER NOT NULL,
    "GovernmentId" INTEGER NOT NULL,
    "Role" TEXT NOT NULL,
    "Label" TEXT NOT NULL,
    "Category" TEXT NOT NULL,
    "Level" INTEGER NOT NULL,
    "Gas" TEXT NOT NULL,
    "Year" INTEGER NOT NULL,
    "Tonnes" TEXT NULL,
    "Mark" TEXT NOT NULL,
    "Provisional" INTEGER NOT NULL,
    CONSTRAINT "FK_inventory_reported_lines_governments_GovernmentId" FOREIGN KEY ("GovernmentId") REFERENCES "governments" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_inventory_reported_lines_inventory_editions_EditionId" FOREIGN KEY ("EditionId") REFERENCES "inventory_editions" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "official_figures" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_official_figures" PRIMARY KEY AUTOINCREMENT,
    "SeriesId" INTEGER NOT NULL,
    "Year" INTEGER NOT NULL,
    "Line" TEXT NOT NULL,
    "Value" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "Source" TEXT NOT NULL,
    "EditionId" INTEGER NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_official_figures_figure_series_SeriesId" FOREIGN KEY ("SeriesId") REFERENCES "figure_series" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_official_figures_inventory_editions_EditionId" FOREIGN KEY ("EditionId") REFERENCES "inventory_editions" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "plans" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_plans" PRIMARY KEY AUTOINCREMENT,
    "LineageId" INTEGER NOT NULL,
    "GovernmentId" INTEGER NOT NULL,
    "Revision" INTEGER NOT NULL,
    "Status" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "PeriodStart" INTEGER NOT NULL,
    "PeriodEnd" INTEGER NOT NULL,
    "BaseYear" INTEGER NOT NULL,
    "BaseEmissions" TEXT NOT NULL,
    "BaseSource" TEXT NOT NULL,
    "BaseEditionId" INTEGER NULL,
    "ScopeNote" TEXT NOT NULL,
    "NetZeroYear" INTEGER NULL,
    "Interpolation" TEXT NOT NULL,
    "BasisKind" TEXT NOT NULL,
    "BasisAdjustments" TEXT NOT NULL,
    "BasisGuidelines" TEXT NOT NULL,
    "IsSample" INTEGER NOT NULL,
    "Version" INTEGER NOT NULL,
    "WaitingFor" TEXT NOT NULL,
    "CommitteeDate" TEXT NULL,
    "CommitteeDecision" TEXT NULL,
    "CommitteeMinutesName" TEXT NULL,
    "SubmittedById" TEXT NULL,
    "SubmittedByName" TEXT NULL,
    "SubmittedAtUtc" TEXT NULL,
    "ReviewerId" TEXT NULL,
    "ReviewerName" TEXT NULL,
    "ReviewedAtUtc" TEXT NULL,
    "ReturnReason" TEXT NULL,
    "PublishedAtUtc" TEXT NULL,
    CONSTRAINT "FK_plans_governments_GovernmentId" FOREIGN KEY ("GovernmentId") REFERENCES "governments" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_plans_inventory_editions_BaseEditionId" FOREIGN KEY ("BaseEditionId") REFERENCES "inventory_editions" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "campaign_actions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_campaign_actions" PRIMARY KEY AUTOINCREMENT,
    "CampaignId" INTEGER NOT NULL,
    "Label" TEXT NOT NULL,
    "Order" INTEGER NOT NULL,
    CONSTRAINT "FK_campaign_actions_campaigns_CampaignId" FOREIGN KEY ("CampaignId") REFERENCES "campaigns" ("Id") ON DELETE CASCADE
);

CREATE TABLE "scenario_line_methods" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_scenario_line_methods" PRIMARY KEY AUTOINCREMENT,
    "ScenarioId" INTEGER NOT NULL,
    "Sector" TEXT NOT NULL,
    "Interpolation" TEXT NOT NULL,
    CONSTRAINT "FK_scenario_line_methods_scenarios_ScenarioId" FOREIGN KEY ("ScenarioId") REFERENCES "scenarios" ("Id") ON DELETE CASCADE
);

CREATE TABLE "scenario_points" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_scenario_points" PRIMARY KEY AUTOINCREMENT,
    "ScenarioId" INTEGER NOT NULL,
    "Sector" TEXT NOT NULL,
    "Year" INTEGER NOT NULL,
    "Value" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "Source" TEXT NOT NULL,
    CONSTRAINT "FK_scenario_points_scenarios_ScenarioId" FOREIGN KEY ("ScenarioId") REFERENCES "scenarios" ("Id") ON DELETE CASCADE
);

CREATE TABLE "check_cycles" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_check_cycles" PRIMARY KEY AUTOINCREMENT,
    "Settings" TEXT NOT NULL DEFAULT '{"Tasks":50,"Emissions":30,"Budget":20,"Quantitative":60,"Qualitative":40,"Grades":[{"Ko":"우수","En":"Excellent","Min":90},{"Ko":"양호","En":"Good","Min":80},{"Ko":"보통","En":"Fair","Min":70},{"Ko":"미흡","En":"Poor","Min":60},{"Ko":"부진","En":"Very poor","Min":0}],"TrimFrom":5,"MaxSd":15,"MaxRange":40,"RefuseLate":false,"Quorum":null}',
    "Rubric" TEXT NOT NULL DEFAULT '{"Name":"정성평가 기준표 (Tanso 기본값)","Criteria":[{"Name":"추진체계","Weight":20,"Levels":[{"Label":"매우 우수","Description":"전담 조직과 인력이 있고, 지방 탄소중립녹색성장위원회가 계획과 점검 결과를 정기적으로 심의하며, 부서 간 협업이 문서로 운영된다.","Score":100},{"Label":"우수","Description":"전담 조직과 위원회 심의가 있으나 부서 간 협업이 일부 과제에 그친다.","Score":80},{"Label":"보통","Description":"전담 인력은 있으나 위원회 심의나 부서 간 협업이 형식적이다.","Score":60},{"Label":"미흡","Description":"담당 부서만 있고 위원회 심의 기록이 없다.","Score":40},{"Label":"매우 미흡","Description":"추진 조직과 심의 절차가 확인되지 않는다.","Score":20}]},{"Name":"목표·경로의 적정성","Weight":20,"Levels":[{"Label":"매우 우수","Description":"국가·상위 계획과 정합한 감축목표와 연도별·부문별 감축경로가 근거와 함께 제시되고, 실적과의 차이를 분석해 경로를 관리한다.","Score":100},{"Label":"우수","Description":"목표와 연도별 경로가 정합하나 부문별 근거나 차이 분석이 일부 부족하다.","Score":80},{"Label":"보통","Description":"목표는 정합하나 연도별 경로가 단순 선형 배분에 그친다.","Score":60},{"Label":"미흡","Description":"목표의 근거가 약하거나 상위 계획과 어긋난다.","Score":40},{"Label":"매우 미흡","Description":"연도별 목표나 경로가 없다.","Score":20}]},{"Name":"이행과제의 충실성","Weight":25,"Levels":[{"Label":"매우 우수","Description":"모든 과제에 측정 가능한 성과지표와 연차 목표가 있고, 지연·부진 과제는 원인을 분석해 보완 대책을 세웠다.","Score":100},{"Label":"우수","Description":"대부분의 과제에 성과지표가 있고 부진 과제 대책이 있으나 일부가 구체적이지 않다.","Score":80},{"Label":"보통","Description":"성과지표가 일부 과제에만 있거나 부진 과제 대책이 원인 분석 없이 제시되었다.","Score":60},{"Label":"미흡","Description":"과제 실적이 활동 나열에 그치고 부진 과제 대책이 없다.","Score":40},{"Label":"매우 미흡","Description":"과제별 실적을 확인할 수 없다.","Score":20}]},{"Name":"재원 확보·집행","Weight":15,"Levels":[{"Label":"매우 우수","Description":"과제별 연차 재원 계획이 확보되어 있고 집행률이 계획에 부합하며, 미집행 사유와 조치가 제시되었다.","Score":100},{"Label":"우수","Description":"재원 계획과 집행 실적이 있으나 일부 과제의 미집행 사유가 없다.","Score":80},{"Label":"보통","Description":"재원 계획은 있으나 집행이 계획에 크게 못 미친다.","Score":60},{"Label":"미흡","Description":"재원 계획이 과제와 연결되지 않는다.","Score":40},{"Label":"매우 미흡","Description":"재원 계획과 집행 실적이 없다.","Score":20}]},{"Name":"주민 참여·소통","Weight":20,"Levels":[{"Label":"매우 우수","Description":"주민·청년·산업계 등 이해관계자가 계획 수립과 점검에 참여하고, 점검 결과와 개선 조치를 공개한다.","Score":100},{"Label":"우수","Description":"이해관계자 의견을 수렴하고 점검 결과를 공개하나 참여가 일회성이다.","Score":80},{"Label":"보통","Description":"의견 수렴은 있으나 반영 결과나 점검 결과 공개가 없다.","Score":60},{"Label":"미흡","Description":"공청회 등 형식적 절차만 있다.","Score":40},{"Label":"매우 미흡","Description":"주민 참여와 정보 공개가 확인되지 않는다.","Score":20}]}]}',
    "GovernmentId" INTEGER NOT NULL,
    "ReportSubmittedOn" TEXT NULL,
    "Version" INTEGER NOT NULL,
    "ReportDaysLate" INTEGER NULL,
    "PlanId" INTEGER NOT NULL,
    "Year" INTEGER NOT NULL,
    "Month" INTEGER NULL,
    "Stage" TEXT NOT NULL,
    CONSTRAINT "FK_check_cycles_governments_GovernmentId" FOREIGN KEY ("GovernmentId") REFERENCES "governments" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_check_cycles_plans_PlanId" FOREIGN KEY ("PlanId") REFERENCES "plans" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "plan_committee_minutes" (
    "PlanId" INTEGER NOT NULL CONSTRAINT "PK_plan_committee_minutes" PRIMARY KEY,
    "FileName" TEXT NOT NULL,
    "ContentType" TEXT NOT NULL,
    "Content" BLOB NOT NULL,
    "UploadedAtUtc" TEXT NOT NULL,
    CONSTRAINT "FK_plan_committee_minutes_plans_PlanId" FOREIGN KEY ("PlanId") REFERENCES "plans" ("Id") ON DELETE CASCADE
);

CREATE TABLE "plan_review_opinions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_plan_review_opinions" PRIMARY KEY AUTOINCREMENT,
    "PlanId" INTEGER NOT NULL,
    "AuthorId" TEXT NULL,
    "AuthorName" TEXT NOT NULL,
    "FromProvince" INTEGER NOT NULL,
    "Text" TEXT NOT NULL,
    "WrittenAtUtc" TEXT NOT NULL,
    "Answer" TEXT NULL,
    "AnsweredByName" TEXT NULL,
    "AnsweredAtUtc" TEXT NULL,
    CONSTRAINT "FK_plan_review_opinions_plans_PlanId" FOREIGN KEY ("PlanId") REFERENCES "plans" ("Id") ON DELETE CASCADE
);

CREATE TABLE "plan_targets" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_plan_targets" PRIMARY KEY AUTOINCREMENT,
    "PlanId" INTEGER NOT NULL,
    "Year" INTEGER NOT NULL,
    "Sector" TEXT NULL,
    "Kind" TEXT NOT NULL,
    "Value" TEXT NOT NULL,
    CONSTRAINT "FK_plan_targets_plans_PlanId" FOREIGN KEY ("PlanId") REFERENCES "plans" ("Id") ON DELETE CASCADE
);

CREATE TABLE "plan_tasks" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_plan_tasks" PRIMARY KEY AUTOINCREMENT,
    "PlanId" INTEGER NOT NULL,
    "ParentId" INTEGER NULL,
    "Level" TEXT NOT NULL,
    "Code" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Department" TEXT NOT NULL,
    "Sector" TEXT NULL,
    "StartYear" INTEGER NOT NULL,
    "EndYear" INTEGER NOT NULL,
    "RetiredFromYear" INTEGER NULL,
    "RetiredReason" TEXT NULL,
    "RetiredOn" TEXT NULL,
    CONSTRAINT "FK_plan_tasks_plan_tasks_ParentId" FOREIGN KEY ("ParentId") REFERENCES "plan_tasks" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_plan_tasks_plans_PlanId" FOREIGN KEY ("PlanId") REFERENCES "plans" ("Id") ON DELETE CASCADE
);

CREATE TABLE "plan_trajectory_points" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_plan_trajectory_points" PRIMARY KEY AUTOINCREMENT,
    "PlanId" INTEGER NOT NULL,
    "Sector" TEXT NULL,
    "Year" INTEGER NOT NULL,
    "Value" TEXT NOT NULL,
    CONSTRAINT "FK_plan_trajectory_points_plans_PlanId" FOREIGN KEY ("PlanId") REFERENCES "plans" ("Id") ON DELETE CASCADE
);

CREATE TABLE "pledges" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_pledges" PRIMARY KEY AUTOINCREMENT,
    "CampaignId" INTEGER NOT NULL,
    "ActionId" INTEGER NOT NULL,
    "Name" TEXT NULL,
    "PledgedUtc" TEXT NOT NULL,
    CONSTRAINT "FK_pledges_campaign_actions_ActionId" FOREIGN KEY ("ActionId") REFERENCES "campaign_actions" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_pledges_campaigns_CampaignId" FOREIGN KEY ("CampaignId") REFERENCES "campaigns" ("Id") ON DELETE CASCADE
);

CREATE TABLE "check_calibrations" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_check_calibrations" PRIMARY KEY AUTOINCREMENT,
    "CycleId" INTEGER NOT NULL,
    "Criterion" TEXT NOT NULL,
    "Scores" TEXT NOT NULL,
    "Note" TEXT NOT NULL,
    "ResolvedOn" TEXT NOT NULL,
    "ResolvedBy" TEXT NOT NULL,
    CONSTRAINT "FK_check_calibrations_check_cycles_CycleId" FOREIGN KEY ("CycleId") REFERENCES "check_cycles" ("Id") ON DELETE CASCADE
);

CREATE TABLE "check_cycle_deadlines" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_check_cycle_deadlines" PRIMARY KEY AUTOINCREMENT,
    "Stage" TEXT NOT NULL,
    "DueOn" TEXT NOT NULL,
    "CycleId" INTEGER NULL,
    CONSTRAINT "FK_check_cycle_deadlines_check_cycles_CycleId" FOREIGN KEY ("CycleId") REFERENCES "check_cycles" ("Id") ON DELETE CASCADE
);

CREATE TABLE "check_cycle_evaluators" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_check_cycle_evaluators" PRIMARY KEY AUTOINCREMENT,
    "CycleId" INTEGER NOT NULL,
    "UserId" TEXT NOT NULL,
    CONSTRAINT "FK_check_cycle_evaluators_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_check_cycle_evaluators_check_cycles_CycleId" FOREIGN KEY ("CycleId") REFERENCES "check_cycles" ("Id") ON DELETE CASCADE
);

CREATE TABLE "check_reviews" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_check_reviews" PRIMARY KEY AUTOINCREMENT,
    "Version" INTEGER NOT NULL,
    "CycleId" INTEGER NOT NULL,
    "GovernmentId" INTEGER NOT NULL,
    "Scope" TEXT NOT NULL,
    "Stage" TEXT NOT NULL,
    "Score" TEXT NULL,
    "EditionId" INTEGER NULL,
    "Comment" TEXT NOT NULL,
    "RevisionCount" INTEGER NOT NULL,
    "ReplyDueOn" TEXT NULL,
    "Reply" TEXT NULL,
    "RepliedOn" TEXT NULL,
    CONSTRAINT "FK_check_reviews_check_cycles_CycleId" FOREIGN KEY ("CycleId") REFERENCES "check_cycles" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_check_reviews_governments_GovernmentId" FOREIGN KEY ("GovernmentId") REFERENCES "governments" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_check_reviews_inventory_editions_EditionId" FOREIGN KEY ("EditionId") REFERENCES "inventory_editions" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "check_score_sheets" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_check_score_sheets" PRIMARY KEY AUTOINCREMENT,
    "CycleId" INTEGER NOT NULL,
    "EvaluatorId" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_check_score_sheets_AspNetUsers_EvaluatorId" FOREIGN KEY ("EvaluatorId") REFERENCES "AspNetUsers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_check_score_sheets_check_cycles_CycleId" FOREIGN KEY ("CycleId") REFERENCES "check_cycles" ("Id") ON DELETE CASCADE
);

CREATE TABLE "good_practices" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_good_practices" PRIMARY KEY AUTOINCREMENT,
    "GovernmentId" INTEGER NOT NULL,
    "Title" TEXT NOT NULL,
    "Summary" TEXT NOT NULL,
    "Body" TEXT NOT NULL,
    "Sector" TEXT NULL,
    "CheckCycleId" INTEGER NULL,
    "Status" TEXT NOT NULL,
    "PublishedUtc" TEXT NULL,
    "IsSample" INTEGER NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_good_practices_check_cycles_CheckCycleId" FOREIGN KEY ("CheckCycleId") REFERENCES "check_cycles" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_good_practices_governments_GovernmentId" FOREIGN KEY ("GovernmentId") REFERENCES "governments" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "check_evidence_files" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_check_evidence_files" PRIMARY KEY AUTOINCREMENT,
    "CycleId" INTEGER NOT NULL,
    "TaskId" INTEGER NOT NULL,
    "FileName" TEXT NOT NULL,
    "ContentType" TEXT NOT NULL,
    "Length" INTEGER NOT NULL,
    "UploadedUtc" TEXT NOT NULL,
    "UploadedBy" TEXT NOT NULL,
    CONSTRAINT "FK_check_evidence_files_check_cycles_CycleId" FOREIGN KEY ("CycleId") REFERENCES "check_cycles" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_check_evidence_files_plan_tasks_TaskId" FOREIGN KEY ("TaskId") REFERENCES "plan_tasks" ("Id") ON DELETE CASCADE
);

CREATE TABLE "check_opinions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_check_opinions" PRIMARY KEY AUTOINCREMENT,
    "Version" INTEGER NOT NULL,
    "CycleId" INTEGER NOT NULL,
    "GovernmentId" INTEGER NOT NULL,
    "TaskId" INTEGER NULL,
    "Issuer" TEXT NOT NULL,
    "Text" TEXT NOT NULL,
    "IssuedOn" TEXT NOT NULL,
    "Response" TEXT NULL,
    "PlanRevision" INTEGER NULL,
    "Reason" TEXT NULL,
    "RespondedOn" TEXT NULL,
    "CarriedFromId" INTEGER NULL,
    "OriginalId" INTEGER NULL,
    "TimesCarried" INTEGER NOT NULL,
    "WithdrawnOn" TEXT NULL,
    "WithdrawalReason" TEXT NULL,
    CONSTRAINT "FK_check_opinions_check_cycles_CycleId" FOREIGN KEY ("CycleId") REFERENCES "check_cycles" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_check_opinions_check_opinions_CarriedFromId" FOREIGN KEY ("CarriedFromId") REFERENCES "check_opinions" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_check_opinions_check_opinions_OriginalId" FOREIGN KEY ("OriginalId") REFERENCES "check_opinions" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_check_opinions_governments_GovernmentId" FOREIGN KEY ("GovernmentId") REFERENCES "governments" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_check_opinions_plan_tasks_TaskId" FOREIGN KEY ("TaskId") REFERENCES "plan_tasks" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "check_task_progress" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_check_task_progress" PRIMARY KEY AUTOINCREMENT,
    "CycleId" INTEGER NOT NULL,
    "TaskId" INTEGER NOT NULL,
    "Status" TEXT NOT NULL,
    "BudgetExecutedKrw" TEXT NULL,
    "Narrative" TEXT NOT NULL,
    "Evidence" TEXT NOT NULL,
    CONSTRAINT "FK_check_task_progress_check_cycles_CycleId" FOREIGN KEY ("CycleId") REFERENCES "check_cycles" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_check_task_progress_plan_tasks_TaskId" FOREIGN KEY ("TaskId") REFERENCES "plan_tasks" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "plan_feedback" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_plan_feedback" PRIMARY KEY AUTOINCREMENT,
    "PlanId" INTEGER NOT NULL,
    "GovernmentId" INTEGER NOT NULL,
    "TaskId" INTEGER NULL,
    "Text" TEXT NOT NULL,
    "Name" TEXT NULL,
    "SubmittedUtc" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "RejectionReason" TEXT NULL,
    "ModeratedBy" TEXT NULL,
    "ModeratedUtc" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_plan_feedback_governments_GovernmentId" FOREIGN KEY ("GovernmentId") REFERENCES "governments" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_plan_feedback_plan_tasks_TaskId" FOREIGN KEY ("TaskId") REFERENCES "plan_tasks" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_plan_feedback_plans_PlanId" FOREIGN KEY ("PlanId") REFERENCES "plans" ("Id") ON DELETE CASCADE
);

CREATE TABLE "plan_kpis" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_plan_kpis" PRIMARY KEY AUTOINCREMENT,
    "TaskId" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,
    "Unit" TEXT NOT NULL,
    "Direction" TEXT NOT NULL,
    "BaseValue" TEXT NOT NULL,
    CONSTRAINT "FK_plan_kpis_plan_tasks_TaskId" FOREIGN KEY ("TaskId") REFERENCES "plan_tasks" ("Id") ON DELETE CASCADE
);

CREATE TABLE "plan_task_years" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_plan_task_years" PRIMARY KEY AUTOINCREMENT,
    "TaskId" INTEGER NOT NULL,
    "Year" INTEGER NOT NULL,
    "BudgetKrw" TEXT NULL,
    "ExpectedReduction" TEXT NULL,
    CONSTRAINT "FK_plan_task_years_plan_tasks_TaskId" FOREIGN KEY ("TaskId") REFERENCES "plan_tasks" ("Id") ON DELETE CASCADE
);

CREATE TABLE "check_review_reply_items" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_check_review_reply_items" PRIMARY KEY AUTOINCREMENT,
    "ReviewId" INTEGER NOT NULL,
    "Kind" TEXT NOT NULL,
    "TargetId" INTEGER NOT NULL,
    "Text" TEXT NOT NULL,
    CONSTRAINT "FK_check_review_reply_items_check_reviews_ReviewId" FOREIGN KEY ("ReviewId") REFERENCES "check_reviews" ("Id") ON DELETE CASCADE
);

CREATE TABLE "check_criterion_scores" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_check_criterion_scores" PRIMARY KEY AUTOINCREMENT,
    "SheetId" INTEGER NOT NULL,
    "Criterion" TEXT NOT NULL,
    "Level" TEXT NOT NULL,
    "Score" TEXT NOT NULL,
    "Comment" TEXT NOT NULL,
    "Evidence" TEXT NOT NULL,
    CONSTRAINT "FK_check_criterion_scores_check_score_sheets_SheetId" FOREIGN KEY ("SheetId") REFERENCES "check_score_sheets" ("Id") ON DELETE CASCADE
);

CREATE TABLE "community_files" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_community_files" PRIMARY KEY AUTOINCREMENT,
    "NewsPostId" INTEGER NULL,
    "GoodPracticeId" INTEGER NULL,
    "FileName" TEXT NOT NULL,
    "ContentType" TEXT NOT NULL,
    "Length" INTEGER NOT NULL,
    "UploadedUtc" TEXT NOT NULL,
    CONSTRAINT "FK_community_files_good_practices_GoodPracticeId" FOREIGN KEY ("GoodPracticeId") REFERENCES "good_practices" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_community_files_news_posts_NewsPostId" FOREIGN KEY ("NewsPostId") REFERENCES "news_posts" ("Id") ON DELETE CASCADE
);

CREATE TABLE "good_practice_tasks" (
    "GoodPracticeId" INTEGER NOT NULL,
    "TaskId" INTEGER NOT NULL,
    CONSTRAINT "PK_good_practice_tasks" PRIMARY KEY ("GoodPracticeId", "TaskId"),
    CONSTRAINT "FK_good_practice_tasks_good_practices_GoodPracticeId" FOREIGN KEY ("GoodPracticeId") REFERENCES "good_practices" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_good_practice_tasks_plan_tasks_TaskId" FOREIGN KEY ("TaskId") REFERENCES "plan_tasks" ("Id") ON DELETE CASCADE
);

CREATE TABLE "practice_bookmarks" (
    "UserId" TEXT NOT NULL,
    "GoodPracticeId" INTEGER NOT NULL,
    "CreatedUtc" TEXT NOT NULL,
    CONSTRAINT "PK_practice_bookmarks" PRIMARY KEY ("UserId", "GoodPracticeId"),
    CONSTRAINT "FK_practice_bookmarks_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_practice_bookmarks_good_practices_GoodPracticeId" FOREIGN KEY ("GoodPracticeId") REFERENCES "good_practices" ("Id") ON DELETE CASCADE
);

CREATE TABLE "check_evidence_file_contents" (
    "FileId" INTEGER NOT NULL CONSTRAINT "PK_check_evidence_file_contents" PRIMARY KEY,
    "Bytes" BLOB NOT NULL,
    CONSTRAINT "FK_check_evidence_file_contents_check_evidence_files_FileId" FOREIGN KEY ("FileId") REFERENCES "check_evidence_files" ("Id") ON DELETE CASCADE
);

CREATE TABLE "check_kpi_actuals" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_check_kpi_actuals" PRIMARY KEY AUTOINCREMENT,
    "TaskProgressId" INTEGER NOT NULL,
    "KpiId" INTEGER NOT NULL,
    "Value" TEXT NULL,
    CONSTRAINT "FK_check_kpi_actuals_check_task_progress_TaskProgressId" FOREIGN KEY ("TaskProgressId") REFERENCES "check_task_progress" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_check_kpi_actuals_plan_kpis_KpiId" FOREIGN KEY ("KpiId") REFERENCES "plan_kpis" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "plan_kpi_targets" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_plan_kpi_targets" PRIMARY KEY AUTOINCREMENT,
    "KpiId" INTEGER NOT NULL,
    "Year" INTEGER NOT NULL,
    "Value" TEXT NOT NULL,
    CONSTRAINT "FK_plan_kpi_targets_plan_kpis_KpiId" FOREIGN KEY ("KpiId") REFERENCES "plan_kpis" ("Id") ON DELETE CASCADE
);

CREATE TABLE "community_file_contents" (
    "FileId" INTEGER NOT NULL CONSTRAINT "PK_community_file_contents" PRIMARY KEY,
    "Bytes" BLOB NOT NULL,
    CONSTRAINT "FK_community_file_contents_community_files_FileId" FOREIGN KEY ("FileId") REFERENCES "community_files" ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_access_tokens_TokenHash" ON "access_tokens" ("TokenHash");

CREATE INDEX "IX_access_tokens_UserId" ON "access_tokens" ("UserId");

CREATE INDEX "IX_AspNetRoleClaims_RoleId" ON "AspNetRoleClaims" ("RoleId");

CREATE UNIQUE INDEX "RoleNameIndex" ON "AspNetRoles" ("NormalizedName");

CREATE INDEX "IX_AspNetUserClaims_UserId" ON "AspNetUserClaims" ("UserId");

CREATE INDEX "IX_AspNetUserLogins_UserId" ON "AspNetUserLogins" ("UserId");

CREATE INDEX "IX_AspNetUserRoles_RoleId" ON "AspNetUserRoles" ("RoleId");

CREATE INDEX "EmailIndex" ON "AspNetUsers" ("NormalizedEmail");

CREATE UNIQUE INDEX "UserNameIndex" ON "AspNetUsers" ("NormalizedUserName");

CREATE INDEX "IX_audit_entries_AtUtc" ON "audit_entries" ("AtUtc");

CREATE INDEX "IX_audit_entries_EntityType_EntityId" ON "audit_entries" ("EntityType", "EntityId");

CREATE INDEX "IX_campaign_actions_CampaignId" ON "campaign_actions" ("CampaignId");

CREATE INDEX "IX_campaigns_GovernmentId" ON "campaigns" ("GovernmentId");

CREATE UNIQUE INDEX "IX_check_calibrations_CycleId_Criterion" ON "check_calibrations" ("CycleId", "Criterion");

CREATE UNIQUE INDEX "IX_check_criterion_scores_SheetId_Criterion" ON "check_criterion_scores" ("SheetId", "Criterion");

CREATE INDEX "IX_check_cycle_deadlines_CycleId" ON "check_cycle_deadlines" ("CycleId");

CREATE UNIQUE INDEX "IX_check_cycle_evaluators_CycleId_UserId" ON "check_cycle_evaluators" ("CycleId", "UserId");

CREATE INDEX "IX_check_cycle_evaluators_UserId" ON "check_cycle_evaluators" ("UserId");

CREATE INDEX "IX_check_cycles_GovernmentId_Year" ON "check_cycles" ("GovernmentId", "Year");

CREATE UNIQUE INDEX "IX_check_cycles_PlanId_Year_annual" ON "check_cycles" ("PlanId", "Year") WHERE "Month" IS NULL;

CREATE UNIQUE INDEX "IX_check_cycles_PlanId_Year_Month" ON "check_cycles" ("PlanId", "Year", "Month") WHERE "Month" IS NOT NULL;

CREATE INDEX "IX_check_evidence_files_CycleId_TaskId" ON "check_evidence_files" ("CycleId", "TaskId");

CREATE INDEX "IX_check_evidence_files_TaskId" ON "check_evidence_files" ("TaskId");

CREATE INDEX "IX_check_kpi_actuals_KpiId" ON "check_kpi_actuals" ("KpiId");

CREATE UNIQUE INDEX "IX_check_kpi_actuals_TaskProgressId_KpiId" ON "check_kpi_actuals" ("TaskProgressId", "KpiId");

CREATE INDEX "IX_check_opinions_CarriedFromId" ON "check_opinions" ("CarriedFromId");

CREATE INDEX "IX_check_opinions_CycleId_Id" ON "check_opinions" ("CycleId", "Id");

CREATE INDEX "IX_check_opinions_GovernmentId" ON "check_opinions" ("GovernmentId");

CREATE INDEX "IX_check_opinions_OriginalId" ON "check_opinions" ("OriginalId");

CREATE INDEX "IX_check_opinions_TaskId" ON "check_opinions" ("TaskId");

CREATE UNIQUE INDEX "IX_check_review_reply_items_ReviewId_Kind_TargetId" ON "check_review_reply_items" ("ReviewId", "Kind", "TargetId");

CREATE UNIQUE INDEX "IX_check_reviews_CycleId_GovernmentId_Scope" ON "check_reviews" ("CycleId", "GovernmentId", "Scope");

CREATE INDEX "IX_check_reviews_EditionId" ON "check_reviews" ("EditionId");

CREATE INDEX "IX_check_reviews_GovernmentId" ON "check_reviews" ("GovernmentId");

CREATE UNIQUE INDEX "IX_check_score_sheets_CycleId_EvaluatorId" ON "check_score_sheets" ("CycleId", "EvaluatorId");

CREATE INDEX "IX_check_score_sheets_EvaluatorId" ON "check_score_sheets" ("EvaluatorId");

CREATE UNIQUE INDEX "IX_check_task_progress_CycleId_TaskId" ON "check_task_progress" ("CycleId", "TaskId");

CREATE INDEX "IX_check_task_progress_TaskId" ON "check_task_progress" ("TaskId");

CREATE INDEX "IX_community_files_GoodPracticeId" ON "community_files" ("GoodPracticeId");

CREATE INDEX "IX_community_files_NewsPostId" ON "community_files" ("NewsPostId");

CREATE UNIQUE INDEX "IX_figure_series_Code" ON "figure_series" ("Code");

CREATE UNIQUE INDEX "IX_figure_series_ReferenceName" ON "figure_series" ("ReferenceName");

CREATE INDEX "IX_good_practice_tasks_TaskId" ON "good_practice_tasks" ("TaskId");

CREATE INDEX "IX_good_practices_CheckCycleId" ON "good_practices" ("CheckCycleId");

CREATE INDEX "IX_good_practices_GovernmentId" ON "good_practices" ("GovernmentId");

CREATE INDEX "IX_good_practices_Status_GovernmentId" ON "good_practices" ("Status", "GovernmentId");

CREATE UNIQUE INDEX "IX_government_affiliations_GovernmentId_ValidFrom" ON "government_affiliations" ("GovernmentId", "ValidFrom");

CREATE INDEX "IX_government_affiliations_ParentId" ON "government_affiliations" ("ParentId");

CREATE INDEX "IX_government_former_names_GovernmentId" ON "government_former_names" ("GovernmentId");

CREATE UNIQUE INDEX "IX_government_statistics_GovernmentId_Year" ON "government_statistics" ("GovernmentId", "Year");

CREATE INDEX "IX_governments_AdministrativeCode_ValidFrom" ON "governments" ("AdministrativeCode", "ValidFrom");

CREATE INDEX "IX_governments_Level" ON "governments" ("Level");

CREATE INDEX "IX_governments_ParentId" ON "governments" ("ParentId");

CREATE INDEX "IX_governments_SgisCode" ON "governments" ("SgisCode");

CREATE UNIQUE INDEX "IX_inventory_editions_Code" ON "inventory_editions" ("Code");

CREATE INDEX "IX_inventory_editions_SupersededById" ON "inventory_editions" ("SupersededById");

CREATE INDEX "IX_inventory_entries_EditionId" ON "inventory_entries" ("EditionId");

CREATE UNIQUE INDEX "IX_inventory_entries_GovernmentId_EditionId_Sector_SubSector_Gas_Year" ON "inventory_entries" ("GovernmentId", "EditionId", "Sector", "SubSector", "Gas", "Year");

CREATE INDEX "IX_inventory_imports_EditionId" ON "inventory_imports" ("EditionId");

CREATE INDEX "IX_inventory_reported_lines_EditionId" ON "inventory_reported_lines" ("EditionId");

CREATE UNIQUE INDEX "IX_inventory_reported_lines_GovernmentId_EditionId_Role_Label_Gas_Year" ON "inventory_reported_lines" ("GovernmentId", "EditionId", "Role", "Label", "Gas", "Year");

CREATE UNIQUE INDEX "IX_news_posts_Number" ON "news_posts" ("Number");

CREATE INDEX "IX_notices_Mail" ON "notices" ("Mail");

CREATE UNIQUE INDEX "IX_notices_UserId_ItemKey_Kind" ON "notices" ("UserId", "ItemKey", "Kind");

CREATE INDEX "IX_notices_UserId_ReadUtc" ON "notices" ("UserId", "ReadUtc");

CREATE INDEX "IX_official_figures_EditionId" ON "official_figures" ("EditionId");

CREATE UNIQUE INDEX "IX_official_figures_SeriesId_Year_Line" ON "official_figures" ("SeriesId", "Year", "Line");

CREATE INDEX "IX_pending_uploads_CreatedUtc" ON "pending_uploads" ("CreatedUtc");

CREATE INDEX "IX_plan_feedback_GovernmentId" ON "plan_feedback" ("GovernmentId");

CREATE INDEX "IX_plan_feedback_PlanId_Status" ON "plan_feedback" ("PlanId", "Status");

CREATE INDEX "IX_plan_feedback_Status_GovernmentId" ON "plan_feedback" ("Status", "GovernmentId");

CREATE INDEX "IX_plan_feedback_TaskId" ON "plan_feedback" ("TaskId");

CREATE UNIQUE INDEX "IX_plan_kpi_targets_KpiId_Year" ON "plan_kpi_targets" ("KpiId", "Year");

CREATE INDEX "IX_plan_kpis_TaskId" ON "plan_kpis" ("TaskId");

CREATE INDEX "IX_plan_review_opinions_PlanId_WrittenAtUtc" ON "plan_review_opinions" ("PlanId", "WrittenAtUtc");

CREATE UNIQUE INDEX "IX_plan_targets_PlanId_Year_Sector" ON "plan_targets" ("PlanId", "Year", "Sector");

CREATE UNIQUE INDEX "IX_plan_task_years_TaskId_Year" ON "plan_task_years" ("TaskId", "Year");

CREATE INDEX "IX_plan_tasks_ParentId" ON "plan_tasks" ("ParentId");

CREATE UNIQUE INDEX "IX_plan_tasks_PlanId_Code" ON "plan_tasks" ("PlanId", "Code");

CREATE UNIQUE INDEX "IX_plan_trajectory_points_PlanId_Sector_Year" ON "plan_trajectory_points" ("PlanId", "Sector", "Year");

CREATE INDEX "IX_plans_BaseEditionId" ON "plans" ("BaseEditionId");

CREATE INDEX "IX_plans_GovernmentId_Status" ON "plans" ("GovernmentId", "Status");

CREATE INDEX "IX_plans_LineageId_Revision" ON "plans" ("LineageId", "Revision");

CREATE INDEX "IX_plans_WaitingFor_Status" ON "plans" ("WaitingFor", "Status");

CREATE INDEX "IX_pledges_ActionId" ON "pledges" ("ActionId");

CREATE INDEX "IX_pledges_CampaignId_ActionId" ON "pledges" ("CampaignId", "ActionId");

CREATE INDEX "IX_practice_bookmarks_GoodPracticeId" ON "practice_bookmarks" ("GoodPracticeId");

CREATE UNIQUE INDEX "IX_published_targets_GovernmentId_Plan_TargetYear" ON "published_targets" ("GovernmentId", "Plan", "TargetYear");

CREATE INDEX "IX_rate_limit_windows_StartedMs" ON "rate_limit_windows" ("StartedMs");

CREATE UNIQUE INDEX "IX_regional_figures_GovernmentId_Series_Year_Scope_LineKo" ON "regional_figures" ("GovernmentId", "Series", "Year", "Scope", "LineKo");

CREATE UNIQUE INDEX "IX_scenario_line_methods_ScenarioId_Sector" ON "scenario_line_methods" ("ScenarioId", "Sector");

CREATE UNIQUE INDEX "IX_scenario_points_ScenarioId_Sector_Year" ON "scenario_points" ("ScenarioId", "Sector", "Year");

CREATE UNIQUE INDEX "IX_scenarios_Code" ON "scenarios" ("Code");

CREATE INDEX "IX_scenarios_CopiedFromId" ON "scenarios" ("CopiedFromId");

CREATE INDEX "IX_scenarios_GovernmentId" ON "scenarios" ("GovernmentId");

CREATE UNIQUE INDEX "IX_sector_aliases_Scheme_Key" ON "sector_aliases" ("Scheme", "Key");

CREATE INDEX "IX_user_governments_GovernmentId" ON "user_governments" ("GovernmentId");

CREATE INDEX "IX_user_sessions_UserId" ON "user_sessions" ("UserId");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261204231939_Baseline', '10.0.15');

CREATE TABLE "ef_temp_inventory_entries" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_inventory_entries" PRIMARY KEY,
    "Category" TEXT NOT NULL,
    "EditionId" INTEGER NOT NULL,
    "Emissions" TEXT NOT NULL,
    "Gas" TEXT NOT NULL,
    "GovernmentId" INTEGER NOT NULL,
    "Level" INTEGER NOT NULL,
    "Mark" TEXT NOT NULL,
    "Nested" INTEGER NOT NULL,
    "Provisional" INTEGER NOT NULL,
    "Sector" TEXT NOT NULL,
    "SubSector" TEXT NOT NULL,
    "Year" INTEGER NOT NULL,
    CONSTRAINT "FK_inventory_entries_governments_GovernmentId" FOREIGN KEY ("GovernmentId") REFERENCES "governments" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_inventory_entries_inventory_editions_EditionId" FOREIGN KEY ("EditionId") REFERENCES "inventory_editions" ("Id") ON DELETE RESTRICT
);

INSERT INTO "ef_temp_inventory_entries" ("Id", "Category", "EditionId", "Emissions", "Gas", "GovernmentId", "Level", "Mark", "Nested", "Provisional", "Sector", "SubSector", "Year")
SELECT "Id", "Category", "EditionId", "Emissions", "Gas", "GovernmentId", "Level", "Mark", "Nested", "Provisional", "Sector", "SubSector", "Year"
FROM "inventory_entries";

PRAGMA foreign_keys = 0;

DROP TABLE "inventory_entries";

ALTER TABLE "ef_temp_inventory_entries" RENAME TO "inventory_entries";

PRAGMA foreign_keys = 1;

CREATE INDEX "IX_inventory_entries_EditionId" ON "inventory_entries" ("EditionId");

CREATE UNIQUE INDEX "IX_inventory_entries_GovernmentId_EditionId_Sector_SubSector_Gas_Year" ON "inventory_entries" ("GovernmentId", "EditionId", "Sector", "SubSector", "Gas", "Year");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261205102823_S27Import', '10.0.15');

CREATE TABLE "ef_temp_check_cycles" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_check_cycles" PRIMARY KEY AUTOINCREMENT,
    "GovernmentId" INTEGER NOT NULL,
    "Month" INTEGER NULL,
    "PlanId" INTEGER NOT NULL,
    "ReportDaysLate" INTEGER NULL,
    "ReportSubmittedOn" TEXT NULL,
    "Rubric" TEXT NOT NULL,
    "Settings" TEXT NOT NULL,
    "Stage" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    "Year" INTEGER NOT NULL,
    CONSTRAINT "FK_check_cycles_governments_GovernmentId" FOREIGN KEY ("GovernmentId") REFERENCES "governments" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_check_cycles_plans_PlanId" FOREIGN KEY ("PlanId") REFERENCES "plans" ("Id") ON DELETE RESTRICT
);

INSERT INTO "ef_temp_check_cycles" ("Id", "GovernmentId", "Month", "PlanId", "ReportDaysLate", "ReportSubmittedOn", "Rubric", "Settings", "Stage", "Version", "Year")
SELECT "Id", "GovernmentId", "Month", "PlanId", "ReportDaysLate", "ReportSubmittedOn", "Rubric", "Settings", "Stage", "Version", "Year"
FROM "check_cycles";

PRAGMA foreign_keys = 0;

DROP TABLE "check_cycles";

ALTER TABLE "ef_temp_check_cycles" RENAME TO "check_cycles";

PRAGMA foreign_keys = 1;

CREATE INDEX "IX_check_cycles_GovernmentId_Year" ON "check_cycles" ("GovernmentId", "Year");

CREATE UNIQUE INDEX "IX_check_cycles_PlanId_Year_annual" ON "check_cycles" ("PlanId", "Year") WHERE "Month" IS NULL;

CREATE UNIQUE INDEX "IX_check_cycles_PlanId_Year_Month" ON "check_cycles" ("PlanId", "Year", "Month") WHERE "Month" IS NOT NULL;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261205104046_S27CycleDefaults', '10.0.15');

