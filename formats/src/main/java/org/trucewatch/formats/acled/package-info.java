/** ACLED event exports (CSV). */
package org.trucewatch.formats.acled;
