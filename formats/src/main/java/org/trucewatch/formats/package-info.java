/**
 * Readers and writers of the outside world's formats, one package a format. Readers report bad
 * input as {@link org.trucewatch.formats.Reject}s naming file, line and field, and keep going.
 */
package org.trucewatch.formats;
