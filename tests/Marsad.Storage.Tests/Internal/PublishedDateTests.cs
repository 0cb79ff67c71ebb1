using Marsad.Storage.Internal;
using Xunit;

namespace Marsad.Storage.Tests.Internal;

public sealed class PublishedDateTests
{
    [Theory]
    [InlineData("Sun, 18 Feb 2018 21:35:43 +0400", "2018-02-18", "2018-02-18T17:35:43Z")]
    [InlineData("Mon, 5 Mar 2018 01:10:00 +0300", "2018-03-05", "2018-03-04T22:10:00Z")]
    [InlineData("2015-08-10", "2015-08-10", "2015-08-10T00:00:00Z")]
    [InlineData("2019-01-31T23:30:00+02:00", "2019-01-31", "2019-01-31T21:30:00Z")]
    [InlineData("2019-01-31T23:30:00Z", "2019-01-31", "2019-01-31T23:30:00Z")]
    public void Reads_TheOutletsDay_AndAUtcInstant(string text, string day, string utc)
    {
        Assert.True(PublishedDate.TryParse(text, out var instant, out var d));
        Assert.Equal(day, PublishedDate.Format(d));
        Assert.Equal(utc, PublishedDate.Sortable(instant));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("أمس")]
    [InlineData("25 شوال 1436")]
    [InlineData("0001-01-01")]
    public void Rejects_WhatIsNotADate(string? text) => Assert.False(PublishedDate.TryParse(text, out _, out _));
}
