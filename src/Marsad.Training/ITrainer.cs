namespace Marsad.Training;

/// <summary>Rebuilds one shipped data file or model.</summary>
internal interface ITrainer
{
    string Description { get; }

    /// <summary>Runs with the trainer's own arguments; returns the process exit code.</summary>
    int Run(string[] args);
}
