namespace Briefing.Cli;

/// <summary>What <c>briefing</c> exits with; CI and scripts rely on these.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The content (or theme) has errors; every one was printed.</summary>
    public const int ContentErrors = 1;

    /// <summary>The command line itself was wrong.</summary>
    public const int Usage = 2;

    /// <summary>A bug in briefing: never expected, reported in one line.</summary>
    public const int InternalError = 70;
}
