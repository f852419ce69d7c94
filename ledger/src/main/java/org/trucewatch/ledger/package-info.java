package org.trucewatch.ledger;
