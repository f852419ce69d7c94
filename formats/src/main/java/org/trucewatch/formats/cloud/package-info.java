/** Cloud cover the user supplies, per day or per 0.1-degree cell and day (CSV). */
package org.trucewatch.formats.cloud;
