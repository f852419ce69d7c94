/** Runs the war-fire model over FIRMS files: reads inputs and a baseline archive, writes the classes. */
package org.trucewatch.engine.thermal;
