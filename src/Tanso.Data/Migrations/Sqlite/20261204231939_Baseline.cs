using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tanso.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Baseline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DisabledUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    PasswordHash = table.Column<string>(type: "TEXT", nullable: true),
                    SecurityStamp = table.Column<string>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumber = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "audit_entries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", nullable: true),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    EntityType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    EntityId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Before = table.Column<string>(type: "TEXT", nullable: true),
                    After = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_entries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FriendlyName = table.Column<string>(type: "TEXT", nullable: true),
                    Xml = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "figure_series",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ReferenceName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NameKo = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ShortKo = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ShortEn = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    PublishedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_figure_series", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "governments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Level = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    NameKo = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    AdministrativeCode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: true),
                    SgisCode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: true),
                    ParentId = table.Column<int>(type: "INTEGER", nullable: true),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ValidTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_governments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_governments_governments_ParentId",
                        column: x => x.ParentId,
                        principalTable: "governments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "inventory_editions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    NameKo = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Publisher = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PublishedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    MethodNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    IsSample = table.Column<bool>(type: "INTEGER", nullable: false),
                    Guidelines = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    IsProvisional = table.Column<bool>(type: "INTEGER", nullable: false),
                    SupersededById = table.Column<int>(type: "INTEGER", nullable: true),
                    WithdrawnUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    WithdrawnReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inventory_editions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_inventory_editions_inventory_editions_SupersededById",
                        column: x => x.SupersededById,
                        principalTable: "inventory_editions",
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
                    SourceUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_news_posts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "pending_uploads",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    EditionCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    EditionName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Publisher = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PublishedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    MethodNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Guidelines = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    HeaderRow = table.Column<int>(type: "INTEGER", nullable: true),
                    Government = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Numbering = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    IgnoreColumns = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pending_uploads", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "rate_limit_windows",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    StartedMs = table.Column<long>(type: "INTEGER", nullable: false),
                    Hits = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rate_limit_windows", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "sector_aliases",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Scheme = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    MapsTo = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    TopCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    AddedByAdministrator = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sector_aliases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "seed_runs",
                columns: table => new
                {
                    Stamp = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AppliedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RowsInserted = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_seed_runs", x => x.Stamp);
                });

            migrationBuilder.CreateTable(
                name: "shared_secrets",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Value = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_shared_secrets", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoleId = table.Column<string>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "access_tokens",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Hint = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CanWrite = table.Column<bool>(type: "INTEGER", nullable: false),
                    GovernmentIds = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpiresUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RevokedUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_access_tokens", x => x.Id);
                    table.ForeignKey(
                        name: "FK_access_tokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderKey = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "TEXT", nullable: true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    RoleId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "notices",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ItemKey = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ItemKind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    TitleKo = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    TitleEn = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Link = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReadUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Mail = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    MailAttempts = table.Column<int>(type: "INTEGER", nullable: false),
                    MailedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    MailError = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_notices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_notices_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "notification_preferences",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Email = table.Column<bool>(type: "INTEGER", nullable: false),
                    DailyDigest = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_notification_preferences", x => x.UserId);
                    table.ForeignKey(
                        name: "FK_notification_preferences_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "user_sessions",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastSeenUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UserAgent = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    EndedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    EndedReason = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_user_sessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_user_sessions_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

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
                name: "government_affiliations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    GovernmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    ParentId = table.Column<int>(type: "INTEGER", nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ValidTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_government_affiliations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_government_affiliations_governments_GovernmentId",
                        column: x => x.GovernmentId,
                        principalTable: "governments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_government_affiliations_governments_ParentId",
                        column: x => x.ParentId,
                        principalTable: "governments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "government_former_names",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    NameKo = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ValidTo = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    GovernmentId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_government_former_names", x => x.Id);
                    table.ForeignKey(
                        name: "FK_government_former_names_governments_GovernmentId",
                        column: x => x.GovernmentId,
                        principalTable: "governments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "government_statistics",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    GovernmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Population = table.Column<long>(type: "INTEGER", nullable: true),
                    GrdpMillionKrw = table.Column<decimal>(type: "TEXT", precision: 20, scale: 2, nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_government_statistics", x => x.Id);
                    table.ForeignKey(
                        name: "FK_government_statistics_governments_GovernmentId",
                        column: x => x.GovernmentId,
                        principalTable: "governments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

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

            migrationBuilder.CreateTable(
                name: "scenarios",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    GovernmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    NameKo = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    BaseYear = table.Column<int>(type: "INTEGER", nullable: false),
                    EndYear = table.Column<int>(type: "INTEGER", nullable: false),
                    Method = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    IsOfficial = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsPublic = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsSample = table.Column<bool>(type: "INTEGER", nullable: false),
                    CopiedFromId = table.Column<int>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    BasisKind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    BasisAdjustments = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    BasisGuidelines = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_scenarios", x => x.Id);
                    table.ForeignKey(
                        name: "FK_scenarios_governments_GovernmentId",
                        column: x => x.GovernmentId,
                        principalTable: "governments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_scenarios_scenarios_CopiedFromId",
                        column: x => x.CopiedFromId,
                        principalTable: "scenarios",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "user_governments",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    GovernmentId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_user_governments", x => new { x.UserId, x.GovernmentId });
                    table.ForeignKey(
                        name: "FK_user_governments_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_user_governments_governments_GovernmentId",
                        column: x => x.GovernmentId,
                        principalTable: "governments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "inventory_entries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EditionId = table.Column<int>(type: "INTEGER", nullable: false),
                    GovernmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Sector = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SubSector = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Gas = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Emissions = table.Column<decimal>(type: "TEXT", precision: 20, scale: 4, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    Nested = table.Column<bool>(type: "INTEGER", nullable: false),
                    Provisional = table.Column<bool>(type: "INTEGER", nullable: false),
                    Mark = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inventory_entries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_inventory_entries_governments_GovernmentId",
                        column: x => x.GovernmentId,
                        principalTable: "governments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_inventory_entries_inventory_editions_EditionId",
                        column: x => x.EditionId,
                        principalTable: "inventory_editions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "inventory_imports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EditionId = table.Column<int>(type: "INTEGER", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    Format = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Entries = table.Column<int>(type: "INTEGER", nullable: false),
                    ImportedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inventory_imports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_inventory_imports_inventory_editions_EditionId",
                        column: x => x.EditionId,
                        principalTable: "inventory_editions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "inventory_reported_lines",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EditionId = table.Column<int>(type: "INTEGER", nullable: false),
                    GovernmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Label = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    Gas = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Tonnes = table.Column<decimal>(type: "TEXT", precision: 20, scale: 4, nullable: true),
                    Mark = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Provisional = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inventory_reported_lines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_inventory_reported_lines_governments_GovernmentId",
                        column: x => x.GovernmentId,
                        principalTable: "governments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_inventory_reported_lines_inventory_editions_EditionId",
                        column: x => x.EditionId,
                        principalTable: "inventory_editions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "official_figures",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SeriesId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Line = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Value = table.Column<decimal>(type: "TEXT", precision: 20, scale: 4, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    EditionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_official_figures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_official_figures_figure_series_SeriesId",
                        column: x => x.SeriesId,
                        principalTable: "figure_series",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_official_figures_inventory_editions_EditionId",
                        column: x => x.EditionId,
                        principalTable: "inventory_editions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

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
                    BasisKind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    BasisAdjustments = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    BasisGuidelines = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    IsSample = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    WaitingFor = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CommitteeDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CommitteeDecision = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    CommitteeMinutesName = table.Column<string>(type: "TEXT", maxLength: 260, nullable: true),
                    SubmittedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    SubmittedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SubmittedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReviewerId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    ReviewerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ReviewedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReturnReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    PublishedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
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
                name: "scenario_line_methods",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ScenarioId = table.Column<int>(type: "INTEGER", nullable: false),
                    Sector = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Interpolation = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_scenario_line_methods", x => x.Id);
                    table.ForeignKey(
                        name: "FK_scenario_line_methods_scenarios_ScenarioId",
                        column: x => x.ScenarioId,
                        principalTable: "scenarios",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "scenario_points",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ScenarioId = table.Column<int>(type: "INTEGER", nullable: false),
                    Sector = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Value = table.Column<decimal>(type: "TEXT", precision: 20, scale: 4, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_scenario_points", x => x.Id);
                    table.ForeignKey(
                        name: "FK_scenario_points_scenarios_ScenarioId",
                        column: x => x.ScenarioId,
                        principalTable: "scenarios",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "check_cycles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Settings = table.Column<string>(type: "TEXT", nullable: false, defaultValue: "{\"Tasks\":50,\"Emissions\":30,\"Budget\":20,\"Quantitative\":60,\"Qualitative\":40,\"Grades\":[{\"Ko\":\"우수\",\"En\":\"Excellent\",\"Min\":90},{\"Ko\":\"양호\",\"En\":\"Good\",\"Min\":80},{\"Ko\":\"보통\",\"En\":\"Fair\",\"Min\":70},{\"Ko\":\"미흡\",\"En\":\"Poor\",\"Min\":60},{\"Ko\":\"부진\",\"En\":\"Very poor\",\"Min\":0}],\"TrimFrom\":5,\"MaxSd\":15,\"MaxRange\":40,\"RefuseLate\":false,\"Quorum\":null}"),
                    Rubric = table.Column<string>(type: "TEXT", nullable: false, defaultValue: "{\"Name\":\"정성평가 기준표 (Tanso 기본값)\",\"Criteria\":[{\"Name\":\"추진체계\",\"Weight\":20,\"Levels\":[{\"Label\":\"매우 우수\",\"Description\":\"전담 조직과 인력이 있고, 지방 탄소중립녹색성장위원회가 계획과 점검 결과를 정기적으로 심의하며, 부서 간 협업이 문서로 운영된다.\",\"Score\":100},{\"Label\":\"우수\",\"Description\":\"전담 조직과 위원회 심의가 있으나 부서 간 협업이 일부 과제에 그친다.\",\"Score\":80},{\"Label\":\"보통\",\"Description\":\"전담 인력은 있으나 위원회 심의나 부서 간 협업이 형식적이다.\",\"Score\":60},{\"Label\":\"미흡\",\"Description\":\"담당 부서만 있고 위원회 심의 기록이 없다.\",\"Score\":40},{\"Label\":\"매우 미흡\",\"Description\":\"추진 조직과 심의 절차가 확인되지 않는다.\",\"Score\":20}]},{\"Name\":\"목표·경로의 적정성\",\"Weight\":20,\"Levels\":[{\"Label\":\"매우 우수\",\"Description\":\"국가·상위 계획과 정합한 감축목표와 연도별·부문별 감축경로가 근거와 함께 제시되고, 실적과의 차이를 분석해 경로를 관리한다.\",\"Score\":100},{\"Label\":\"우수\",\"Description\":\"목표와 연도별 경로가 정합하나 부문별 근거나 차이 분석이 일부 부족하다.\",\"Score\":80},{\"Label\":\"보통\",\"Description\":\"목표는 정합하나 연도별 경로가 단순 선형 배분에 그친다.\",\"Score\":60},{\"Label\":\"미흡\",\"Description\":\"목표의 근거가 약하거나 상위 계획과 어긋난다.\",\"Score\":40},{\"Label\":\"매우 미흡\",\"Description\":\"연도별 목표나 경로가 없다.\",\"Score\":20}]},{\"Name\":\"이행과제의 충실성\",\"Weight\":25,\"Levels\":[{\"Label\":\"매우 우수\",\"Description\":\"모든 과제에 측정 가능한 성과지표와 연차 목표가 있고, 지연·부진 과제는 원인을 분석해 보완 대책을 세웠다.\",\"Score\":100},{\"Label\":\"우수\",\"Description\":\"대부분의 과제에 성과지표가 있고 부진 과제 대책이 있으나 일부가 구체적이지 않다.\",\"Score\":80},{\"Label\":\"보통\",\"Description\":\"성과지표가 일부 과제에만 있거나 부진 과제 대책이 원인 분석 없이 제시되었다.\",\"Score\":60},{\"Label\":\"미흡\",\"Description\":\"과제 실적이 활동 나열에 그치고 부진 과제 대책이 없다.\",\"Score\":40},{\"Label\":\"매우 미흡\",\"Description\":\"과제별 실적을 확인할 수 없다.\",\"Score\":20}]},{\"Name\":\"재원 확보·집행\",\"Weight\":15,\"Levels\":[{\"Label\":\"매우 우수\",\"Description\":\"과제별 연차 재원 계획이 확보되어 있고 집행률이 계획에 부합하며, 미집행 사유와 조치가 제시되었다.\",\"Score\":100},{\"Label\":\"우수\",\"Description\":\"재원 계획과 집행 실적이 있으나 일부 과제의 미집행 사유가 없다.\",\"Score\":80},{\"Label\":\"보통\",\"Description\":\"재원 계획은 있으나 집행이 계획에 크게 못 미친다.\",\"Score\":60},{\"Label\":\"미흡\",\"Description\":\"재원 계획이 과제와 연결되지 않는다.\",\"Score\":40},{\"Label\":\"매우 미흡\",\"Description\":\"재원 계획과 집행 실적이 없다.\",\"Score\":20}]},{\"Name\":\"주민 참여·소통\",\"Weight\":20,\"Levels\":[{\"Label\":\"매우 우수\",\"Description\":\"주민·청년·산업계 등 이해관계자가 계획 수립과 점검에 참여하고, 점검 결과와 개선 조치를 공개한다.\",\"Score\":100},{\"Label\":\"우수\",\"Description\":\"이해관계자 의견을 수렴하고 점검 결과를 공개하나 참여가 일회성이다.\",\"Score\":80},{\"Label\":\"보통\",\"Description\":\"의견 수렴은 있으나 반영 결과나 점검 결과 공개가 없다.\",\"Score\":60},{\"Label\":\"미흡\",\"Description\":\"공청회 등 형식적 절차만 있다.\",\"Score\":40},{\"Label\":\"매우 미흡\",\"Description\":\"주민 참여와 정보 공개가 확인되지 않는다.\",\"Score\":20}]}]}"),
                    GovernmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    ReportSubmittedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    ReportDaysLate = table.Column<int>(type: "INTEGER", nullable: true),
                    PlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: true),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
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
                name: "plan_committee_minutes",
                columns: table => new
                {
                    PlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    UploadedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    AuthorId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    FromProvince = table.Column<bool>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    WrittenAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    AnsweredByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AnsweredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
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
                    EndYear = table.Column<int>(type: "INTEGER", nullable: false),
                    RetiredFromYear = table.Column<int>(type: "INTEGER", nullable: true),
                    RetiredReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RetiredOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
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
                name: "plan_trajectory_points",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    Sector = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Value = table.Column<decimal>(type: "TEXT", precision: 20, scale: 4, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plan_trajectory_points", x => x.Id);
                    table.ForeignKey(
                        name: "FK_plan_trajectory_points_plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "plans",
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
                name: "check_cycle_deadlines",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CycleId = table.Column<int>(type: "INTEGER", nullable: true)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CycleId = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", nullable: false)
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
                name: "check_reviews",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CycleId = table.Column<int>(type: "INTEGER", nullable: false),
                    GovernmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Scope = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Score = table.Column<decimal>(type: "TEXT", precision: 9, scale: 4, nullable: true),
                    EditionId = table.Column<int>(type: "INTEGER", nullable: true),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    RevisionCount = table.Column<int>(type: "INTEGER", nullable: false),
                    ReplyDueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Reply = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    RepliedOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
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
                    table.ForeignKey(
                        name: "FK_check_reviews_inventory_editions_EditionId",
                        column: x => x.EditionId,
                        principalTable: "inventory_editions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "check_score_sheets",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CycleId = table.Column<int>(type: "INTEGER", nullable: false),
                    EvaluatorId = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
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
                name: "check_evidence_files",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CycleId = table.Column<int>(type: "INTEGER", nullable: false),
                    TaskId = table.Column<int>(type: "INTEGER", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Length = table.Column<long>(type: "INTEGER", nullable: false),
                    UploadedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_check_evidence_files", x => x.Id);
                    table.ForeignKey(
                        name: "FK_check_evidence_files_check_cycles_CycleId",
                        column: x => x.CycleId,
                        principalTable: "check_cycles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_check_evidence_files_plan_tasks_TaskId",
                        column: x => x.TaskId,
                        principalTable: "plan_tasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "check_opinions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CycleId = table.Column<int>(type: "INTEGER", nullable: false),
                    GovernmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    TaskId = table.Column<int>(type: "INTEGER", nullable: true),
                    Issuer = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Response = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    PlanRevision = table.Column<int>(type: "INTEGER", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    RespondedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CarriedFromId = table.Column<int>(type: "INTEGER", nullable: true),
                    OriginalId = table.Column<int>(type: "INTEGER", nullable: true),
                    TimesCarried = table.Column<int>(type: "INTEGER", nullable: false),
                    WithdrawnOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    WithdrawalReason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
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
                name: "check_task_progress",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CycleId = table.Column<int>(type: "INTEGER", nullable: false),
                    TaskId = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    BudgetExecutedKrw = table.Column<decimal>(type: "TEXT", precision: 20, scale: 0, nullable: true),
                    Narrative = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Evidence = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false)
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

            migrationBuilder.CreateTable(
                name: "check_criterion_scores",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SheetId = table.Column<int>(type: "INTEGER", nullable: false),
                    Criterion = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Score = table.Column<decimal>(type: "TEXT", precision: 9, scale: 4, nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Evidence = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false)
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
                name: "check_evidence_file_contents",
                columns: table => new
                {
                    FileId = table.Column<int>(type: "INTEGER", nullable: false),
                    Bytes = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_check_evidence_file_contents", x => x.FileId);
                    table.ForeignKey(
                        name: "FK_check_evidence_file_contents_check_evidence_files_FileId",
                        column: x => x.FileId,
                        principalTable: "check_evidence_files",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "check_kpi_actuals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TaskProgressId = table.Column<int>(type: "INTEGER", nullable: false),
                    KpiId = table.Column<int>(type: "INTEGER", nullable: false),
                    Value = table.Column<decimal>(type: "TEXT", precision: 20, scale: 4, nullable: true)
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
                name: "IX_access_tokens_TokenHash",
                table: "access_tokens",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_access_tokens_UserId",
                table: "access_tokens",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_AtUtc",
                table: "audit_entries",
                column: "AtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_EntityType_EntityId",
                table: "audit_entries",
                columns: new[] { "EntityType", "EntityId" });

            migrationBuilder.CreateIndex(
                name: "IX_campaign_actions_CampaignId",
                table: "campaign_actions",
                column: "CampaignId");

            migrationBuilder.CreateIndex(
                name: "IX_campaigns_GovernmentId",
                table: "campaigns",
                column: "GovernmentId");

            migrationBuilder.CreateIndex(
                name: "IX_check_calibrations_CycleId_Criterion",
                table: "check_calibrations",
                columns: new[] { "CycleId", "Criterion" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_check_criterion_scores_SheetId_Criterion",
                table: "check_criterion_scores",
                columns: new[] { "SheetId", "Criterion" },
                unique: true);

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
                name: "IX_check_cycles_PlanId_Year_annual",
                table: "check_cycles",
                columns: new[] { "PlanId", "Year" },
                unique: true,
                filter: "\"Month\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_check_cycles_PlanId_Year_Month",
                table: "check_cycles",
                columns: new[] { "PlanId", "Year", "Month" },
                unique: true,
                filter: "\"Month\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_check_evidence_files_CycleId_TaskId",
                table: "check_evidence_files",
                columns: new[] { "CycleId", "TaskId" });

            migrationBuilder.CreateIndex(
                name: "IX_check_evidence_files_TaskId",
                table: "check_evidence_files",
                column: "TaskId");

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
                name: "IX_check_review_reply_items_ReviewId_Kind_TargetId",
                table: "check_review_reply_items",
                columns: new[] { "ReviewId", "Kind", "TargetId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_check_reviews_CycleId_GovernmentId_Scope",
                table: "check_reviews",
                columns: new[] { "CycleId", "GovernmentId", "Scope" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_check_reviews_EditionId",
                table: "check_reviews",
                column: "EditionId");

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

            migrationBuilder.CreateIndex(
                name: "IX_check_task_progress_CycleId_TaskId",
                table: "check_task_progress",
                columns: new[] { "CycleId", "TaskId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_check_task_progress_TaskId",
                table: "check_task_progress",
                column: "TaskId");

            migrationBuilder.CreateIndex(
                name: "IX_community_files_GoodPracticeId",
                table: "community_files",
                column: "GoodPracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_community_files_NewsPostId",
                table: "community_files",
                column: "NewsPostId");

            migrationBuilder.CreateIndex(
                name: "IX_figure_series_Code",
                table: "figure_series",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_figure_series_ReferenceName",
                table: "figure_series",
                column: "ReferenceName",
                unique: true);

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
                name: "IX_government_affiliations_GovernmentId_ValidFrom",
                table: "government_affiliations",
                columns: new[] { "GovernmentId", "ValidFrom" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_government_affiliations_ParentId",
                table: "government_affiliations",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_government_former_names_GovernmentId",
                table: "government_former_names",
                column: "GovernmentId");

            migrationBuilder.CreateIndex(
                name: "IX_government_statistics_GovernmentId_Year",
                table: "government_statistics",
                columns: new[] { "GovernmentId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_governments_AdministrativeCode_ValidFrom",
                table: "governments",
                columns: new[] { "AdministrativeCode", "ValidFrom" });

            migrationBuilder.CreateIndex(
                name: "IX_governments_Level",
                table: "governments",
                column: "Level");

            migrationBuilder.CreateIndex(
                name: "IX_governments_ParentId",
                table: "governments",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_governments_SgisCode",
                table: "governments",
                column: "SgisCode");

            migrationBuilder.CreateIndex(
                name: "IX_inventory_editions_Code",
                table: "inventory_editions",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_inventory_editions_SupersededById",
                table: "inventory_editions",
                column: "SupersededById");

            migrationBuilder.CreateIndex(
                name: "IX_inventory_entries_EditionId",
                table: "inventory_entries",
                column: "EditionId");

            migrationBuilder.CreateIndex(
                name: "IX_inventory_entries_GovernmentId_EditionId_Sector_SubSector_Gas_Year",
                table: "inventory_entries",
                columns: new[] { "GovernmentId", "EditionId", "Sector", "SubSector", "Gas", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_inventory_imports_EditionId",
                table: "inventory_imports",
                column: "EditionId");

            migrationBuilder.CreateIndex(
                name: "IX_inventory_reported_lines_EditionId",
                table: "inventory_reported_lines",
                column: "EditionId");

            migrationBuilder.CreateIndex(
                name: "IX_inventory_reported_lines_GovernmentId_EditionId_Role_Label_Gas_Year",
                table: "inventory_reported_lines",
                columns: new[] { "GovernmentId", "EditionId", "Role", "Label", "Gas", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_news_posts_Number",
                table: "news_posts",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_notices_Mail",
                table: "notices",
                column: "Mail");

            migrationBuilder.CreateIndex(
                name: "IX_notices_UserId_ItemKey_Kind",
                table: "notices",
                columns: new[] { "UserId", "ItemKey", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_notices_UserId_ReadUtc",
                table: "notices",
                columns: new[] { "UserId", "ReadUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_official_figures_EditionId",
                table: "official_figures",
                column: "EditionId");

            migrationBuilder.CreateIndex(
                name: "IX_official_figures_SeriesId_Year_Line",
                table: "official_figures",
                columns: new[] { "SeriesId", "Year", "Line" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_pending_uploads_CreatedUtc",
                table: "pending_uploads",
                column: "CreatedUtc");

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
                name: "IX_plan_kpi_targets_KpiId_Year",
                table: "plan_kpi_targets",
                columns: new[] { "KpiId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_plan_kpis_TaskId",
                table: "plan_kpis",
                column: "TaskId");

            migrationBuilder.CreateIndex(
                name: "IX_plan_review_opinions_PlanId_WrittenAtUtc",
                table: "plan_review_opinions",
                columns: new[] { "PlanId", "WrittenAtUtc" });

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
                name: "IX_plan_trajectory_points_PlanId_Sector_Year",
                table: "plan_trajectory_points",
                columns: new[] { "PlanId", "Sector", "Year" },
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

            migrationBuilder.CreateIndex(
                name: "IX_plans_WaitingFor_Status",
                table: "plans",
                columns: new[] { "WaitingFor", "Status" });

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

            migrationBuilder.CreateIndex(
                name: "IX_published_targets_GovernmentId_Plan_TargetYear",
                table: "published_targets",
                columns: new[] { "GovernmentId", "Plan", "TargetYear" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_rate_limit_windows_StartedMs",
                table: "rate_limit_windows",
                column: "StartedMs");

            migrationBuilder.CreateIndex(
                name: "IX_regional_figures_GovernmentId_Series_Year_Scope_LineKo",
                table: "regional_figures",
                columns: new[] { "GovernmentId", "Series", "Year", "Scope", "LineKo" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_scenario_line_methods_ScenarioId_Sector",
                table: "scenario_line_methods",
                columns: new[] { "ScenarioId", "Sector" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_scenario_points_ScenarioId_Sector_Year",
                table: "scenario_points",
                columns: new[] { "ScenarioId", "Sector", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_scenarios_Code",
                table: "scenarios",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_scenarios_CopiedFromId",
                table: "scenarios",
                column: "CopiedFromId");

            migrationBuilder.CreateIndex(
                name: "IX_scenarios_GovernmentId",
                table: "scenarios",
                column: "GovernmentId");

            migrationBuilder.CreateIndex(
                name: "IX_sector_aliases_Scheme_Key",
                table: "sector_aliases",
                columns: new[] { "Scheme", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_user_governments_GovernmentId",
                table: "user_governments",
                column: "GovernmentId");

            migrationBuilder.CreateIndex(
                name: "IX_user_sessions_UserId",
                table: "user_sessions",
                column: "UserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "access_tokens");

            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "audit_entries");

            migrationBuilder.DropTable(
                name: "check_calibrations");

            migrationBuilder.DropTable(
                name: "check_criterion_scores");

            migrationBuilder.DropTable(
                name: "check_cycle_deadlines");

            migrationBuilder.DropTable(
                name: "check_cycle_evaluators");

            migrationBuilder.DropTable(
                name: "check_evidence_file_contents");

            migrationBuilder.DropTable(
                name: "check_kpi_actuals");

            migrationBuilder.DropTable(
                name: "check_opinions");

            migrationBuilder.DropTable(
                name: "check_review_reply_items");

            migrationBuilder.DropTable(
                name: "community_file_contents");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "good_practice_tasks");

            migrationBuilder.DropTable(
                name: "government_affiliations");

            migrationBuilder.DropTable(
                name: "government_former_names");

            migrationBuilder.DropTable(
                name: "government_statistics");

            migrationBuilder.DropTable(
                name: "inventory_entries");

            migrationBuilder.DropTable(
                name: "inventory_imports");

            migrationBuilder.DropTable(
                name: "inventory_reported_lines");

            migrationBuilder.DropTable(
                name: "notices");

            migrationBuilder.DropTable(
                name: "notification_preferences");

            migrationBuilder.DropTable(
                name: "official_figures");

            migrationBuilder.DropTable(
                name: "pending_uploads");

            migrationBuilder.DropTable(
                name: "plan_committee_minutes");

            migrationBuilder.DropTable(
                name: "plan_feedback");

            migrationBuilder.DropTable(
                name: "plan_kpi_targets");

            migrationBuilder.DropTable(
                name: "plan_review_opinions");

            migrationBuilder.DropTable(
                name: "plan_targets");

            migrationBuilder.DropTable(
                name: "plan_task_years");

            migrationBuilder.DropTable(
                name: "plan_trajectory_points");

            migrationBuilder.DropTable(
                name: "pledges");

            migrationBuilder.DropTable(
                name: "practice_bookmarks");

            migrationBuilder.DropTable(
                name: "published_targets");

            migrationBuilder.DropTable(
                name: "rate_limit_windows");

            migrationBuilder.DropTable(
                name: "regional_figures");

            migrationBuilder.DropTable(
                name: "scenario_line_methods");

            migrationBuilder.DropTable(
                name: "scenario_points");

            migrationBuilder.DropTable(
                name: "sector_aliases");

            migrationBuilder.DropTable(
                name: "seed_runs");

            migrationBuilder.DropTable(
                name: "shared_secrets");

            migrationBuilder.DropTable(
                name: "user_governments");

            migrationBuilder.DropTable(
                name: "user_sessions");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "check_score_sheets");

            migrationBuilder.DropTable(
                name: "check_evidence_files");

            migrationBuilder.DropTable(
                name: "check_task_progress");

            migrationBuilder.DropTable(
                name: "check_reviews");

            migrationBuilder.DropTable(
                name: "community_files");

            migrationBuilder.DropTable(
                name: "figure_series");

            migrationBuilder.DropTable(
                name: "plan_kpis");

            migrationBuilder.DropTable(
                name: "campaign_actions");

            migrationBuilder.DropTable(
                name: "scenarios");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "good_practices");

            migrationBuilder.DropTable(
                name: "news_posts");

            migrationBuilder.DropTable(
                name: "plan_tasks");

            migrationBuilder.DropTable(
                name: "campaigns");

            migrationBuilder.DropTable(
                name: "check_cycles");

            migrationBuilder.DropTable(
                name: "plans");

            migrationBuilder.DropTable(
                name: "governments");

            migrationBuilder.DropTable(
                name: "inventory_editions");
        }
    }
}
