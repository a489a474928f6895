using Tanso.Core.Plans;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Tanso.Core.Access;
using Tanso.Web.Tests.Infrastructure;

namespace Tanso.Web.Tests.Accounts;

/// <summary>
/// Every endpoint the app maps × every kind of caller. A new endpoint without a row here fails the test,
/// so nothing ships without a decided rule. Regional officers are bound to Busan (26): "own" targets
/// Busan, "other" targets Daegu (27) wherever an endpoint names a government.
/// </summary>
[StartsFirst]
public sealed partial class AuthorizationMatrixTests
{
    private enum Who { Public, Admin, National, RegionalOwn, RegionalOther, Evaluator }

    //                      Public Admin National RegOwn RegOther Evaluator
    private static readonly Dictionary<string, int[]> Rules = new()
    {
        ["GET /"] = [200, 200, 200, 200, 200, 200],
        ["GET /account/denied"] = [403, 403, 403, 403, 403, 403],
        ["GET /account/login"] = [200, 200, 200, 200, 200, 200],
        ["GET /account/logout"] = [200, 200, 200, 200, 200, 200],
        ["GET /account/tokens"] = [302, 200, 200, 200, 200, 200],
        ["GET /account"] = [302, 200, 200, 200, 200, 200],
        ["POST /account"] = [302, 400, 400, 400, 400, 400],
        ["GET /account/password"] = [302, 200, 200, 200, 200, 200],
        ["POST /account/password"] = [302, 400, 400, 400, 400, 400],
        ["GET /account/sessions"] = [302, 200, 200, 200, 200, 200],
        ["POST /account/sessions"] = [302, 400, 400, 400, 400, 400],
        ["GET /account/reset"] = [200, 200, 200, 200, 200, 200], // without a valid link it says so
        ["POST /account/reset"] = [400, 400, 400, 400, 400, 400],
        ["GET /admin/users"] = [302, 200, 403, 403, 403, 403],
        ["GET /admin/users/{id}"] = [302, 200, 403, 403, 403, 403],
        ["GET /api/audit/"] = [401, 200, 200, 403, 403, 403],
        ["GET /api/audit/export"] = [401, 200, 200, 403, 403, 403],
        ["GET /api/governments/"] = [200, 200, 200, 200, 200, 200],
        ["GET /api/national/figures"] = [200, 200, 200, 200, 200, 200],
        ["GET /api/national/series"] = [200, 200, 200, 200, 200, 200],
        ["GET /api/sectors"] = [200, 200, 200, 200, 200, 200],
        ["GET /api/data/sets"] = [200, 200, 200, 200, 200, 200],
        ["GET /api/regional/targets"] = [200, 200, 200, 200, 200, 200],
        ["GET /api/regional/{regionCode}/figures"] = [200, 200, 200, 200, 200, 200],
        ["GET /data"] = [200, 200, 200, 200, 200, 200],
        ["GET /data/regions/{code}"] = [200, 200, 200, 200, 200, 200],
        ["POST /data"] = [400, 400, 400, 400, 400, 400],
        ["POST /data/regions/{code}"] = [400, 400, 400, 400, 400, 400],
        ["GET /api/inventory/sector-mapping"] = [200, 200, 200, 200, 200, 200],
        ["POST /api/inventory/sector-mapping"] = [401, 400, 403, 403, 403, 403],
        ["POST /api/inventory/editions/{code}/supersede"] = [401, 404, 404, 403, 403, 403],
        ["POST /api/inventory/editions/{code}/withdraw"] = [401, 404, 404, 403, 403, 403],
        ["DELETE /api/inventory/editions/{code}"] = [401, 404, 403, 403, 403, 403],
        ["GET /audit"] = [302, 200, 200, 403, 403, 403],
        ["GET /error"] = [500, 500, 500, 500, 500, 500],
        ["GET /healthz"] = [200, 200, 200, 200, 200, 200],
        ["GET /language/{lang}"] = [302, 302, 302, 302, 302, 302],
        ["GET /openapi/{documentName}.json"] = [200, 200, 200, 200, 200, 200],
        ["GET /setup"] = [200, 200, 200, 200, 200, 200],
        ["GET /governments"] = [200, 200, 200, 200, 200, 200],
        ["GET /governments/{id:int}"] = [200, 200, 200, 200, 200, 200],
        ["GET /governments/{id:int}/diff"] = [200, 200, 200, 200, 200, 200],
        ["GET /inventory/compare"] = [200, 200, 200, 200, 200, 200],
        ["GET /inventory/import"] = [302, 200, 200, 200, 200, 200],
        ["POST /governments"] = [400, 400, 400, 400, 400, 400],
        ["POST /governments/{id:int}"] = [400, 400, 400, 400, 400, 400],
        ["POST /governments/{id:int}/diff"] = [400, 400, 400, 400, 400, 400],
        ["POST /inventory/compare"] = [400, 400, 400, 400, 400, 400],
        ["POST /inventory/import"] = [302, 400, 400, 400, 400, 400],
        // Forms refuse a post without the antiforgery token, whoever sends it.
        ["POST /"] = [400, 400, 400, 400, 400, 400],
        ["POST /account/denied"] = [400, 400, 400, 400, 400, 400],
        ["POST /account/login"] = [400, 400, 400, 400, 400, 400],
        ["POST /account/logout"] = [400, 400, 400, 400, 400, 400],
        ["POST /account/tokens"] = [302, 400, 400, 400, 400, 400], // sign-in first, then the token check
        ["POST /admin/users"] = [400, 400, 400, 400, 400, 400],
        ["POST /admin/users/{id}"] = [400, 400, 400, 400, 400, 400],
        ["POST /audit"] = [400, 400, 400, 400, 400, 400],
        ["POST /error"] = [500, 500, 500, 500, 500, 500], // the error page also serves re-executed failed posts
        ["POST /setup"] = [400, 400, 400, 400, 400, 400],
        ["POST /healthz"] = [200, 200, 200, 200, 200, 200],
        ["GET /api/inventory/editions"] = [200, 200, 200, 200, 200, 200],
        ["GET /api/governments/{id:int}/inventory"] = [200, 200, 200, 200, 200, 200],
        ["GET /api/governments/{id:int}/inventory/diff"] = [200, 200, 200, 200, 200, 200],
        ["GET /api/governments/{id:int}/inventory/export"] = [200, 200, 200, 200, 200, 200],
        ["GET /api/inventory/templates/{layout}.{format}"] = [200, 200, 200, 200, 200, 200],
        // Rows for a government the caller may not write are a problem of the file: 422 naming the rows.
        ["POST /api/inventory/imports"] = [401, 200, 422, 200, 422, 422],
        ["GET /api/governments/{id:int}/statistics"] = [200, 200, 200, 200, 200, 200],
        ["POST /api/governments/statistics"] = [401, 200, 422, 200, 422, 422],
        // Plans: drafts are invisible (404) to everyone but their government's editors; "other" targets Daegu's plan.
        ["GET /api/governments/{id:int}/plans"] = [200, 200, 200, 200, 200, 200],
        ["GET /api/cascade"] = [200, 200, 200, 200, 200, 200],
        ["GET /cascade"] = [200, 200, 200, 200, 200, 200],
        ["POST /cascade"] = [400, 400, 400, 400, 400, 400],
        ["GET /governments/{id:int}/plans"] = [200, 200, 200, 200, 200, 200],
        ["POST /governments/{id:int}/plans"] = [400, 400, 400, 400, 400, 400],
        ["GET /plans/{id:int}"] = [404, 200, 404, 200, 404, 404],
        ["GET /plans/{id:int}/compare"] = [404, 200, 404, 200, 404, 404],
        ["POST /plans/{id:int}/compare"] = [400, 400, 400, 400, 400, 400],
        ["GET /api/plans/{id:int}/compare/{otherId:int}"] = [404, 200, 404, 200, 404, 404],
        ["GET /api/plans/{id:int}/workbook"] = [404, 200, 404, 200, 404, 404],
        ["GET /api/plans/{id:int}/trajectory"] = [404, 200, 404, 200, 404, 404],
        ["PUT /api/plans/{id:int}/trajectory"] = [401, 200, 404, 200, 404, 404],
        ["GET /api/plans/tasks-template.xlsx"] = [200, 200, 200, 200, 200, 200],
        ["POST /api/plans/{id:int}/tasks/import"] = [401, 200, 404, 200, 404, 404],
        ["POST /plans/{id:int}"] = [400, 400, 400, 400, 400, 400],
        ["POST /api/governments/{id:int}/plans"] = [401, 201, 403, 201, 403, 403],
        ["GET /api/plans/{id:int}"] = [404, 200, 404, 200, 404, 404],
        ["PUT /api/plans/{id:int}"] = [401, 200, 404, 200, 404, 404],
        ["PUT /api/plans/{id:int}/targets"] = [401, 200, 404, 200, 404, 404],
        ["POST /api/plans/{id:int}/tasks"] = [401, 200, 404, 200, 404, 404],
        ["PUT /api/plans/{id:int}/tasks/{taskId:int}"] = [401, 200, 404, 200, 404, 404],
        ["DELETE /api/plans/{id:int}/tasks/{taskId:int}"] = [401, 200, 404, 200, 404, 404],
        // Retiring a task of an approved plan is the government's decision: national staff see the plan but do not retire its tasks.
        ["POST /api/plans/{id:int}/tasks/{taskId:int}/retirement"] = [401, 200, 403, 200, 404, 404],
        // The review rows use a plan in the state the step needs (see PlanFor): a deliberated plan is submitted by its
        // government only; a submitted plan is seen by national staff, who write opinions the government answers.
        ["POST /api/plans/{id:int}/transitions"] = [401, 200, 404, 200, 404, 404],
        ["POST /api/plans/{id:int}/committee"] = [401, 200, 404, 200, 404, 404],
        ["GET /api/plans/{id:int}/committee/minutes"] = [404, 200, 200, 200, 404, 404],
        ["POST /api/plans/{id:int}/opinions"] = [401, 200, 200, 403, 404, 404],
        ["POST /api/plans/{id:int}/opinions/{opinionId:int}/answer"] = [401, 200, 403, 200, 404, 404],
        ["GET /api/plans/{id:int}/next-steps"] = [404, 200, 404, 200, 404, 404],
        ["POST /api/plans/{id:int}/revisions"] = [401, 201, 403, 201, 404, 404], // national staff see an approved regional plan, but do not revise it
        // Scenarios: the rows use a private scenario of the government ("other": Daegu's), invisible to non-editors.
        ["GET /api/scenarios"] = [200, 200, 200, 200, 200, 200],
        ["POST /api/governments/{id:int}/scenarios"] = [401, 201, 403, 201, 403, 403],
        ["GET /api/scenarios/{id:int}"] = [404, 200, 404, 200, 404, 404],
        ["PUT /api/scenarios/{id:int}"] = [401, 200, 404, 200, 404, 404],
        ["PUT /api/scenarios/{id:int}/lines"] = [401, 200, 404, 200, 404, 404],
        ["POST /api/scenarios/{id:int}/copies"] = [401, 201, 404, 201, 404, 404],
        ["DELETE /api/scenarios/{id:int}"] = [401, 204, 404, 204, 404, 404],
        ["GET /api/scenarios/compare"] = [404, 200, 404, 200, 404, 404],
        ["GET /api/scenarios/compare.xlsx"] = [404, 200, 404, 200, 404, 404],
        ["GET /scenarios"] = [200, 200, 200, 200, 200, 200],
        ["POST /scenarios"] = [400, 400, 400, 400, 400, 400],
        ["GET /scenarios/{id:int}"] = [404, 200, 404, 200, 404, 404],
        ["POST /scenarios/{id:int}"] = [400, 400, 400, 400, 400, 400],
        ["GET /scenarios/compare"] = [404, 200, 404, 200, 404, 404],
        ["POST /scenarios/compare"] = [400, 400, 400, 400, 400, 400],
        // Checks: the rows use an open cycle of a fresh approved plan of the government ("other": Daegu's). National
        // staff see every cycle; the evaluator is not assigned to these.
        ["GET /api/plans/{id:int}/checks"] = [404, 200, 200, 200, 404, 404],
        ["POST /api/plans/{id:int}/checks"] = [401, 201, 201, 201, 404, 404], // an approved plan is not yet public; national staff open checks
        ["GET /api/checks/{id:int}"] = [404, 200, 200, 200, 404, 404],
        ["POST /api/checks/{id:int}/transitions"] = [401, 200, 200, 200, 404, 404],
        ["PUT /api/checks/{id:int}/progress"] = [401, 200, 403, 200, 404, 404],
        ["GET /api/checks/{id:int}/progress-template.xlsx"] = [404, 200, 200, 200, 404, 404],
        ["POST /api/checks/{id:int}/progress/import"] = [401, 200, 403, 200, 404, 404],
        ["POST /api/checks/{id:int}/evaluators"] = [401, 200, 200, 403, 404, 404],
        // Evidence files: names for whoever sees the cycle, bytes for signed-in viewers only, changes by the government's editors.
        ["GET /api/checks/{id:int}/evidence"] = [404, 200, 200, 200, 404, 404],
        ["POST /api/checks/{id:int}/tasks/{taskCode}/evidence"] = [401, 200, 403, 200, 404, 404],
        ["GET /api/checks/{id:int}/evidence/{fileId:int}"] = [401, 200, 200, 200, 404, 404],
        ["DELETE /api/checks/{id:int}/evidence/{fileId:int}"] = [401, 204, 403, 204, 404, 404],
        ["GET /checks/{id:int}/evidence"] = [404, 200, 200, 200, 404, 404],
        ["POST /checks/{id:int}/evidence"] = [400, 400, 400, 400, 400, 400],
        ["GET /plans/{id:int}/checks"] = [404, 200, 200, 200, 404, 404],
        ["POST /plans/{id:int}/checks"] = [400, 400, 400, 400, 400, 400],
        ["GET /checks/{id:int}"] = [404, 200, 200, 200, 404, 404],
        ["POST /checks/{id:int}"] = [400, 400, 400, 400, 400, 400],
        // Reports: the check report follows the cycle. The in-memory test server has no address for the printing
        // browser, so a PDF the caller may see answers 503 here; tests/Tanso.Web.Tests/Reports print them for real.
        ["GET /checks/{id:int}/report"] = [404, 200, 200, 200, 404, 404],
        ["POST /checks/{id:int}/report"] = [400, 400, 400, 400, 400, 400],
        ["GET /api/checks/{id:int}/report.xlsx"] = [404, 200, 200, 200, 404, 404],
        ["GET /api/checks/{id:int}/report.pdf"] = [404, 503, 503, 503, 404, 404],
        // The Minister's roll-up and the task force: national officers and administrators only.
        ["GET /checks/consolidated"] = [302, 200, 200, 403, 403, 403],
        ["POST /checks/consolidated"] = [400, 400, 400, 400, 400, 400],
        ["GET /api/checks/consolidated"] = [401, 200, 200, 403, 403, 403],
        ["GET /api/checks/consolidated.xlsx"] = [401, 200, 200, 403, 403, 403],
        ["GET /api/checks/consolidated.pdf"] = [401, 503, 503, 403, 403, 403],
        ["GET /taskforce"] = [302, 200, 200, 403, 403, 403],
        ["POST /taskforce"] = [400, 400, 400, 400, 400, 400],
        ["GET /api/taskforce"] = [401, 200, 200, 403, 403, 403],
        ["GET /api/taskforce.xlsx"] = [401, 200, 200, 403, 403, 403],
        // Public portal: read-only pages for everyone, published plans and checks only; forms there are GET forms.
        ["GET /portal"] = [200, 200, 200, 200, 200, 200],
        ["GET /portal/map"] = [200, 200, 200, 200, 200, 200],
        ["GET /portal/governments/{id:int}"] = [200, 200, 200, 200, 200, 200],
        ["GET /portal/compare"] = [200, 200, 200, 200, 200, 200],
        ["GET /portal/rollup"] = [200, 200, 200, 200, 200, 200],
        ["POST /portal"] = [400, 400, 400, 400, 400, 400],
        ["POST /portal/map"] = [400, 400, 400, 400, 400, 400],
        ["POST /portal/governments/{id:int}"] = [400, 400, 400, 400, 400, 400],
        ["POST /portal/compare"] = [400, 400, 400, 400, 400, 400],
        ["POST /portal/rollup"] = [400, 400, 400, 400, 400, 400],
        // The site's policy pages (footer): open to everyone, read-only.
        ["GET /privacy"] = [200, 200, 200, 200, 200, 200],
        ["GET /terms"] = [200, 200, 200, 200, 200, 200],
        ["GET /licences"] = [200, 200, 200, 200, 200, 200],
        ["POST /privacy"] = [400, 400, 400, 400, 400, 400],
        ["POST /terms"] = [400, 400, 400, 400, 400, 400],
        ["POST /licences"] = [400, 400, 400, 400, 400, 400],
        // The evaluation workflow: the rows use a cycle in 점검·평가 to which the evaluator IS assigned, with the state
        // each endpoint needs (a scored sheet, a draft, a shown or replied result, an opinion); see AuthorizationMatrixTests.Evaluation.cs.
        ["PUT /api/checks/{id:int}/settings"] = [401, 200, 200, 403, 404, 403],
        ["PUT /api/checks/{id:int}/rubric"] = [401, 200, 200, 403, 404, 403],
        ["GET /api/checks/{id:int}/scores"] = [404, 200, 200, 200, 404, 200],
        ["PUT /api/checks/{id:int}/scores"] = [401, 403, 403, 403, 404, 200],
        ["GET /api/checks/{id:int}/review"] = [404, 200, 200, 200, 404, 200],
        ["PUT /api/checks/{id:int}/review"] = [401, 200, 200, 403, 404, 403],
        ["POST /api/checks/{id:int}/review/show"] = [401, 200, 200, 403, 404, 403],
        ["POST /api/checks/{id:int}/review/reply"] = [401, 200, 403, 200, 404, 403],
        ["POST /api/checks/{id:int}/review/finalise"] = [401, 200, 200, 403, 404, 403],
        ["GET /api/checks/{id:int}/opinions"] = [404, 200, 200, 200, 404, 200],
        ["POST /api/checks/{id:int}/opinions"] = [401, 201, 201, 403, 404, 201],
        ["PUT /api/checks/{id:int}/opinions/{opinionId:int}/answer"] = [401, 200, 403, 200, 404, 403],
        ["POST /api/checks/{id:int}/opinions/{opinionId:int}/withdraw"] = [401, 200, 200, 403, 404, 200],
        ["GET /checks/{id:int}/settings"] = [404, 200, 200, 200, 404, 200],
        ["POST /checks/{id:int}/settings"] = [400, 400, 400, 400, 400, 400],
        ["GET /checks/{id:int}/scoring"] = [404, 200, 200, 200, 404, 200],
        ["POST /checks/{id:int}/scoring"] = [400, 400, 400, 400, 400, 400],
        ["GET /checks/{id:int}/review"] = [404, 200, 200, 200, 404, 200],
        ["POST /checks/{id:int}/review"] = [400, 400, 400, 400, 400, 400],
        ["POST /api/checks/{id:int}/calibrations"] = [401, 200, 200, 403, 404, 403],
        // An evaluator's own list: everyone signed in may ask; only evaluators find cycles in it.
        ["GET /api/checks/mine"] = [401, 200, 200, 200, 200, 200],
        // The inbox and notifications: everyone signed in has their own; the public has none.
        ["GET /inbox"] = [302, 200, 200, 200, 200, 200],
        ["POST /inbox"] = [302, 400, 400, 400, 400, 400],
        ["GET /account/notifications"] = [302, 200, 200, 200, 200, 200],
        ["POST /account/notifications"] = [302, 400, 400, 400, 400, 400],
        ["GET /api/inbox"] = [401, 200, 200, 200, 200, 200],
        ["GET /api/notifications"] = [401, 200, 200, 200, 200, 200],
        ["POST /api/notifications/read"] = [401, 200, 200, 200, 200, 200],
        ["POST /api/notifications/{id:long}/read"] = [401, 404, 404, 404, 404, 404],
        ["GET /api/account/notification-preferences"] = [401, 200, 200, 200, 200, 200],
        ["PUT /api/account/notification-preferences"] = [401, 400, 400, 400, 400, 400],
        ["GET /checks/mine"] = [200, 200, 200, 200, 200, 200],
        ["POST /checks/mine"] = [400, 400, 400, 400, 400, 400],
        ["GET /checks/{id:int}/opinions"] = [404, 200, 200, 200, 404, 200],
        ["POST /checks/{id:int}/opinions"] = [400, 400, 400, 400, 400, 400],
        ["PUT /api/governments/{id:int}"] = [401, 200, 403, 403, 403, 403],
        ["PUT /api/national/figures/{id:int}"] = [401, 200, 200, 403, 403, 403],
        // Community (Community/MatrixRequests.cs builds the requests on fresh data). News: national staff write.
        ["GET /community"] = [200, 200, 200, 200, 200, 200],
        ["POST /community"] = [400, 400, 400, 400, 400, 400],
        ["GET /api/news"] = [200, 200, 200, 200, 200, 200],
        ["GET /api/news/{number:int}"] = [200, 200, 200, 200, 200, 200],
        ["POST /api/news"] = [401, 201, 201, 403, 403, 403],
        ["PUT /api/news/{number:int}"] = [401, 200, 200, 403, 403, 403],
        ["DELETE /api/news/{number:int}"] = [401, 204, 204, 403, 403, 403],
        ["POST /api/news/{number:int}/attachments"] = [401, 200, 200, 403, 403, 403],
        ["GET /api/community/files/{id:int}"] = [200, 200, 200, 200, 200, 200],
        ["GET /community/news"] = [200, 200, 200, 200, 200, 200],
        ["POST /community/news"] = [400, 400, 400, 400, 400, 400],
        ["GET /community/news/{number:int}"] = [200, 200, 200, 200, 200, 200],
        ["POST /community/news/{number:int}"] = [400, 400, 400, 400, 400, 400],
        ["GET /community/news/write/{number:int?}"] = [302, 200, 200, 403, 403, 403],
        ["POST /community/news/write/{number:int?}"] = [302, 400, 400, 400, 400, 400],
        // Good practices: a draft of the government ("other": Daegu's) is seen and changed by its editors only.
        ["GET /api/practices"] = [200, 200, 200, 200, 200, 200],
        ["GET /api/practices/{id:int}"] = [404, 200, 404, 200, 404, 404],
        ["POST /api/governments/{id:int}/practices"] = [401, 201, 403, 201, 403, 403],
        ["PUT /api/practices/{id:int}"] = [401, 200, 404, 200, 404, 404],
        ["POST /api/practices/{id:int}/transitions"] = [401, 200, 404, 200, 404, 404],
        ["POST /api/practices/{id:int}/attachments"] = [401, 200, 404, 200, 404, 404],
        ["PUT /api/practices/{id:int}/bookmark"] = [401, 204, 204, 204, 204, 204], // a published practice
        ["DELETE /api/practices/{id:int}/bookmark"] = [401, 204, 204, 204, 204, 204],
        ["GET /api/bookmarks"] = [401, 200, 200, 200, 200, 200],
        ["GET /community/practices"] = [200, 200, 200, 200, 200, 200],
        ["POST /community/practices"] = [400, 400, 400, 400, 400, 400],
        ["GET /community/practices/{id:int}"] = [404, 200, 404, 200, 404, 404],
        ["POST /community/practices/{id:int}"] = [400, 400, 400, 400, 400, 400],
        ["GET /community/practices/write/{id:int?}"] = [302, 200, 200, 200, 200, 403],
        ["POST /community/practices/write/{id:int?}"] = [302, 400, 400, 400, 400, 400],
        ["GET /community/bookmarks"] = [302, 200, 200, 200, 200, 200],
        ["POST /community/bookmarks"] = [302, 400, 400, 400, 400, 400],
        // Campaigns: national staff for any government, editors for their own; pledges are anonymous.
        ["GET /api/campaigns"] = [200, 200, 200, 200, 200, 200],
        ["GET /api/campaigns/{id:int}"] = [200, 200, 200, 200, 200, 200],
        ["POST /api/campaigns"] = [401, 201, 201, 201, 403, 403],
        ["PUT /api/campaigns/{id:int}"] = [401, 200, 200, 200, 403, 403],
        ["POST /api/campaigns/{id:int}/pledges"] = [201, 201, 201, 201, 201, 201],
        ["GET /community/campaigns"] = [200, 200, 200, 200, 200, 200],
        ["POST /community/campaigns"] = [400, 400, 400, 400, 400, 400],
        ["GET /community/campaigns/{id:int}"] = [200, 200, 200, 200, 200, 200],
        ["POST /community/campaigns/{id:int}"] = [400, 400, 400, 400, 400, 400],
        ["GET /community/campaigns/write/{id:int?}"] = [302, 200, 200, 200, 200, 403],
        ["POST /community/campaigns/write/{id:int?}"] = [302, 400, 400, 400, 400, 400],
        // Citizen feedback on a fresh published plan; the plan's government editors and national staff moderate.
        ["GET /api/plans/{id:int}/feedback"] = [200, 200, 200, 200, 200, 200],
        ["POST /api/plans/{id:int}/feedback"] = [201, 201, 201, 201, 201, 201],
        ["GET /api/feedback/pending"] = [401, 200, 200, 200, 200, 403],
        ["POST /api/feedback/{id:int}/moderation"] = [401, 200, 200, 200, 403, 403],
        ["GET /plans/{id:int}/feedback"] = [200, 200, 200, 200, 200, 200],
        ["POST /plans/{id:int}/feedback"] = [400, 400, 400, 400, 400, 400],
        ["GET /community/moderation"] = [302, 200, 200, 200, 200, 403],
        ["POST /community/moderation"] = [302, 400, 400, 400, 400, 400],
    };

