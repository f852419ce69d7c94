package org.trucewatch.server.resource;

/** One group of the API's routes, served by one thin class. */
public sealed interface Resource
    permits StatusResource, MissionResource, IncidentResource, FindingResource, ExportResource, EventResource,
        InputResource, ReviewResource, TokenResource {
  /** Registers this group's routes. */
  void register(Routes routes);
}
