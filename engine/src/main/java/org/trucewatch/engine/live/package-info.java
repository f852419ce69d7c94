/** The pipeline run continuously over an evidence store, as the live server's entries arrive. */
package org.trucewatch.engine.live;
