/** Incident reports as inputs: text files with a header, and report JSON lines (the HTTP API's format). */
package org.trucewatch.formats.report;
