/**
 * The {@code strait} command line (picocli): one class per command, all reached from {@link org.strait.cli.Main};
 * a command parses its options, calls a use case of {@code org.strait.app} and prints the result.
 *
 * <p>Exit codes, mapped in one place ({@code ExitCodes}): 0 ok, 1 failure, 2 usage. Errors are printed as one line
 * per problem on stderr ({@code Failures}); option checks that fail are usage errors ({@code Usage}). Options that several
 * commands share are picocli mixins ({@code DbOption}, {@code SeedOption}, {@code ThreadsOption}, {@code FitOptions},
 * {@code IndexQueryOptions} with the store, {@code FalseAlarmOption}, {@code ReportFormatOption},
 * {@code UncertaintyOptions}, {@code DayRangeOptions}). {@code Csv} and
 * {@code JsonText} write the tables and documents the commands print; {@code TerminalProgress} is the one progress
 * bar, which {@code IngestLines} and {@code FetchProgress} feed with an ingest's rows and a download's bytes;
 * {@code IngestHelp} writes the ingest's help from the code.
 * {@code DemoSteps} (the record: events, index, verdicts, forecast) and {@code DemoCases} (scenarios, bargaining)
 * print the demo's steps ({@code org.strait.app.DemoService}) as the commands of the same names print them.
 */
package org.strait.cli;
