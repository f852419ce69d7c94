/**
 * The gazetteer of Ukraine and its border regions (GeoNames cities1000, CC BY 4.0) and the
 * romanisation systems that derive every Latin spelling of a Cyrillic name.
 */
package org.trucewatch.formats.gazetteer;
