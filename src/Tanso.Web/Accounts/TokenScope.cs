using Microsoft.AspNetCore.Mvc;

namespace Tanso.Web.Accounts;

/// <summary>
/// The one place where a read-only access token meets a write: any request that is not GET, HEAD or OPTIONS,
/// made with a read-only token, is refused with 403 before it reaches an endpoint. Endpoints do not check the
/// scope themselves. (Tokens authenticate /api only, so pages never see a token principal.)
/// </summary>
internal static class TokenScope
{
    public static IApplicationBuilder UseTokenScope(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.User.IsReadOnly() && !AccountsSetup.IsSafe(context.Request.Method))
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                await Results.Problem(new ProblemDetails
                {
                    Status = StatusCodes.Status403Forbidden,
                    Title = "This access token is read-only.",
                    Detail = "읽기 전용 토큰으로는 쓸 수 없습니다. 쓰기를 허용한 토큰을 쓰십시오. / A read-only token cannot write; use a token that allows writes.",
                }).ExecuteAsync(context);
                return;
            }
            await next(context);
        });
}
