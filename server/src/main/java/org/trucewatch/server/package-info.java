/** The live server: {@link org.trucewatch.server.LiveServer} wires Javalin, access and metrics to the resources of {@code server.resource}. */
package org.trucewatch.server;
