/** Exports of vessel tracks: GeoJSON LineStrings and KML. */
package org.trucewatch.formats.track;
