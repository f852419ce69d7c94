/**
 * Claims: what a named source says about an event, with the words it rests on, and how a claim
 * becomes an observation. A claim is never a fact; attribution in a claim is what the source
 * says, not a finding.
 */
package org.trucewatch.core.claim;
