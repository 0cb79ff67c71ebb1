namespace Marsad.Sources;

/// <summary>An input that cannot be read: the message names the input and what is wrong with it.</summary>
public sealed class InputException : Exception
{
    public InputException(string input, string problem, Exception? inner = null)
        : base($"{input}: {problem}", inner)
    {
        Input = input;
        Problem = problem;
    }

    public InputException()
    {
        Input = "";
        Problem = "";
    }

    public InputException(string message)
        : base(message)
    {
        Input = "";
        Problem = message;
    }

    public InputException(string message, Exception inner)
        : base(message, inner)
    {
        Input = "";
        Problem = message;
    }

    /// <summary>The file, URL or record that failed.</summary>
    public string Input { get; }

    /// <summary>What was wrong with it.</summary>
    public string Problem { get; }
}
