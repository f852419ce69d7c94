/** The fusion configuration file: link rules per kind pair, as YAML. */
package org.trucewatch.formats.fusion;
