/**
 * The daily report: one self-contained, deterministic HTML file with an inline SVG map, the
 * findings per provision, the evidence behind each, the incidents without findings, and the
 * inputs and ledger it was made from.
 */
package org.trucewatch.report;
