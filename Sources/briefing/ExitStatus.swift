import ArgumentParser

/// The exit statuses of `generate` and `extract`, as the README and `--help` document them.
enum ExitStatus {
    /// Every input was read and the output written.
    static let success: Int32 = 0
    /// Nothing was written: no input could be read, an output could not be written, or
    /// `--strict` and an input was skipped.
    static let failure: Int32 = 1
    /// The output was written, but some inputs were skipped (each reported on standard error).
    static let partial: Int32 = 3

    /// The paragraph `--help` shows.
    static let help = """
        Exit status: 0 all inputs read and the output written; 3 output written but some inputs \
        skipped (each named on standard error); 1 nothing written (no input readable, an output \
        not writable, or --strict and an input skipped); 64 bad command line.
        """

    /// Ends the run with `partial` when inputs were skipped, else returns.
    static func finish(skipped: Int) throws {
        if skipped > 0 { throw ExitCode(partial) }
    }
}
