using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace Marsad.Text;

/// <summary>
/// Software prefetch for the analyzer's table lookups: asks the processor for the cache line of a location without
/// waiting for it. A prefetch retires at once, so the work that follows runs while the memory read is on its way
/// (a load whose value is not needed yet still holds the processor up once its queue fills). A prefetch never
/// faults, so the address need not stay valid: one that the garbage collector made stale merely fetches a line
/// for nothing. Does nothing where the processor has no prefetch instruction that .NET exposes.
/// </summary>
internal static class CachePrefetch
{
    /// <summary>Prefetches the cache line of <paramref name="location"/> into every cache level.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static unsafe void Line<T>(ref T location)
    {
        if (Sse.IsSupported)
            Sse.Prefetch0(Unsafe.AsPointer(ref location));
    }
}
