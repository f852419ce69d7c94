/** Live inputs: connectors that deliver over time (NMEA over TCP and UDP, the FIRMS area API poller) and the pipeline run continuously over an evidence store. */
package org.trucewatch.engine.live;