    [Fact]
    public async Task EveryEndpoint_AnswersEachCallerAsItsRuleSays_AndEverySuccessfulWriteIsAudited()
    {
        await using var database = TestDatabase.Create();
        await using var app = new TansoApp(database);
        var busan = await People.GovernmentIdAsync(app, "26");
        var daegu = await People.GovernmentIdAsync(app, "27");
        var (pages, api, adminId) = await CallersAsync(app, busan);
        var endpoints = EndpointList.Of(app.Services);
        var unruled = endpoints.Except(Rules.Keys).ToList();
        Assert.True(unruled.Count == 0, "endpoints without a rule: " + string.Join(", ", unruled));
        var stale = Rules.Keys.Except(endpoints).ToList();
        Assert.True(stale.Count == 0, "rules for endpoints that no longer exist: " + string.Join(", ", stale));

        var failures = new List<string>();
        foreach (var (endpoint, expected) in Rules)
        {
            // The audit is counted around the writes it is checked for only (two queries a request otherwise).
            var audited = (endpoint.StartsWith("PUT ", StringComparison.Ordinal) || endpoint.StartsWith("POST /api/", StringComparison.Ordinal))
                && !NothingToChangeHere.Contains(endpoint);
            foreach (var who in Enum.GetValues<Who>())
            {
                var government = who == Who.RegionalOther ? daegu : busan;
                var auditBefore = audited ? await AuditCountAsync(database) : 0;
                using var request = await RequestAsync(endpoint, pages[Who.Public], government, adminId, database);
                var status = (int)(await (IsApi(request) ? api : pages)[who].SendAsync(request)).StatusCode;
                if (status != expected[(int)who])
                {
                    failures.Add($"{endpoint} as {who}: expected {expected[(int)who]}, got {status}");
                }
                if (audited && status is 200 or 201 && await AuditCountAsync(database) <= auditBefore)
                {
                    failures.Add($"{endpoint} as {who}: succeeded without an audit row");
                }
            }
        }
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    // Writes that find nothing to change for these callers and say so (200, "0 changed"): marking every notification
    // read when there is none (a notice that is marked read is audited like any change).
    private static readonly HashSet<string> NothingToChangeHere = ["POST /api/notifications/read"];

    private static bool IsApi(HttpRequestMessage request) => request.RequestUri!.OriginalString.StartsWith("/api/", StringComparison.Ordinal);

    /// <summary>Each kind of caller as a browser signed in with the cookie (for pages) and as an API client with a
    /// read-write token (for /api): the way each is meant to be used.</summary>
    private static async Task<(Dictionary<Who, HttpClient> Pages, Dictionary<Who, HttpClient> Api, string AdminId)> CallersAsync(TansoApp app, int busan)
    {
        var people = new Dictionary<Who, (string Email, string Id)>
        {
            [Who.Admin] = ("admin@tanso.example", await People.CreateUserAsync(app, "admin@tanso.example", [Role.SystemAdmin])),
            [Who.National] = ("national@tanso.example", await People.CreateUserAsync(app, "national@tanso.example", [Role.NationalOfficer])),
            [Who.Evaluator] = ("evaluator@tanso.example", await People.CreateUserAsync(app, "evaluator@tanso.example", [Role.Evaluator])),
            [Who.RegionalOwn] = ("officer@busan.example", await People.CreateUserAsync(app, "officer@busan.example", [Role.RegionalOfficer], busan)),
        };
        var pages = new Dictionary<Who, HttpClient> { [Who.Public] = app.CreateRawClient() };
        var api = new Dictionary<Who, HttpClient> { [Who.Public] = pages[Who.Public] };
        foreach (var (who, (email, id)) in people)
        {
            pages[who] = app.CreateRawClient();
            Assert.Equal(HttpStatusCode.Redirect, (await People.SignInAsync(pages[who], email, People.Password)).StatusCode);
            api[who] = await People.TokenOnlyClientAsync(app, id, true, who == Who.RegionalOwn ? [busan] : []);
        }
        pages[Who.RegionalOther] = pages[Who.RegionalOwn];
        api[Who.RegionalOther] = api[Who.RegionalOwn];
        return (pages, api, people[Who.Admin].Id);
    }

    private static async Task<int> AuditCountAsync(TestDatabase database)
    {
        await using var db = database.Open();
        return await db.AuditEntries.CountAsync();
    }

    // Builds a valid request for the endpoint, so that only authorization decides the answer; writes
    // change a value, so that a success must leave an audit row.
    // A new plan per request, so that one row's write (a submission, say) cannot change another row's answer.
    private static Task<(int Id, int Version)> FreshPlanAsync(TestDatabase database, int government, bool approved) =>
        FreshPlanAsync(database, government, approved ? "approved" : "draft");

    // The state a plan row's endpoint needs to be reachable at all.
    private static string PlanFor(string endpoint) => endpoint switch
    {
        _ when endpoint.EndsWith("/revisions", StringComparison.Ordinal) => "approved",
        _ when endpoint.EndsWith("/retirement", StringComparison.Ordinal) => "approved",
        _ when endpoint.EndsWith("/committee/minutes", StringComparison.Ordinal) => "approved",
        _ when endpoint.EndsWith("/transitions", StringComparison.Ordinal) => "deliberated",
        _ when endpoint.EndsWith("/opinions", StringComparison.Ordinal) => "under-review",
        _ when endpoint.EndsWith("/answer", StringComparison.Ordinal) => "under-review",
        _ => "draft",
    };

    private static async Task<(int Id, int Version)> FreshPlanAsync(TestDatabase database, int government, string state, bool withTask = false)
    {
        await using var db = database.Open();
        var plan = new Tanso.Core.Plans.Plan(government, "행렬 시험 계획", 2024, 2033, 2018, new Tanso.Core.Quantities.TonnesCo2e(1_000_000m), "authorization matrix");
        if (withTask)
        {
            plan.AddTask(new PlanTask(TaskLevel.Task, "1", "행렬 과제", "환경국", null, 2024, 2030)).OrThrow();
        }
        db.Plans.Add(plan);
        await db.SaveChangesAsync();
        plan.StartLineage();
        var at = new DateTime(2025, 3, 2, 0, 0, 0, DateTimeKind.Utc);
        if (state == "approved")
        {
            Tanso.Data.Seeding.SampleReview.Approve(plan, at);
            db.PlanCommitteeMinutes.Add(new Tanso.Core.Plans.PlanCommitteeMinutes(plan.Id, "회의록.pdf", "application/pdf", [1, 2, 3], at));
        }
        else if (state is "deliberated" or "under-review")
        {
            plan.RecordCommittee(new DateOnly(2025, 3, 1), Tanso.Core.Plans.CommitteeDecision.Adopted, "회의록.pdf", new DateOnly(2025, 3, 2));
        }
        if (state == "under-review")
        {
            plan.Submit(Tanso.Data.Seeding.SampleReview.Officer, at);
            plan.Receive(Tanso.Data.Seeding.SampleReview.Reviewer);
            plan.Opine(Tanso.Data.Seeding.SampleReview.Reviewer, false, "행렬 시험 의견", at);
        }
        await db.SaveChangesAsync();
        return (plan.Id, plan.Version);
    }

    private static async Task<(int Id, int Version)> FreshScenarioAsync(TestDatabase database, int government)
    {
        await using var db = database.Open();
        var scenario = new Tanso.Core.Pathways.Scenario(government, "행렬 시험 시나리오", "", 2018, 2050, Tanso.Core.Plans.Interpolation.StraightLine);
        scenario.SetPoint(Tanso.Core.Sectors.SectorTaxonomy.Power.Code, 2018, new Tanso.Core.Quantities.TonnesCo2e(1_000_000m), Tanso.Core.Figures.FigureStatus.Unverified, "matrix");
        db.Scenarios.Add(scenario);
        await db.SaveChangesAsync();
        return (scenario.Id, scenario.Version);
    }

    private static async Task<HttpRequestMessage?> ScenarioRequestAsync(string endpoint, int government, TestDatabase database)
    {
        var verb = new HttpMethod(endpoint[..endpoint.IndexOf(' ', StringComparison.Ordinal)]);
        var path = endpoint[(endpoint.IndexOf(' ', StringComparison.Ordinal) + 1)..];
        if (endpoint == "POST /api/governments/{id:int}/scenarios")
        {
            return new HttpRequestMessage(verb, $"/api/governments/{government}/scenarios")
            {
                Content = JsonContent.Create(new { version = 0, nameKo = "행렬 시험 시나리오", baseYear = 2018, endYear = 2050, method = "straight-line", isPublic = false }),
            };
        }
        if (path.EndsWith("/scenarios/compare", StringComparison.Ordinal) || path.EndsWith("/scenarios/compare.xlsx", StringComparison.Ordinal))
        {
            var (a, _) = await FreshScenarioAsync(database, government);
            var (b, _) = await FreshScenarioAsync(database, government);
            return new HttpRequestMessage(verb, $"{path}?ids={a}&ids={b}") { Content = verb == HttpMethod.Post ? new FormUrlEncodedContent([]) : null };
        }
        if (!path.Contains("scenarios/{id:int}", StringComparison.Ordinal))
        {
            return null;
        }
        var (id, version) = await FreshScenarioAsync(database, government);
        var url = path.Replace("{id:int}", id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        object? body = endpoint switch
        {
            "PUT /api/scenarios/{id:int}" => new { version, nameKo = "행렬 시험 시나리오 (수정)", baseYear = 2018, endYear = 2050, method = "straight-line", isPublic = false },
            "PUT /api/scenarios/{id:int}/lines" => new { version, set = new[] { new { sector = "power", year = 2030, valueTCo2eq = 500_000m } } },
            "POST /api/scenarios/{id:int}/copies" => new { governmentId = government },
            _ => null,
        };
        if (endpoint == "DELETE /api/scenarios/{id:int}")
        {
            url += "?version=" + version.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        return new HttpRequestMessage(verb, url)
        {
            Content = body is not null ? JsonContent.Create(body) : verb == HttpMethod.Post ? new FormUrlEncodedContent([]) : null,
        };
    }

    private static async Task<(int PlanId, int CycleId, int Version)> FreshCycleAsync(TestDatabase database, int government)
    {
        var (planId, _) = await FreshPlanAsync(database, government, "approved", withTask: true);
        await using var db = database.Open();
        var cycle = new Tanso.Core.Checks.CheckCycle(planId, government, Tanso.Core.Checks.CheckPeriod.OfYear(2025));
        cycle.MoveTo(Tanso.Core.Checks.CheckStage.Reporting);
        db.CheckCycles.Add(cycle);
        await db.SaveChangesAsync();
        return (planId, cycle.Id, cycle.Version);
    }

    private static async Task<HttpRequestMessage?> CheckRequestAsync(string endpoint, int government, TestDatabase database, string evaluatorEmail)
    {
        var verb = new HttpMethod(endpoint[..endpoint.IndexOf(' ', StringComparison.Ordinal)]);
        var path = endpoint[(endpoint.IndexOf(' ', StringComparison.Ordinal) + 1)..];
        if (!path.Contains("checks", StringComparison.Ordinal))
        {
            return null;
        }
        if (path.Contains("consolidated", StringComparison.Ordinal))
        {
            return new HttpRequestMessage(verb, path + "?year=2025&level=province") { Content = verb == HttpMethod.Post ? new FormUrlEncodedContent([]) : null };
        }
        var (planId, cycleId, version) = await FreshCycleAsync(database, government);
        var url = path.Replace("plans/{id:int}", $"plans/{planId}", StringComparison.Ordinal).Replace("checks/{id:int}", $"checks/{cycleId}", StringComparison.Ordinal)
            .Replace("{taskCode}", "1", StringComparison.Ordinal);
        if (url.Contains("{fileId:int}", StringComparison.Ordinal))
        {
            url = url.Replace("{fileId:int}", (await FreshEvidenceAsync(database, planId, cycleId)).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }
        if (endpoint == "POST /api/checks/{id:int}/tasks/{taskCode}/evidence")
        {
            return new HttpRequestMessage(verb, url)
            {
                Content = new MultipartFormDataContent { { new ByteArrayContent("%PDF-1.4 matrix"u8.ToArray()), "files", "행렬 증빙.pdf" } },
            };
        }
        if (endpoint == "POST /api/checks/{id:int}/progress/import")
        {
            byte[] template;
            await using (var db = database.Open())
            {
                var plan = await db.Plans.Include(p => p.Tasks).ThenInclude(t => t.Kpis).SingleAsync(p => p.Id == planId);
                var cycle = await db.CheckCycles.Include(c => c.Progress).SingleAsync(c => c.Id == cycleId);
                template = Tanso.Web.Checks.CheckWorkbook.Template(plan, cycle);
            }
            using var stream = new MemoryStream(template);
            var rows = MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: true, sheetName: "이행실적").Cast<IDictionary<string, object?>>().Select(r => new Dictionary<string, object?>(r)).ToList();
            rows[0]["status"] = "지연";
            using var filled = new MemoryStream();
            MiniExcelLibs.MiniExcel.SaveAs(filled, new Dictionary<string, object> { ["이행실적"] = rows });
            return new HttpRequestMessage(verb, url)
            {
                Content = new MultipartFormDataContent
                {
                    { new ByteArrayContent(filled.ToArray()), "file", "progress.xlsx" },
                    { new StringContent(version.ToString(System.Globalization.CultureInfo.InvariantCulture)), "version" },
                },
            };
        }
        object? body = endpoint switch
        {
            "POST /api/plans/{id:int}/checks" => new { year = 2024 },
            "POST /api/checks/{id:int}/transitions" => new { version },
            "PUT /api/checks/{id:int}/progress" => new { version, tasks = new[] { new { taskCode = "1", status = "on-track", budgetExecutedKrw = 1_000m } } },
            "POST /api/checks/{id:int}/evaluators" => new { version, email = evaluatorEmail },
            _ => null,
        };
        return new HttpRequestMessage(verb, url)
        {
            Content = body is not null ? JsonContent.Create(body) : verb == HttpMethod.Post ? new FormUrlEncodedContent([]) : null,
        };
    }

    private static async Task<HttpRequestMessage> RequestAsync(string endpoint, HttpClient reader, int government, string adminId, TestDatabase database)
    {
        if (await EvaluationRequestAsync(endpoint, government, database, "evaluator@tanso.example") is { } evaluationRequest)
        {
            return evaluationRequest;
        }
        if (await CommunityRequestAsync(endpoint, government, database) is { } communityRequest)
        {
            return communityRequest;
        }
        if (await CheckRequestAsync(endpoint, government, database, "evaluator@tanso.example") is { } checkRequest)
        {
            return checkRequest;
        }
        if (endpoint.Contains("taskforce", StringComparison.Ordinal))
        {
            // The sample national plan's monthly checks (seeded): March 2025 against February.
            var tf = endpoint[(endpoint.IndexOf(' ', StringComparison.Ordinal) + 1)..] + "?year=2025&month=3";
            return endpoint.StartsWith("POST", StringComparison.Ordinal)
                ? new HttpRequestMessage(HttpMethod.Post, tf) { Content = new FormUrlEncodedContent([]) }
                : new HttpRequestMessage(HttpMethod.Get, tf);
        }
        if (await ScenarioRequestAsync(endpoint, government, database) is { } scenarioRequest)
        {
            return scenarioRequest;
        }
        if (endpoint.Contains("plans/{id:int}", StringComparison.Ordinal))
        {
            var (planId, version) = await FreshPlanAsync(database, government, PlanFor(endpoint), withTask: endpoint.Contains("{taskId:int}", StringComparison.Ordinal));
            int opinionId, taskId;
            await using (var db = database.Open())
            {
                opinionId = await db.PlanReviewOpinions.Where(o => o.PlanId == planId).Select(o => o.Id).FirstOrDefaultAsync();
                taskId = await db.Set<PlanTask>().Where(t => t.PlanId == planId).Select(t => t.Id).FirstOrDefaultAsync();
            }
            var url = endpoint[(endpoint.IndexOf(' ', StringComparison.Ordinal) + 1)..].Replace("{id:int}", planId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{opinionId:int}", opinionId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{otherId:int}", planId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{taskId:int}", taskId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
            if (endpoint == "DELETE /api/plans/{id:int}/tasks/{taskId:int}")
            {
                url += "?version=" + version.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            if (endpoint == "GET /plans/{id:int}/compare")
            {
                url += "?with=" + planId.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            var verb = new HttpMethod(endpoint[..endpoint.IndexOf(' ', StringComparison.Ordinal)]);
            object? body = endpoint switch
            {
                "PUT /api/plans/{id:int}" => new { title = "행렬 시험 계획 (수정)", periodStart = 2024, periodEnd = 2033, baseYear = 2018, baseEmissionsTCo2eq = 1_000_000m, baseSource = "matrix", version },
                "PUT /api/plans/{id:int}/targets" => new { version, targets = new[] { new { year = 2030, kind = "reduction-percent", value = 40m } } },
                "POST /api/plans/{id:int}/tasks" => new { version, level = "area", code = "1", name = "건물", department = "환경국", startYear = 2024, endYear = 2030 },
                "PUT /api/plans/{id:int}/tasks/{taskId:int}" => new { version, level = "area", code = "1", name = "건물 (수정)", department = "환경국", startYear = 2024, endYear = 2030 },
                "POST /api/plans/{id:int}/tasks/{taskId:int}/retirement" => new { version, fromYear = 2029, reason = "행렬 시험: 사업 종료" },
                "POST /api/plans/{id:int}/transitions" => new { action = "submit", version },
                "POST /api/plans/{id:int}/opinions" => new { version, text = "행렬 시험: 목표 근거를 보완하십시오." },
                "POST /api/plans/{id:int}/opinions/{opinionId:int}/answer" => new { version, text = "행렬 시험: 보완했습니다." },
                "PUT /api/plans/{id:int}/trajectory" => new { version, points = new[] { new { year = 2025, valueTCo2eq = 900_000m } } },
                "POST /api/plans/{id:int}/revisions" => new { version },
                "POST /plans/{id:int}" => null,
                _ => null,
            };
            if (endpoint == "POST /api/plans/{id:int}/committee")
            {
                return new HttpRequestMessage(verb, url)
                {
                    Content = new MultipartFormDataContent
                    {
                        { new StringContent(version.ToString(System.Globalization.CultureInfo.InvariantCulture)), "version" },
                        { new StringContent("2025-01-20"), "date" },
                        { new StringContent("adopted"), "decision" },
                        { new ByteArrayContent("%PDF-1.4"u8.ToArray()), "file", "minutes.pdf" },
                    },
                };
            }
            if (endpoint == "POST /api/plans/{id:int}/tasks/import")
            {
                return new HttpRequestMessage(verb, url)
                {
                    Content = new MultipartFormDataContent
                    {
                        { new ByteArrayContent(Tanso.Web.Plans.PlanWorkbook.Template()), "file", "tasks.xlsx" },
                        { new StringContent(version.ToString(System.Globalization.CultureInfo.InvariantCulture)), "version" },
                    },
                };
            }
            if (verb == HttpMethod.Post && body is null)
            {
                return new HttpRequestMessage(verb, url) { Content = new FormUrlEncodedContent([]) };
            }
            return new HttpRequestMessage(verb, url) { Content = body is null ? null : JsonContent.Create(body) };
        }
        var method = new HttpMethod(endpoint[..endpoint.IndexOf(' ', StringComparison.Ordinal)]);
        var path = endpoint[(endpoint.IndexOf(' ', StringComparison.Ordinal) + 1)..];
        switch (endpoint)
        {
            case "PUT /api/governments/{id:int}":
                var g = (await reader.GetFromJsonAsync<JsonArray>("/api/governments"))!.Single(x => (int)x!["id"]! == government)!;
                return new HttpRequestMessage(method, $"/api/governments/{government}")
                {
                    Content = JsonContent.Create(new { nameKo = (string)g["nameKo"]!, nameEn = (string)g["nameEn"]! + "·", validFrom = (string?)null, validTo = (string?)null, version = (int)g["version"]! }),
                };
            case "PUT /api/national/figures/{id:int}":
                var f = (await reader.GetFromJsonAsync<JsonArray>("/api/national/figures?series=ndc-2021"))![0]!;
                return new HttpRequestMessage(method, $"/api/national/figures/{(int)f["id"]!}")
                {
                    Content = JsonContent.Create(new { valueMtCo2eq = (decimal)f["valueMtCo2eq"]! + 0.1m, status = (string)f["status"]!, source = (string)f["source"]!, version = (int)f["version"]! }),
                };
            case "POST /api/governments/{id:int}/plans":
                return new HttpRequestMessage(method, $"/api/governments/{government}/plans")
                {
                    Content = JsonContent.Create(new { title = "행렬 시험 계획", periodStart = 2024, periodEnd = 2033, baseYear = 2018, baseEmissionsTCo2eq = 1_000_000m, baseSource = "matrix" }),
                };
            case "POST /api/inventory/imports":
                var name = (string)(await reader.GetFromJsonAsync<JsonArray>("/api/governments"))!.Single(x => (int)x!["id"]! == government)!["nameKo"]!;
                var form = new MultipartFormDataContent
                {
                    { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes($"government,sector,2021\n{name},수송,1000\n")), "file", "matrix.csv" },
                    { new StringContent("matrix-" + Guid.NewGuid().ToString("N")[..8]), "edition" },
                    { new StringContent("권한 시험판"), "editionName" },
                    { new StringContent("시험"), "publisher" },
                    { new StringContent("2025-01-01"), "publishedOn" },
                    { new StringContent("authorization matrix test"), "source" },
                    { new StringContent("t"), "unit" }, // the file names no unit: tCO2eq, as the form asks
                };
                return new HttpRequestMessage(method, path) { Content = form };
        }
        if (endpoint == "POST /api/governments/statistics")
        {
            var gname = (string)(await reader.GetFromJsonAsync<JsonArray>("/api/governments"))!.Single(x => (int)x!["id"]! == government)!["nameKo"]!;
            var population = Random.Shared.Next(1_000_000, 4_000_000);
            return new HttpRequestMessage(method, path)
            {
                Content = new MultipartFormDataContent
                {
                    { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes($"government,year,population\n{gname},2021,{population}\n")), "file", "stats.csv" },
                    { new StringContent("authorization matrix test"), "source" },
                },
            };
        }
        path = path.Replace("{id:int}/inventory/diff", $"{government}/inventory/diff?from=sample-provinces&to=sample-provinces", StringComparison.Ordinal)
            .Replace("{id:int}", government.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{layout}", "wide", StringComparison.Ordinal)
            .Replace("{format}", "xlsx", StringComparison.Ordinal)
            .Replace("{id}", adminId, StringComparison.Ordinal)
            .Replace("{lang}", "en", StringComparison.Ordinal)
            .Replace("{id:long}", "999999", StringComparison.Ordinal)
            .Replace("{documentName}", "v1", StringComparison.Ordinal)
            .Replace("{regionCode}", "48", StringComparison.Ordinal)
            // An edition that does not exist: the rule is who is let through to look for it (404) and who is not.
            .Replace("editions/{code}", "editions/matrix-no-such-edition", StringComparison.Ordinal)
            .Replace("{code}", "48", StringComparison.Ordinal);
        return new HttpRequestMessage(method, path)
        {
            // The edition and mapping endpoints take JSON: an empty object, refused by whoever is let through.
            Content = method != HttpMethod.Post ? null
                : path.StartsWith("/api/inventory/", StringComparison.Ordinal) ? JsonContent.Create(new { })
                : new FormUrlEncodedContent([]),
        };
    }
}
