namespace Marsad.Storage.Queries;

/// <summary>Days from <paramref name="From"/> to <paramref name="To"/>, both included.</summary>
public readonly record struct DateRange(DateOnly From, DateOnly To)
{
    /// <summary>How many days the range covers.</summary>
    public int Days => To.DayNumber - From.DayNumber + 1;
}
