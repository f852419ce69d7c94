/** Live inputs: raw NMEA over TCP (with reconnection) and UDP, as AIS receivers send it. */
package org.trucewatch.engine.live;
