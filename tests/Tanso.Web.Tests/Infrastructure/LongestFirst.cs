using Xunit.Abstractions;
using Xunit.Sdk;

[assembly: TestCollectionOrderer("Tanso.Web.Tests.Infrastructure.LongestFirst", "Tanso.Web.Tests")]

namespace Tanso.Web.Tests.Infrastructure;

/// <summary>
/// Marks a test class whose tests take a minute or more in all (a crawl, a fuzzer, the authorization matrix): its
/// collection is started before the others (<see cref="LongestFirst"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class StartsFirstAttribute : Attribute;

/// <summary>
/// Starts the classes marked <see cref="StartsFirstAttribute"/> first, then the rest in xUnit's usual order. A class's
/// tests run one after another, so a long class started last ran alone on one core at the end of the run (on
/// PostgreSQL the authorization matrix started at 217 s and ended the pass at 281 s, alone for its last half minute).
/// </summary>
public sealed class LongestFirst : ITestCollectionOrderer
{
    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        testCollections.OrderBy(c => StartsFirst(c) ? 0 : 1).ThenBy(c => c.UniqueID);

    // Each class is a collection of its own here (no [Collection] in this project): "Test collection for <class>".
    private static bool StartsFirst(ITestCollection collection)
    {
        const string prefix = "Test collection for ";
        var name = collection.DisplayName.StartsWith(prefix, StringComparison.Ordinal) ? collection.DisplayName[prefix.Length..] : null;
        return name is not null && typeof(LongestFirst).Assembly.GetType(name) is { } type
            && type.IsDefined(typeof(StartsFirstAttribute), inherit: false);
    }
}
