/**
 * Rule-based extraction of incident mentions and claims from German, English, Ukrainian and
 * Russian report texts; every extracted field keeps the text spans it rests on.
 */
package org.trucewatch.formats.text;
