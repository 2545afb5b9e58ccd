/**
 * The {@code hcsim} command line (picocli): one command class per subcommand, the mixins they
 * share, bad input as one line and exit code 2, output files written whole or not at all, and the
 * start-up work overlapped on a second thread. It reads inputs, calls the engine and hands the
 * results to the reports.
 */
package io.hcsim.cli;
