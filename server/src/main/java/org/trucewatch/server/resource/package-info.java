/**
 * The live server's routes, one thin resource class per group (incidents, findings, exports,
 * review, tokens, inputs, the mission's layers, the event stream, status): each parses the request,
 * calls the monitor, the store or a service the command line shares, and renders the answer.
 */
package org.trucewatch.server.resource;
