/**
 * The agreement file: a YAML description of a ceasefire's parties and checkable provisions, read
 * into core's {@link org.trucewatch.core.agreement.Agreement}. Every problem in a file is reported
 * at once, each with file, line, column and field; see {@code docs/agreement-format.md}.
 */
package org.trucewatch.formats.agreement;
