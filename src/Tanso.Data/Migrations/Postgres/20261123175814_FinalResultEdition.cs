using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tanso.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class FinalResultEdition : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "EditionId",
                table: "check_reviews",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_check_reviews_EditionId",
                table: "check_reviews",
                column: "EditionId");

            migrationBuilder.AddForeignKey(
                name: "FK_check_reviews_inventory_editions_EditionId",
                table: "check_reviews",
                column: "EditionId",
                principalTable: "inventory_editions",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_check_reviews_inventory_editions_EditionId",
                table: "check_reviews");

            migrationBuilder.DropIndex(
                name: "IX_check_reviews_EditionId",
                table: "check_reviews");

            migrationBuilder.DropColumn(
                name: "EditionId",
                table: "check_reviews");
        }
    }
}
