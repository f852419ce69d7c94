/** The HTTP side: serving a run's outputs (report, map data) to browsers on the local machine. */
package org.trucewatch.server;
