using System.Runtime.CompilerServices;
using CsCheck;

namespace Tanso.Web.Tests.Fuzz;

/// <summary>
/// Inputs drawn from a generator in a fixed sequence. CsCheck's <c>Sample(seed: …)</c> seeds only the first
/// iteration and draws the rest at random, so a fuzz test could fail on one run and pass on the next (CI once found
/// what no local run had). These send the same inputs on every run and machine; each call site draws its own
/// stream (its line number), and a failure names the input that caused it.
/// </summary>
internal static class FixedSamples
{
    public static IEnumerable<T> Of<T>(Gen<T> gen, int count, uint stream)
    {
        var pcg = new PCG(stream, 20261205);
        for (var i = 0; i < count; i++)
        {
            yield return gen.Generate(pcg, null, out _);
        }
    }

    public static void SampleFixed<T>(this Gen<T> gen, Action<T> assert, int iter, [CallerLineNumber] int line = 0)
    {
        foreach (var value in Of(gen, iter, (uint)line))
        {
            assert(value);
        }
    }

    public static void SampleFixed<T1, T2>(this Gen<(T1, T2)> gen, Action<T1, T2> assert, int iter, [CallerLineNumber] int line = 0) =>
        gen.SampleFixed(v => assert(v.Item1, v.Item2), iter, line);

    public static void SampleFixed<T1, T2, T3>(this Gen<(T1, T2, T3)> gen, Action<T1, T2, T3> assert, int iter, [CallerLineNumber] int line = 0) =>
        gen.SampleFixed(v => assert(v.Item1, v.Item2, v.Item3), iter, line);
}
