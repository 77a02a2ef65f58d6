/**
 * The {@code strait} command line (picocli): one class per command, all reached from {@link org.strait.cli.Main}.
 *
 * <p>Exit codes: 0 ok, 1 failure, 2 usage. Errors are printed as one line per problem on stderr.
 */
package org.strait.cli;
