/** The {@code trucewatch} command: picocli subcommands over the engine and the server. */
package org.trucewatch.cli;
