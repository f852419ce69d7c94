/**
 * The domain of Trucewatch and the pipeline's pure operators.
 *
 * <p>Packages follow the pipeline: {@code source} and {@code observation} (what came in and from
 * whom), {@code agreement} (what the parties agreed), {@code geo} (geodesic geometry and the
 * spatial index), {@code enrich} (which provisions an observation touches), {@code fuse}
 * (observations into incidents) and {@code assess} (incidents into findings). Nothing here reads
 * a file, opens a socket or looks at the clock: time and randomness come in as arguments.
 */
package org.trucewatch.core;
