using Xunit;
using Marsad.Web.Browser.Tests;

// one app and one browser for the whole assembly: starting them is the slow part
[assembly: AssemblyFixture(typeof(RunningMarsad))]
