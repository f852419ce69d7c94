/** Network feeds that deliver inputs over time: NMEA over TCP and UDP, the FIRMS area API poller. */
package org.trucewatch.engine.feed;
